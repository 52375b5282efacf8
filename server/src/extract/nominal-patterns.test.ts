import { describe, expect, it } from 'vitest';
import { typedRelationsOf as summary } from './relation-candidates.test-support.ts';

describe('accusation frames', () => {
  it('reads "accusations of X from A, while Y denies" as A accusing Y, and no one when no one denies', () => {
    const ends: [string, string][] = [
      ['Vell Senate', 'Organisation'],
      ['Meridia', 'Place'],
    ];
    expect(summary('The vote drew accusations of fraud from the Vell Senate, while Meridia denies any wrongdoing.', ends)).toContain(
      'Vell Senate ACCUSED Meridia',
    );
    expect(summary('The vote drew accusations of fraud from the Vell Senate, while Meridia held talks.', ends)).not.toContain(
      'Vell Senate ACCUSED Meridia',
    );
  });

  it('reads "accusations of X by Y have been made by A and B" as A and B accusing Y', () => {
    const found = summary('Accusations of fraud by Meridia have been made by Ana Vogel and the Tarsk Council.', [
      ['Meridia', 'Place'],
      ['Ana Vogel', 'Person'],
      ['Tarsk Council', 'Organisation'],
    ]);
    expect(found).toEqual(expect.arrayContaining(['Ana Vogel ACCUSED Meridia', 'Tarsk Council ACCUSED Meridia']));
    expect(found).not.toContain('Meridia ACCUSED Ana Vogel');
  });

  it('reads "accusations … from A" as A the accuser and "against Y" as the accused', () => {
    expect(
      summary('The vote drew accusations of bribery against Kessa Bank from the Vell Senate.', [
        ['Kessa Bank', 'Organisation'],
        ['Vell Senate', 'Organisation'],
      ]),
    ).toContain('Vell Senate ACCUSED Kessa Bank');
  });

  it('reads "Y faces accusations" as Y accused, with no accuser named', () => {
    expect(summary('Ana Vogel faces accusations of theft.', [['Ana Vogel', 'Person']])).toEqual([]);
  });
});

describe('displacement frames', () => {
  it('pairs each group with the places it was displaced from, switching group where the text does', () => {
    const text =
      'The war caused the displacement of 40,000 Veldans from Morna and Kessa as well as 2,000 from Tarsk, and of 9,000 Ostrans from Vell.';
    const found = summary(text, [
      ['Veldans', 'Group'],
      ['Morna', 'Place'],
      ['Kessa', 'Place'],
      ['Tarsk', 'Place'],
      ['Ostrans', 'Group'],
      ['Vell', 'Place'],
    ]);
    expect(found).toEqual(
      expect.arrayContaining([
        'Veldans DISPLACED_FROM Morna',
        'Veldans DISPLACED_FROM Kessa',
        'Veldans DISPLACED_FROM Tarsk',
        'Ostrans DISPLACED_FROM Vell',
      ]),
    );
    expect(found).not.toContain('Veldans DISPLACED_FROM Vell');
  });

  it('reads "the flight of G from P to Q" as fleeing from P to Q', () => {
    const found = summary('We saw the flight of Veldans from Morna to Kessa.', [
      ['Veldans', 'Group'],
      ['Morna', 'Place'],
      ['Kessa', 'Place'],
    ]);
    expect(found).toEqual(expect.arrayContaining(['Veldans FLED_FROM Morna', 'Veldans FLED_TO Kessa']));
  });
});
