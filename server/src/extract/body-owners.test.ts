import { describe, expect, it } from 'vitest';
import { candidatesOf } from './entity-candidates.test-support.ts';
import { countryOfDemonym } from './country-demonyms.ts';

const named = (text: string) => candidatesOf(text).map((c) => `${c.type}:${c.name}:${text.slice(c.start, c.end)}`);

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

  it('proposes no state for a body merely named after a people, nor for an adjective no country is known by', () => {
    expect(named('Later the Peruvian University of Music opened.')).not.toContain('Place:Peru:Peruvian');
    expect(named('Later the Veldish Senate voted.').filter((n) => n.startsWith('Place:'))).toEqual([]);
  });
});

describe('countryOfDemonym', () => {
  it('names the country of a regular or irregular adjective', () => {
    expect(countryOfDemonym('iraqi')).toBe('Iraq');
    expect(countryOfDemonym('austrian')).toBe('Austria');
    expect(countryOfDemonym('french')).toBe('France');
    for (const [adjective, country] of [
      ['danish', 'Denmark'],
      ['finnish', 'Finland'],
      ['spanish', 'Spain'],
      ['georgian', 'Georgia'],
      ['saudi', 'Saudi Arabia'],
    ])
      expect(countryOfDemonym(adjective!)).toBe(country);
  });

  it('does not mistake a country for another sharing the first letters of its adjective (Turkmen is not Turkey)', () => {
    expect(countryOfDemonym('turkmen')).toBe('Turkmenistan');
    expect(countryOfDemonym('nigerien')).toBe('Niger');
    expect(countryOfDemonym('malagasy')).toBe('Madagascar');
    // "Dominican" is both Dominica's and the Dominican Republic's: no country rather than a guess.
    expect(countryOfDemonym('dominican')).toBeUndefined();
    expect(countryOfDemonym('veldish')).toBeUndefined();
  });
});
