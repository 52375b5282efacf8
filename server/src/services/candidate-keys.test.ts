import { describe, expect, it } from 'vitest';
import { CANDIDATE_ID_PATTERN } from '@kgx/contract';
import { endKey, entityCandidateId, nameKey, relationCandidateId } from './candidate-keys.ts';

describe('nameKey', () => {
  it('does not tell apart names that differ only by accents, case, articles or spacing', () => {
    expect(nameKey('The  Mijatović')).toBe(nameKey('mijatovic'));
    expect(nameKey('Court of Justice')).toBe('court of justice');
  });

  it('tells apart names with other words', () => {
    expect(nameKey('Court of Justice')).not.toBe(nameKey('Court of Auditors'));
  });
});

describe('candidate ids', () => {
  it('gives the same name in one data set one id, in another data set another', () => {
    expect(entityCandidateId('a', 'Harbour Authority')).toBe(entityCandidateId('a', 'the harbour authority'));
    expect(entityCandidateId('a', 'Harbour Authority')).not.toBe(entityCandidateId('b', 'Harbour Authority'));
    expect(entityCandidateId('a', 'Harbour Authority')).toMatch(CANDIDATE_ID_PATTERN);
  });

  it('keys a relation candidate by its sentence and ends, in their order', () => {
    const subject = endKey({ entityId: 'person:a', name: 'A' });
    const object = endKey({ name: 'Harbour Authority' });
    const id = relationCandidateId('d', 'doc', 'A met the Harbour Authority.', subject, object);
    expect(id).toMatch(CANDIDATE_ID_PATTERN);
    expect(relationCandidateId('d', 'doc', 'A met the Harbour Authority.', object, subject)).not.toBe(id);
    expect(relationCandidateId('d', 'doc', 'A met the harbour board.', subject, object)).not.toBe(id);
  });
});
