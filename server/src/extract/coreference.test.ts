import { describe, expect, it } from 'vitest';
import { resolvePronouns, type ReferringEnd } from './coreference.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** Ends given as [words, type], each at its first place after the previous one; returns each pronoun read, as "words=name". */
function readings(text: string, ends: [string, string][]): string[] {
  let from = 0;
  const placed: ReferringEnd[] = ends.map(([name, type]) => {
    const start = text.indexOf(name, from);
    from = start + name.length;
    return { start, end: start + name.length, name, type };
  });
  const sentences = splitSentences(text);
  const tokens = sentences.map((s) => tokenize(text, s));
  return resolvePronouns({ text, sentences, tokens, ends: placed }).map((end) => {
    expect(text.slice(end.start, end.end)).toBe(end.reference);
    return `${end.reference}=${end.name}`;
  });
}

describe('resolvePronouns', () => {
  it('reads "he" in the next sentence as the person named before, on the pronoun\'s own words', () => {
    expect(
      readings('Pavel Orlov left Tarsk on Monday. He arrived in Kessa a day later.', [
        ['Pavel Orlov', 'Person'],
        ['Tarsk', 'Place'],
        ['Kessa', 'Place'],
      ]),
    ).toEqual(['He=Pavel Orlov']);
  });

  it('does not read "she" as a man, nor "he" as a woman, when the first name says which', () => {
    const text = 'Pavel Orlov met Marta Lind in Tarsk. She thanked the council.';
    expect(
      readings(text, [
        ['Pavel Orlov', 'Person'],
        ['Marta Lind', 'Person'],
        ['Tarsk', 'Place'],
      ]),
    ).toEqual(['She=Marta Lind']);
  });

  it("prefers the previous sentence's subject over a later end", () => {
    const text = 'The Tarsk Council wrote to the Kessa Bank. It asked for a loan.';
    expect(
      readings(text, [
        ['Tarsk Council', 'Organisation'],
        ['Kessa Bank', 'Organisation'],
      ]),
    ).toEqual(['It=Tarsk Council']);
  });

  it('reads a possessive as the nearest fitting end of its own clause', () => {
    const text = 'The Vell Senate asked the Kessa Court to reaffirm its ruling.';
    expect(
      readings(text, [
        ['Vell Senate', 'Organisation'],
        ['Kessa Court', 'Organisation'],
      ]),
    ).toEqual(['its=Kessa Court']);
  });

  it('does not read an object pronoun as the subject of its own clause', () => {
    const text = 'Kessa lies on the river. Meridia attacked it at dawn.';
    expect(
      readings(text, [
        ['Kessa', 'Place'],
        ['Meridia', 'Place'],
      ]),
    ).toEqual(['it=Kessa']);
  });

  it('leaves "it" that announces a clause unread, but reads "it" before a modal and a verb', () => {
    const text = 'Meridia signed the treaty. It is likely that the border will open.';
    expect(readings(text, [['Meridia', 'Place']])).toEqual([]);
    expect(readings('Meridia signed the treaty. It would be wise to wait.', [['Meridia', 'Place']])).toEqual([]);
    expect(readings('Meridia signed the treaty. It would send troops to the border.', [['Meridia', 'Place']])).toEqual(['It=Meridia']);
  });

  it('leaves "their" unread when a plural noun no entity names stands closer', () => {
    const text = 'Kessa refugees reached Tarsk. Their children, torn between their toys, cried.';
    expect(
      readings(text, [
        ['Kessa refugees', 'Group'],
        ['Tarsk', 'Place'],
      ]),
    ).toEqual(['Their=Kessa refugees']);
  });

  it('does not read "its" as the end its own phrase hangs on ("the surrender of its army")', () => {
    const text = 'The war ended with the surrender of the Vell Republic and the disbandment of its army.';
    expect(
      readings(text, [
        ['war', 'Event'],
        ['surrender', 'Event'],
        ['Vell Republic', 'Organisation'],
        ['disbandment', 'Event'],
      ]),
    ).toEqual(['its=Vell Republic']);
  });

  it('keeps a chain of pronouns on one name', () => {
    const text = 'Marta Lind spoke first. She thanked Kessa. Then she left.';
    expect(
      readings(text, [
        ['Marta Lind', 'Person'],
        ['Kessa', 'Place'],
      ]),
    ).toEqual(['She=Marta Lind', 'she=Marta Lind']);
  });

  it('looks no further back than the window', () => {
    const text = 'Pavel Orlov spoke. The rain fell. The river rose. The road closed. He left.';
    expect(readings(text, [['Pavel Orlov', 'Person']])).toEqual([]);
  });

  it('reads a subject pronoun as the subject of the clause it depends on ("X said he would")', () => {
    expect(readings('Pavel Orlov said he would resign.', [['Pavel Orlov', 'Person']])).toEqual(['he=Pavel Orlov']);
  });

  it('leaves "its" unread when a noun phrase no entity names stands closer ("the house was chosen for its cost")', () => {
    expect(readings('The Kessa Bank said the house was chosen for its cost.', [['Kessa Bank', 'Organisation']])).toEqual([]);
    expect(readings('The Kessa Bank said it was chosen for its cost.', [['Kessa Bank', 'Organisation']])).toEqual([
      'it=Kessa Bank',
      'its=Kessa Bank',
    ]);
  });

  it('reads "it" in the next sentence as the grammatical subject, never as the object of the verb before it', () => {
    const ends: [string, string][] = [
      ['Tarsk', 'Place'],
      ['Dorsk', 'Place'],
    ];
    expect(readings('The army shelled Tarsk. It later captured Dorsk.', ends)).toEqual([]);
    expect(readings('The Veldish Army shelled Tarsk. It later captured Dorsk.', [['Veldish Army', 'Organisation'], ...ends])).toEqual([
      'It=Veldish Army',
    ]);
  });

  it('takes the subject of the main clause, not of a clause that opens the sentence', () => {
    const text = 'After the Tarsk Council met, Veldistan closed the border. It reopened the road in May.';
    expect(
      readings(text, [
        ['Tarsk Council', 'Organisation'],
        ['Veldistan', 'Place'],
      ]),
    ).toEqual(['It=Veldistan']);
  });

  it('reads a subject "it" only as what can do what its verb says', () => {
    expect(
      readings('Veldistan launched the offensive. It captured Dorsk.', [
        ['Veldistan', 'Place'],
        ['offensive', 'Event'],
        ['Dorsk', 'Place'],
      ]),
    ).toEqual(['It=Veldistan']);
    // An event captures nothing, and a council does not take place: the pronoun stays unread.
    expect(
      readings('The Dorsk offensive began in May. It captured Tarsk.', [
        ['Dorsk offensive', 'Event'],
        ['Tarsk', 'Place'],
      ]),
    ).toEqual([]);
    expect(readings('The Tarsk Council approved the plan. It took place in May.', [['Tarsk Council', 'Organisation']])).toEqual([]);
  });

  it('reads a subject pronoun in its own sentence as a clause subject, not as the object before it', () => {
    expect(
      readings('Veldistan shelled Tarsk, and it later captured Dorsk.', [
        ['Veldistan', 'Place'],
        ['Tarsk', 'Place'],
        ['Dorsk', 'Place'],
      ]),
    ).toEqual(['it=Veldistan']);
    expect(
      readings('The army shelled Tarsk and it later captured Dorsk.', [
        ['Tarsk', 'Place'],
        ['Dorsk', 'Place'],
      ]),
    ).toEqual([]);
    expect(
      readings('Mira Kovan, a former Tarsk official, was detained as she crossed into Dorsk.', [
        ['Mira Kovan', 'Person'],
        ['Tarsk', 'Place'],
        ['Dorsk', 'Place'],
      ]),
    ).toEqual(['she=Mira Kovan']);
  });

  it('reads "it" after a preposition as an object ("despite it being")', () => {
    const text = 'Veldistan kept the town of Dorsk, despite it being claimed by Tarsk.';
    expect(
      readings(text, [
        ['Veldistan', 'Place'],
        ['Dorsk', 'Place'],
        ['Tarsk', 'Place'],
      ]),
    ).toEqual(['it=Dorsk']);
  });
});
