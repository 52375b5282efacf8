import { describe, expect, it } from 'vitest';
import { findEntityCandidates } from './entity-candidates.ts';
import { splitSentences } from './sentences.ts';
import { countryOfDemonym } from './word-classes.ts';

const named = (text: string) =>
  findEntityCandidates({
    text,
    sentences: splitSentences(text),
    mentions: [],
    entityTypes: ['Person', 'Organisation', 'Group', 'Place', 'Event'],
  }).map((c) => `${c.type}:${c.name}:${text.slice(c.start, c.end)}`);

describe('proposeBodiesAndOwners', () => {
  it("proposes the state a people's body acts for, on the adjective's words", () => {
    const found = named('Later Peruvian troops and the Chilean Ministry of Health sent aid.');
    expect(found).toEqual(
      expect.arrayContaining([
        'Organisation:Peruvian troops:Peruvian troops',
        'Place:Peru:Peruvian',
        'Organisation:Chilean Ministry of Health:Chilean Ministry of Health',
        'Place:Chile:Chilean',
      ]),
    );
  });

  it('proposes no state for a body merely named after a people, nor for an adjective its country does not share a stem with', () => {
    expect(named('Later the Peruvian University of Music opened.')).not.toContain('Place:Peru:Peruvian');
    expect(named('Later the French Senate voted.').filter((n) => n.startsWith('Place:'))).toEqual([]);
  });
});

describe('countryOfDemonym', () => {
  it('finds the country sharing the longest stem with the adjective, and none when the stem is short or shared', () => {
    expect(countryOfDemonym('iraqi')).toBe('Iraq');
    expect(countryOfDemonym('austrian')).toBe('Austria');
    expect(countryOfDemonym('french')).toBeUndefined();
  });
});
