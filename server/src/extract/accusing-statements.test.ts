import { describe, expect, it } from 'vitest';
import { typedRelationsOf } from './relation-candidates.test-support.ts';

describe('accusingStatements', () => {
  it("reads a statement that X's deed is a violation as accusing X, and not the deed's victims", () => {
    const found = typedRelationsOf(
      'The Vell Senate adopted a text stating that Meridia\'s siege of Tarsk "is a grave violation of the law".',
      [
        ['Vell Senate', 'Organisation'],
        ['Meridia', 'Place'],
        ['siege', 'Event'],
        ['Tarsk', 'Place'],
      ],
    );
    expect(found).toContain('Meridia CARRIED_OUT siege');
    expect(found).toContain('Vell Senate ACCUSED Meridia');
    expect(found).not.toContain('Vell Senate ACCUSED Tarsk');
  });

  it('gives every speaker of a list the accusation', () => {
    const found = typedRelationsOf("Ana Vogel and Ivo Brandt described the suffering Meridia's blockade is inflicting.", [
      ['Ana Vogel', 'Person'],
      ['Ivo Brandt', 'Person'],
      ['Meridia', 'Place'],
      ['blockade', 'Event'],
    ]);
    expect(found).toEqual(expect.arrayContaining(['Ana Vogel ACCUSED Meridia', 'Ivo Brandt ACCUSED Meridia']));
  });

  it('reads the subject of a reported clause doing harm as accused', () => {
    const found = typedRelationsOf('Ana Vogel stated, "Tarsk is determined to starve the villagers out."', [
      ['Ana Vogel', 'Person'],
      ['Tarsk', 'Place'],
    ]);
    expect(found).toEqual(expect.arrayContaining(['Ana Vogel STATED Tarsk', 'Ana Vogel ACCUSED Tarsk']));
  });

  it('accuses no one of a deed told without condemnation, nor the one harmed', () => {
    const neutral = typedRelationsOf("Ana Vogel said that Meridia's offensive began at dawn.", [
      ['Ana Vogel', 'Person'],
      ['Meridia', 'Place'],
      ['offensive', 'Event'],
    ]);
    expect(neutral).toContain('Meridia CARRIED_OUT offensive');
    expect(neutral).not.toContain('Ana Vogel ACCUSED Meridia');
    const harmed = typedRelationsOf('Ana Vogel said that Tarsk was starving after the siege.', [
      ['Ana Vogel', 'Person'],
      ['Tarsk', 'Place'],
      ['siege', 'Event'],
    ]);
    expect(harmed).toContain('Ana Vogel STATED Tarsk');
    expect(harmed).not.toContain('Ana Vogel ACCUSED Tarsk');
    const victim = typedRelationsOf('Ana Vogel said that Tarsk suffered crimes during the siege.', [
      ['Ana Vogel', 'Person'],
      ['Tarsk', 'Place'],
      ['siege', 'Event'],
    ]);
    expect(victim).toContain('Ana Vogel STATED Tarsk');
    expect(victim).not.toContain('Ana Vogel ACCUSED Tarsk');
  });
});
