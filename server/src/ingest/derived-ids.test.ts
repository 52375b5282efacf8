import { describe, expect, it } from 'vitest';
import { ENTITY_ID_PATTERN } from '@kgx/contract';
import { keyEntityId, nameEntityId, slug, typeSlug } from './derived-ids.ts';

describe('derived entity ids', () => {
  it('makes the demo’s kind of id from a type and a name, accents and punctuation dropped', () => {
    expect(nameEntityId('Person', 'Rubén  Vardanyan')).toBe('person:ruben-vardanyan');
    expect(nameEntityId('PublicBody', 'Ministry of Finance (MoF)')).toBe('public-body:ministry-of-finance-mof');
    expect(typeSlug('LegalEntity')).toBe('legal-entity');
  });

  it('gives a name without Latin letters a stable digest, the same for the same name', () => {
    const id = nameEntityId('Person', 'Рубен Варданян');
    expect(id).toMatch(/^person:h-[0-9a-f]{12}$/);
    expect(nameEntityId('Person', ' Рубен Варданян ')).toBe(id);
    expect(nameEntityId('Person', 'Никол Пашинян')).not.toBe(id);
  });

  it('keeps ids of long names within the contract and apart from each other', () => {
    const long = 'word '.repeat(60);
    const a = nameEntityId('Organisation', `${long}a`);
    const b = nameEntityId('Organisation', `${long}b`);
    expect(a).toMatch(ENTITY_ID_PATTERN);
    expect(a).not.toBe(b);
  });

  it('marks ids made from a key, so a key never meets a name', () => {
    expect(keyEntityId('Company', 'GB 0001234')).toBe('company:key:gb-0001234');
    expect(keyEntityId('Company', 'acme')).not.toBe(nameEntityId('Company', 'acme'));
    expect(slug('---')).toMatch(/^h-/);
  });
});
