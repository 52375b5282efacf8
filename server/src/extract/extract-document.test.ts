import { describe, expect, it } from 'vitest';
import { TEST_ENTITY_TYPES } from './entity-candidates.test-support.ts';
import { extractFromDocument } from './extract-document.ts';
import type { ExtractionInput } from './extraction.ts';

const vocabulary = {
  entityTypes: TEST_ENTITY_TYPES,
  relationTypes: [{ type: 'DETAINED' }, { type: 'FLED_TO' }, { type: 'VISITED' }, { type: 'STATED' }],
};
const text =
  'Dr. Ana Vogel, a senior scholar, said MERIDIAN police had arrested villagers.\n\nOn 3 May 2021, Ethnic Serbs fled to Kosa. Ana Vogel visited Kosa.';
const input: ExtractionInput = {
  text,
  date: '2021-06-01',
  knownEntities: [
    { id: 'org:police', type: 'Organisation', name: 'Meridian Police', aliases: [] },
    { id: 'person:vogel', type: 'Person', name: 'Ana Vögel', aliases: [] },
  ],
  vocabulary,
};

describe('extractFromDocument', () => {
  const extraction = extractFromDocument(input);

  it('finds mentions of known entities ignoring case and accents', () => {
    expect(extraction.mentions.map((m) => [m.entityId, text.slice(m.start, m.end)])).toEqual([
      ['person:vogel', 'Ana Vogel'],
      ['org:police', 'MERIDIAN police'],
      ['person:vogel', 'Ana Vogel'],
    ]);
  });

  it('proposes new entities but none where a known entity is mentioned', () => {
    expect(extraction.entities.map((e) => e.name)).toContain('Kosa');
    for (const e of extraction.entities) {
      for (const m of extraction.mentions) expect(e.end <= m.start || e.start >= m.end).toBe(true);
    }
  });

  it('links known entities and candidates in relations, naming the known one by id', () => {
    const visited = extraction.relations.find((r) => r.type === 'VISITED');
    expect(visited).toMatchObject({ subject: { entityId: 'person:vogel' }, object: { name: 'Kosa' } });
    expect(extraction.relations.find((r) => r.type === 'FLED_TO')).toMatchObject({ date: '2021-05-03', object: { name: 'Kosa' } });
  });

  it('keeps every span exact: sentences, mentions, candidates and relation ends reproduce their words', () => {
    for (const s of extraction.sentences) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
    for (const c of extraction.entities) expect(text.slice(c.start, c.end)).toBe(c.why.words);
    for (const r of extraction.relations) {
      for (const end of [r.subject, r.object]) {
        const words = text.slice(end.start, end.end);
        expect(end.entityId ? words.length > 0 : words === end.name || end.name.length > 0).toBe(true);
        expect(end.start >= r.sentence.start && end.end <= r.sentence.end).toBe(true);
      }
    }
  });

  it("pairs the entity a pronoun stands for, on the pronoun's words, and says how it read it", () => {
    const found = extractFromDocument({
      ...input,
      text: 'Marta Lind left Tarsk on Monday. She visited Kosa in June.',
      knownEntities: [],
    });
    const visited = found.relations.find((r) => r.type === 'VISITED');
    expect(visited).toMatchObject({ subject: { name: 'Marta Lind', start: 33, end: 36 }, object: { name: 'Kosa' } });
    expect(visited?.why.rule).toContain('"She" read as "Marta Lind"');
  });

  it("puts a person with a national post in that nation's government", () => {
    const found = extractFromDocument({
      ...input,
      text: 'The Veldish Prime Minister, Ana Vogel, met Veldish Health Minister Lena Marsh.',
      knownEntities: [],
      vocabulary: { ...vocabulary, relationTypes: [{ type: 'LEADS' }, { type: 'WORKS_FOR' }] },
    }).relations.map((r) => `${r.subject.name} ${r.type ?? '?'} ${r.object.name}`);
    expect(found).toEqual(expect.arrayContaining(['Ana Vogel LEADS Veldish government', 'Lena Marsh WORKS_FOR Veldish government']));
  });

  it("pairs a government read from a national title with the title's holder only, not with what the holder does", () => {
    const found = extractFromDocument({
      ...input,
      text: 'The Veldish Health Minister Lena Marsh accused the Dorsk Council of fraud and visited Kessa on Monday.',
      knownEntities: [],
      vocabulary: { ...vocabulary, relationTypes: ['LEADS', 'WORKS_FOR', 'ACCUSED', 'VISITED'].map((type) => ({ type })) },
    }).relations.map((r) => `${r.subject.name} ${r.type ?? '?'} ${r.object.name}`);
    expect(found).toContain('Lena Marsh ACCUSED Dorsk Council');
    expect(found.filter((r) => r.includes('Veldish government'))).toEqual(['Lena Marsh WORKS_FOR Veldish government']);
  });

  it("keeps a state read from a people's adjective inside a body out of the sentence's frames", () => {
    const found = extractFromDocument({
      ...input,
      text: 'The departure of the villagers drew protests from Austrian officials.',
      knownEntities: [],
      vocabulary: { ...vocabulary, relationTypes: ['FLED_FROM', 'ORGAN_OF', 'PARTICIPATED_IN'].map((type) => ({ type })) },
    }).relations.map((r) => `${r.subject.name} ${r.type ?? '?'} ${r.object.name}`);
    expect(found).toContain('Austrian officials ORGAN_OF Austria');
    expect(found.filter((r) => r.includes('Austria '))).toEqual([]);
    expect(found.filter((r) => r.endsWith(' Austria'))).toEqual(['Austrian officials ORGAN_OF Austria']);
  });
});
