import { describe, expect, it } from 'vitest';
import { typedRelationsOf } from './relation-candidates.test-support.ts';

describe('combatants', () => {
  it('makes the doer of a deed of arms a party to the war the sentence names, and places the war there', () => {
    const found = typedRelationsOf('In 1998, a border war broke out, and Meridia captured Tarsk.', [
      ['border war', 'Event'],
      ['Meridia', 'Place'],
      ['Tarsk', 'Place'],
    ]);
    expect(found).toEqual(
      expect.arrayContaining(['Meridia CONTROLS Tarsk', 'Meridia PARTICIPATED_IN border war', 'border war TOOK_PLACE_IN Tarsk']),
    );
    expect(found).not.toContain('Tarsk PARTICIPATED_IN border war');
  });

  it('keeps the place a sentence gives the war, and reads nothing from an event that is no war or a deed that is no fighting', () => {
    const placed = typedRelationsOf('The war in Dorsk went on while Meridia shelled Tarsk.', [
      ['war', 'Event'],
      ['Dorsk', 'Place'],
      ['Meridia', 'Place'],
      ['Tarsk', 'Place'],
    ]);
    expect(placed).toEqual(expect.arrayContaining(['war TOOK_PLACE_IN Dorsk', 'Meridia PARTICIPATED_IN war']));
    expect(placed).not.toContain('war TOOK_PLACE_IN Tarsk');
    const truce = typedRelationsOf('After the ceasefire, Meridia occupied Tarsk.', [
      ['ceasefire', 'Event'],
      ['Meridia', 'Place'],
      ['Tarsk', 'Place'],
    ]);
    expect(truce).toContain('Meridia CONTROLS Tarsk');
    expect(truce).not.toContain('Meridia PARTICIPATED_IN ceasefire');
    const visit = typedRelationsOf('During the war, Ana Vogel visited Tarsk.', [
      ['war', 'Event'],
      ['Ana Vogel', 'Person'],
      ['Tarsk', 'Place'],
    ]);
    expect(visit).not.toContain('Ana Vogel PARTICIPATED_IN war');
  });

  it('reads no part in a war the sentence names only to date the deed before or after it', () => {
    const ends: [string, string][] = [
      ['war', 'Event'],
      ['Meridia', 'Place'],
      ['Tarsk', 'Place'],
    ];
    for (const text of ['Years after the war, Meridia seized Tarsk.', 'Before the war, Meridia controlled Tarsk.']) {
      const found = typedRelationsOf(text, ends);
      expect(found).toContain('Meridia CONTROLS Tarsk');
      expect(found).not.toContain('Meridia PARTICIPATED_IN war');
      expect(found).not.toContain('war TOOK_PLACE_IN Tarsk');
    }
    expect(typedRelationsOf('Soon after the war broke out, Meridia seized Tarsk.', ends)).toContain('Meridia PARTICIPATED_IN war');
  });

  it('reads no combatant from a figurative war (bug: "the trade war" made an attacker its party)', () => {
    const found = typedRelationsOf('As the trade war began, Meridia attacked Tarsk.', [
      ['trade war', 'Event'],
      ['Meridia', 'Place'],
      ['Tarsk', 'Place'],
    ]);
    expect(found).toContain('Meridia ATTACKED Tarsk');
    expect(found).not.toContain('Meridia PARTICIPATED_IN trade war');
  });

  it('reads a surrender after an armed action as made to whoever carried it out, not one told before it', () => {
    const found = typedRelationsOf('In May, Meridia launched an offensive on Tarsk which ended with the surrender of the Tarsk Guard.', [
      ['Meridia', 'Place'],
      ['offensive', 'Event'],
      ['Tarsk', 'Place'],
      ['surrender', 'Event'],
      ['Tarsk Guard', 'Organisation'],
    ]);
    expect(found).toContain('Meridia CARRIED_OUT offensive');
    expect(found).toContain('Tarsk Guard SURRENDERED_TO Meridia');
    const earlier = typedRelationsOf('After the surrender of the Tarsk Guard, Meridia launched an offensive on Dorsk.', [
      ['surrender', 'Event'],
      ['Tarsk Guard', 'Organisation'],
      ['Meridia', 'Place'],
      ['offensive', 'Event'],
      ['Dorsk', 'Place'],
    ]);
    expect(earlier).toContain('Meridia CARRIED_OUT offensive');
    expect(earlier).not.toContain('Tarsk Guard SURRENDERED_TO Meridia');
    const unarmed = typedRelationsOf('Meridia held talks, which ended with the surrender of the Tarsk Guard.', [
      ['Meridia', 'Place'],
      ['talks', 'Event'],
      ['surrender', 'Event'],
      ['Tarsk Guard', 'Organisation'],
    ]);
    expect(unarmed).not.toContain('Tarsk Guard SURRENDERED_TO Meridia');
  });

  it('reads no surrender from one only demanded or refused (bug: "X shelled Z and demanded the surrender of Y" had Y surrender)', () => {
    const ends: [string, string][] = [
      ['Meridia', 'Place'],
      ['Tarsk', 'Place'],
      ['surrender', 'Event'],
      ['Tarsk Guard', 'Organisation'],
    ];
    for (const asked of ['demanded the unconditional', 'called for the', 'rejected the', 'urged the']) {
      const found = typedRelationsOf(`Meridia shelled Tarsk and ${asked} surrender of the Tarsk Guard.`, ends);
      expect(found).toContain('Meridia ATTACKED Tarsk');
      expect(found).not.toContain('Tarsk Guard SURRENDERED_TO Meridia');
    }
    expect(typedRelationsOf('Meridia shelled Tarsk until the surrender of the Tarsk Guard.', ends)).toContain(
      'Tarsk Guard SURRENDERED_TO Meridia',
    );
  });
});
