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

  it('does not blame the doer of a deed for a condemning word another speaker says, or one in a contrasting clause', () => {
    const ends: [string, string][] = [
      ['Ana Vogel', 'Person'],
      ['Meridia', 'Place'],
      ['offensive', 'Event'],
      ['Ivo Brandt', 'Person'],
    ];
    const otherSpeaker = typedRelationsOf(
      "Ana Vogel stated that Meridia's offensive began on Monday, and Ivo Brandt said the abuses were shocking.",
      ends,
    );
    expect(otherSpeaker).toContain('Meridia CARRIED_OUT offensive');
    expect(otherSpeaker).not.toContain('Ana Vogel ACCUSED Meridia');
    const contrast = typedRelationsOf("Ana Vogel said Meridia's offensive was lawful, while Ivo Brandt called the blockade a crime.", ends);
    expect(contrast).toContain('Meridia CARRIED_OUT offensive');
    expect(contrast).not.toContain('Ana Vogel ACCUSED Meridia');
  });

  it('does not accuse the reported subject of harm another end does after it ("X fear Y will kill them")', () => {
    const found = typedRelationsOf('Ana Vogel told reporters that Tarsk refugees fear Meridia will kill them.', [
      ['Ana Vogel', 'Person'],
      ['Tarsk refugees', 'Group'],
      ['Meridia', 'Place'],
    ]);
    expect(found).toContain('Ana Vogel STATED Tarsk refugees');
    expect(found).not.toContain('Ana Vogel ACCUSED Tarsk refugees');
    // An owner standing between is no doer: "make the villagers' lives hard, starve them out".
    const owner = typedRelationsOf('Ana Vogel stated, "Tarsk wants to make the Dorskans\' lives hard and starve them out."', [
      ['Ana Vogel', 'Person'],
      ['Tarsk', 'Place'],
      ['Dorskans', 'Group'],
    ]);
    expect(owner).toContain('Ana Vogel ACCUSED Tarsk');
  });

  it('does not accuse the reported subject of harm the statement denies ("would never kill", "is not trying to starve")', () => {
    const ends: [string, string][] = [
      ['Ana Vogel', 'Person'],
      ['Tarsk', 'Place'],
    ];
    expect(typedRelationsOf('Ana Vogel said that Tarsk would never kill civilians.', ends)).not.toContain('Ana Vogel ACCUSED Tarsk');
    expect(typedRelationsOf('Ana Vogel said Tarsk is not trying to starve anyone.', ends)).not.toContain('Ana Vogel ACCUSED Tarsk');
    expect(typedRelationsOf('Ana Vogel said Tarsk is trying to starve everyone.', ends)).toContain('Ana Vogel ACCUSED Tarsk');
  });

  it('does not blame whoever looks into a wrong (bug: "X\'s investigation into the abuses" accused X)', () => {
    const found = typedRelationsOf("Ana Vogel said Meridia's investigation into the abuses in Tarsk was thorough.", [
      ['Ana Vogel', 'Person'],
      ['Meridia', 'Place'],
      ['investigation', 'Event'],
      ['Tarsk', 'Place'],
    ]);
    expect(found).toContain('Meridia CARRIED_OUT investigation');
    expect(found).not.toContain('Ana Vogel ACCUSED Meridia');
  });
});
