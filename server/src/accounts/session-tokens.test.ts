import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SessionTokens } from './session-tokens.ts';

describe('SessionTokens', () => {
  const tokens = new SessionTokens(randomBytes(32));

  it('reads back what it issued, with a new session id each time', () => {
    const first = tokens.issue('alice', 'k1', 60_000);
    const second = tokens.issue('alice', 'k1', 60_000);
    expect(tokens.read(first.token)).toEqual(first.payload);
    expect(first.payload).toMatchObject({ user: 'alice', key: 'k1' });
    expect(second.payload.sid).not.toBe(first.payload.sid);
  });

  it('refuses a token whose payload was changed (another user, a later expiry)', () => {
    const { token } = tokens.issue('alice', 'k1', 60_000);
    const [, signature] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sid: 'x', user: 'admin', key: 'k1', exp: Date.now() + 1e9 })).toString('base64url');
    expect(tokens.read(`${forged}.${signature}`)).toBeUndefined();
  });

  it('refuses a token signed with another secret, an expired one, and garbage', () => {
    const other = new SessionTokens(randomBytes(32)).issue('alice', 'k1', 60_000);
    expect(tokens.read(other.token)).toBeUndefined();
    const { token } = tokens.issue('alice', 'k1', 1_000, 0);
    expect(tokens.read(token, 1_000)).toBeUndefined();
    expect(tokens.read(token, 999)).toMatchObject({ user: 'alice' });
    for (const garbage of ['', '.', 'a.b.c', 'not-a-token', undefined]) expect(tokens.read(garbage)).toBeUndefined();
  });
});
