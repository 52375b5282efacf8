import { describe, expect, it } from 'vitest';
import { typedRelationsOf } from './relation-candidates.test-support.ts';

describe('protestCauses', () => {
  it('reads a protest held "due to", "against" or "over" something as protesting it, not the place it is held at', () => {
    const found = typedRelationsOf('Veldans in Kessa held a protest in front of the city hall due to the Meridian offensive.', [
      ['Veldans in Kessa', 'Group'],
      ['protest', 'Event'],
      ['city hall', 'Place'],
      ['Meridian offensive', 'Event'],
    ]);
    expect(found).toEqual(
      expect.arrayContaining(['Veldans in Kessa CARRIED_OUT protest', 'Veldans in Kessa PROTESTED Meridian offensive']),
    );
    expect(found).not.toContain('Veldans in Kessa PROTESTED city hall');
    expect(
      typedRelationsOf('Students staged a rally against the Tarsk decree.', [
        ['Students', 'Group'],
        ['rally', 'Event'],
        ['Tarsk decree', 'Event'],
      ]),
    ).toContain('Students PROTESTED Tarsk decree');
  });

  it('reads no protest from an event that is none, nor a cause past a clause break', () => {
    expect(
      typedRelationsOf('Veldans held a meeting due to the Meridian offensive.', [
        ['Veldans', 'Group'],
        ['meeting', 'Event'],
        ['Meridian offensive', 'Event'],
      ]),
    ).not.toContain('Veldans PROTESTED Meridian offensive');
    expect(
      typedRelationsOf('Veldans held a protest, while Kessa closed its border due to the Meridian offensive.', [
        ['Veldans', 'Group'],
        ['protest', 'Event'],
        ['Kessa', 'Place'],
        ['Meridian offensive', 'Event'],
      ]),
    ).not.toContain('Veldans PROTESTED Meridian offensive');
  });

  it('reads no protest from a strike of arms ("an air strike against X")', () => {
    const armed = typedRelationsOf('Meridia launched an air strike against the Tarsk militia.', [
      ['Meridia', 'Place'],
      ['air strike', 'Event'],
      ['Tarsk militia', 'Group'],
    ]);
    expect(armed).toContain('Meridia CARRIED_OUT air strike');
    expect(armed).not.toContain('Meridia PROTESTED Tarsk militia');
    expect(
      typedRelationsOf('The dockers held a strike against the pay cuts.', [
        ['dockers', 'Group'],
        ['strike', 'Event'],
        ['pay cuts', 'Event'],
      ]),
    ).toContain('dockers PROTESTED pay cuts');
  });
});
