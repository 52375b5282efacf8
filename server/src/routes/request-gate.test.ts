import { describe, expect, it } from 'vitest';
import { OverloadedError } from '../errors.ts';
import { RequestGate } from './request-gate.ts';

describe('RequestGate', () => {
  it('admits up to its bound at once, queues the next, and passes the turn on when one leaves', async () => {
    const gate = new RequestGate({ maxActive: 2, maxWaiting: 1, maxWaitMs: 10_000 });
    const first = await gate.enter();
    await gate.enter();
    let admitted = false;
    const third = gate.enter().then((leave) => {
      admitted = true;
      return leave;
    });
    expect(gate.load()).toEqual({ active: 2, waiting: 1 });
    expect(admitted).toBe(false);
    first();
    first();
    const leave = await third;
    expect(admitted).toBe(true);
    expect(gate.load()).toEqual({ active: 2, waiting: 0 });
    leave();
    expect(gate.load()).toEqual({ active: 1, waiting: 0 });
  });

  it('refuses at once with 503 and Retry-After when as many wait as may', async () => {
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 0, maxWaitMs: 10_000 });
    await gate.enter();
    const refusal = await gate.enter().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(OverloadedError);
    expect(refusal).toMatchObject({ status: 503, code: 'OVERLOADED', retryAfterS: 1 });
  });

  it('refuses a request that waited longer than it may, and forgets it', async () => {
    const gate = new RequestGate({ maxActive: 1, maxWaiting: 5, maxWaitMs: 20 });
    const leave = await gate.enter();
    await expect(gate.enter()).rejects.toBeInstanceOf(OverloadedError);
    expect(gate.load()).toEqual({ active: 1, waiting: 0 });
    leave();
    expect(gate.load()).toEqual({ active: 0, waiting: 0 });
  });
});
