import { describe, expect, it } from 'vitest';
import { candidatesOf } from './entity-candidates.test-support.ts';

/** Candidates read from a definite noun, as "words=name (type)". */
function references(text: string): string[] {
  return candidatesOf(text)
    .filter((c) => c.reference !== undefined)
    .map((c) => {
      expect(text.slice(c.start, c.end)).toBe(c.why.words);
      return `${c.reference}=${c.name} (${c.type})`;
    });
}

describe('resolveDefiniteReferences', () => {
  it('reads "the war" as the war last named with that head noun, on the noun\'s own words', () => {
    expect(references('Riots led to the outbreak of the First Kessa War. The war displaced thousands.')).toEqual([
      'The war=First Kessa War (Event)',
    ]);
  });

  it('reads "the corridor" and "the population" as the road and the people named before', () => {
    const text = 'Troops closed the Morna Corridor. Goods no longer crossed the corridor. The Veldan population protested.';
    expect(references(`${text} Officials ignored the population.`)).toEqual([
      'the corridor=Morna Corridor (Place)',
      'the population=Veldan population (Group)',
    ]);
  });

  it('reads "the company" and "the firm" as the company named last, whatever its name\'s words', () => {
    expect(references('Police raided Gorvan Steel Ltd. Viktor Aslanov controls the company. Later the firm denied it.')).toEqual([
      'the company=Gorvan Steel Ltd (Organisation)',
      'the firm=Gorvan Steel Ltd (Organisation)',
    ]);
    // Not a body that is no company.
    expect(references('Police raided the Tarsk Council. Viktor Aslanov controls the company.')).toEqual([]);
  });

  it('reads "the Commissioner" as the person named with that title', () => {
    const text = 'The Tarsk Commissioner for Human Rights Marta Lind visited Kessa. Residents spoke to the Commissioner.';
    expect(references(text)).toEqual(['the Commissioner=Marta Lind (Person)']);
  });

  it('reads "the village" as the place introduced as "the village of X"', () => {
    expect(references('Shots were heard in the village of Dorsk. Troops entered the village at dawn.')).toEqual([
      'the village=Dorsk (Place)',
    ]);
  });

  it('does not read a noun that names something else ("the war of 1991") or that is no kind of entity', () => {
    expect(references('Then came the First Kessa War. The war of 1991 was shorter. The lack of food was worse.')).toEqual([]);
  });

  it('looks back only a few sentences for a head noun', () => {
    const text = 'It began with the First Kessa War. A. B. C. D. E. The war ended.';
    expect(references(text.replace(/ ([A-E])\./gu, ' Rain fell on $1 day.'))).toEqual([]);
  });

  it('reads "the site" as the site described before, whatever its own noun', () => {
    expect(references('Drones filmed an abandoned airfield near Dorsk. The site was guarded.')).toEqual([
      'The site=abandoned airfield (Place)',
    ]);
  });

  it('reads "the residents" as the residents of the place just named, and only just', () => {
    expect(references('Troops entered the village of Dorsk and ordered the residents out.')).toEqual([
      'the residents=residents of Dorsk (Group)',
    ]);
    expect(references('Troops entered Dorsk. Rain fell all week. Then the residents left.')).toEqual([]);
  });
});
