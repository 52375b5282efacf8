import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, type EntityRecord, type RecordEvidenceRecord, type RelationRecord } from '@kgx/contract';
import { checkDataset } from './check.ts';
import { DatasetError } from './problems.ts';
import { readFtmDataset } from './read-ftm.ts';
import type { DatasetSource } from './source.ts';

const FIXTURE = { path: path.resolve(import.meta.dirname, '../../../tests/fixtures/ftm/registry.ftm.json'), name: 'registry.ftm.json' };

let dir: string;
let registry: DatasetSource;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kgx-ftm-'));
  registry = await readFtmDataset([FIXTURE]);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a stream of the given lines (objects as JSON, strings as they are) and names it as an upload would. */
async function stream(name: string, lines: readonly (object | string)[], eol = '\n') {
  const file = path.join(dir, name);
  await writeFile(file, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join(eol) + eol);
  return { path: file, name };
}

const entities = (source: DatasetSource) => source.entities.records as EntityRecord[];
const relations = (source: DatasetSource) => source.relations.records as RelationRecord[];
const entity = (source: DatasetSource, id: string) => entities(source).find((e) => e.id === id);
const relation = (source: DatasetSource, type: string, from: string, to: string) =>
  relations(source).find((r) => r.type === type && r.source === from && r.target === to);
const evidence = (r: RelationRecord | undefined) => (r?.evidence ?? []) as RecordEvidenceRecord[];

/** The problems the strict check raises, or none. */
async function checkProblems(source: DatasetSource) {
  try {
    await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY });
    return [];
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    return error.problems;
  }
}

const person = (id: string, name: string, properties: Record<string, string[]> = {}) => ({
  id,
  schema: 'Person',
  properties: { name: [name], ...properties },
});

describe('readFtmDataset', () => {
  it('reads thing schemata as entities of our types, the first name as the name and the other names as aliases', () => {
    expect(entity(registry, 'pv-person-anna-vetrova')).toEqual({
      id: 'pv-person-anna-vetrova',
      type: 'Person',
      name: 'Anna Vetrova',
      // `anna vetrova` differs from the name only in case, so it is not another alias.
      aliases: ['A. Vetrova', 'Annushka'],
      description: 'Chair of the Portvale Harbour Board',
      startDate: '1971-04-12',
    });
    expect(entity(registry, 'pv-person-marek-lind')).toMatchObject({ name: 'Marek Lind', aliases: ['Marek Lindt', 'Marek Olsen'] });
    expect(entity(registry, 'pv-company-nordbay')).toMatchObject({ type: 'Company', aliases: ['Nordbay'], startDate: '2009-06-15' });
    expect(entity(registry, 'pv-address-harbour-lane-7')).toMatchObject({
      type: 'Address',
      name: '7 Harbour Lane, Portvale',
      latitude: 54.3121,
      longitude: 10.1342,
    });
  });

  it('keeps dates as precise as they are valid: a time is cut to its day, the earliest birth date wins, a company ends when dissolved', () => {
    expect(entity(registry, 'pv-person-ilse-vetrova')?.startDate).toBe('1998-11-03');
    expect(entity(registry, 'pv-person-marek-lind')?.startDate).toBe('1968');
    expect(entity(registry, 'pv-company-kestrel')).toMatchObject({ startDate: '2012-02', endDate: '2020' });
  });

  it('reads interval schemata as relations oriented as their FtM edge, with role, detail and dates', () => {
    expect(relation(registry, 'DIRECTS', 'pv-person-marek-lind', 'pv-company-kestrel')).toMatchObject({
      role: 'Managing director',
      startDate: '2012-02-20',
      endDate: '2019-12-31',
    });
    expect(relation(registry, 'OWNS', 'pv-company-nordbay', 'pv-company-kestrel')?.detail).toBe('1200 shares, ordinary shares');
    expect(relation(registry, 'PAID', 'pv-company-kestrel', 'pv-person-marek-lind')).toMatchObject({
      detail: '250000 EUR; consultancy fees',
      startDate: '2017-05-04',
    });
    expect(relation(registry, 'PAID', 'pv-company-kestrel', 'pv-person-marek-lind')?.endDate).toBeUndefined();
    expect(relation(registry, 'FAMILY_OF', 'pv-person-ilse-vetrova', 'pv-person-anna-vetrova')?.role).toBe('mother');
    expect(relation(registry, 'LINKED_TO', 'pv-person-marek-lind', 'pv-company-nordbay')?.role).toBe('nominee shareholder');
    expect(relation(registry, 'LOCATED_IN', 'pv-company-nordbay', 'pv-address-harbour-lane-7')).toBeDefined();
    expect(
      relations(registry)
        .map((r) => r.type)
        .sort(),
    ).toEqual(['DIRECTS', 'FAMILY_OF', 'LINKED_TO', 'LOCATED_IN', 'LOCATED_IN', 'OWNS', 'OWNS', 'PAID', 'SANCTIONED'].sort());
  });

  it('merges intervals with the same type and ends into one relation, spanning their dates, with each record as evidence', () => {
    const owns = relation(registry, 'OWNS', 'pv-person-anna-vetrova', 'pv-company-nordbay');
    expect(owns).toMatchObject({ detail: '60%; 75%', startDate: '2015-03-01', endDate: '2022-06-30' });
    expect(evidence(owns).map((e) => [e.row, e.record['id'], e.sourceUrl])).toEqual([
      [8, 'pv-ownership-1', 'https://register.portvale.example/filings/2015-0301'],
      [9, 'pv-ownership-2', 'https://register.portvale.example/filings/2018-0110'],
    ]);
    expect(registry.relations.locate(relations(registry).indexOf(owns!))).toBe(
      'line 8 (pv-ownership-1), merged with line 9 (pv-ownership-2)',
    );
  });

  it('gives each relation its FtM entity as record evidence: file, line, source URL, publisher, properties and data sets', () => {
    const [paid] = evidence(relation(registry, 'PAID', 'pv-company-kestrel', 'pv-person-marek-lind'));
    expect(paid).toEqual({
      file: 'registry.ftm.json',
      row: 12,
      sourceUrl: 'https://ledger.portvale.example/tx/88121',
      record: {
        id: 'pv-payment-1',
        schema: 'Payment',
        datasets: 'portvale_ledger',
        payer: 'pv-company-kestrel',
        beneficiary: 'pv-person-marek-lind',
        amount: '250000',
        currency: 'EUR',
        purpose: 'consultancy fees',
        date: '2017-05-04',
        sourceUrl: 'https://ledger.portvale.example/tx/88121',
      },
      date: '2017-05-04',
    });
    const [family] = evidence(relation(registry, 'FAMILY_OF', 'pv-person-ilse-vetrova', 'pv-person-anna-vetrova'));
    expect(family).toMatchObject({ row: 13, publisher: 'Portvale Civil Registry' });
  });

  it('makes the authority of a Sanction an Organisation that SANCTIONED the entity, with programme and reason', () => {
    const authority = 'sanctions-authority:portvale-financial-conduct-authority';
    expect(entity(registry, authority)).toMatchObject({ type: 'Organisation', name: 'Portvale Financial Conduct Authority' });
    const sanctioned = relation(registry, 'SANCTIONED', authority, 'pv-person-marek-lind');
    expect(sanctioned).toMatchObject({
      detail: 'Harbour fraud measures; Concealed ownership of shipping companies',
      startDate: '2021-09-30',
    });
    expect(evidence(sanctioned)[0]).toMatchObject({ row: 16, publisher: 'Portvale Financial Conduct Authority' });
    expect(registry.entities.locate(entities(registry).findIndex((e) => e.id === authority))).toBe(`line 16 (${authority})`);
  });

  it('reports the schemata it does not import rather than dropping them', () => {
    expect(registry.notices).toEqual([
      {
        file: 'registry.ftm.json',
        record: 'line 15',
        reason: 'an entity of schema Passport is not imported: the vocabulary has no type for it',
      },
    ]);
    expect(entities(registry).map((e) => e.id)).not.toContain('pv-passport-1');
  });

  it('says where each record was read, counting blank lines: line N (id)', () => {
    expect(registry.entities.locate(0)).toBe('line 1 (pv-person-anna-vetrova)');
    const directs = relations(registry).findIndex((r) => r.type === 'DIRECTS');
    expect(registry.relations.locate(directs)).toBe('line 11 (pv-directorship-1)');
  });

  it('gives records that pass the checks against the default vocabulary, in a data set named by its file', async () => {
    const checked = await checkDataset(registry, { vocabulary: DEFAULT_VOCABULARY });
    expect(checked.entities).toHaveLength(7);
    expect(checked.relations).toHaveLength(9);
    expect(checked.files).toEqual(['registry.ftm.json']);
    expect(registry.documents.records).toEqual([]);
    await expect(registry.readText('anything.txt')).rejects.toThrow(/no document texts/);
  });

  it('counts many entities of a schema it does not import in one notice naming their first lines', async () => {
    const passports = [3, 4, 5, 6, 7, 8, 9].map((n) => ({ id: `passport-${n}`, schema: 'Passport', properties: { number: [`X${n}`] } }));
    const source = await readFtmDataset([
      await stream('passports.ftm.json', [person('p-1', 'Ada Brook'), person('p-2', 'Ben Brook'), ...passports]),
    ]);
    expect(source.notices).toEqual([
      {
        file: 'passports.ftm.json',
        record: 'lines 3, 4, 5, 6, 7 and 2 more',
        reason: '7 entities of schema Passport are not imported: the vocabulary has no type for them',
      },
    ]);
  });

  it('reports a relation to an entity it does not import, instead of leaving it to be refused as unknown', async () => {
    const source = await readFtmDataset([
      await stream('contract.ftm.json', [
        person('p-1', 'Ada Brook'),
        { id: 'c-1', schema: 'Contract', properties: { title: ['Dredging'] } },
        { id: 'o-1', schema: 'Ownership', properties: { owner: ['p-1'], asset: ['c-1'] } },
      ]),
    ]);
    expect(relations(source)).toEqual([]);
    expect(source.notices?.map((n) => [n.record, n.reason])).toEqual([
      ['line 2', 'an entity of schema Contract is not imported: the vocabulary has no type for it'],
      ['line 3', '1 OWNS relation is not imported: it joins an entity of schema Contract, which is not imported'],
    ]);
  });

  it('leaves a relation to an id the stream does not hold to the check, which finds it in the graph', async () => {
    const source = await readFtmDataset([
      await stream('elsewhere.ftm.json', [
        person('p-1', 'Ada Brook'),
        { id: 'l-1', schema: 'UnknownLink', properties: { subject: ['p-1'], object: ['person:known-elsewhere'] } },
      ]),
    ]);
    const checked = await checkDataset(source, {
      vocabulary: DEFAULT_VOCABULARY,
      findExistingEntities: async (ids) => new Map(ids.filter((id) => id === 'person:known-elsewhere').map((id) => [id, 'Person'])),
    });
    expect(checked.relations.map((r) => [r.type, r.source, r.target])).toEqual([['LINKED_TO', 'p-1', 'person:known-elsewhere']]);
  });

  it('refuses a line that is not JSON or not an FtM entity at its file and line, and --skip-bad-rows leaves it out', async () => {
    const source = await readFtmDataset([
      await stream('broken.ftm.json', [person('p-1', 'Ada Brook'), '{"id": "p-2", "schema": "Person"', '', '{"id": "p-3"}', '[1, 2]']),
    ]);
    const problems = await checkProblems(source);
    expect(problems.map((p) => [p.file, p.record?.replace(/:.*/, '')])).toEqual([
      ['broken.ftm.json', 'line 2 (not JSON'],
      ['broken.ftm.json', 'line 4 (not a FollowTheMoney entity'],
      ['broken.ftm.json', 'line 5 (not a FollowTheMoney entity'],
    ]);
    expect(problems[1]?.record).toBe('line 4 (not a FollowTheMoney entity: no "schema")');
    const skipped = await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY, skipBadRows: true });
    expect(skipped.entities.map((e) => e.id)).toEqual(['p-1']);
    expect(skipped.skipped).toHaveLength(3);
  });

  it('passes on an entity whose id cannot be ours, to be refused with its id and line, and the relations that need it', async () => {
    const source = await readFtmDataset([
      await stream('ids.ftm.json', [
        person('p-1', 'Ada Brook'),
        person('p 2/with spaces', 'Ben Brook'),
        { id: 'f-1', schema: 'Family', properties: { person: ['p-1'], relative: ['p 2/with spaces'] } },
      ]),
    ]);
    const problems = await checkProblems(source);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'ids.ftm.json',
        record: 'line 2 (p 2/with spaces)',
        field: 'id',
        reason: expect.stringMatching(/must be an id/),
      }),
      // The relation names the same id, and its own schema refuses it there too.
      expect.objectContaining({ record: 'line 3 (f-1)', field: 'target', reason: expect.stringMatching(/must be an id/) }),
    ]);
  });

  it('refuses a whole file that is no entity stream, an empty file and a missing one, naming each', async () => {
    const array = await stream('array.json', ['[', JSON.stringify(person('p-1', 'Ada Brook')) + ',', ']']);
    const empty = await stream('empty.ftm.json', ['', '  ']);
    const missing = { path: path.join(dir, 'none.ftm.json'), name: 'none.ftm.json' };
    const error = await readFtmDataset([array, empty, missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).problems).toEqual([
      { file: 'array.json', reason: expect.stringMatching(/^is not a FollowTheMoney entity stream .*: line 1 is not JSON/) },
      { file: 'empty.ftm.json', reason: expect.stringMatching(/^is empty/) },
      { file: 'none.ftm.json', reason: 'cannot be read (ENOENT)' },
    ]);
  });

  it('reads a byte order mark and Windows line ends as any stream', async () => {
    const file = await stream(
      'windows.ftm.json',
      ['\uFEFF' + JSON.stringify(person('p-1', 'Ada Brook')), person('p-2', 'Ben Brook')],
      '\r\n',
    );
    const source = await readFtmDataset([file]);
    expect(entities(source).map((e) => e.name)).toEqual(['Ada Brook', 'Ben Brook']);
  });

  it('names the records of a second file by that file, and lists it among the files read', async () => {
    const first = await stream('people.ftm.json', [person('p-1', 'Ada Brook')]);
    const second = await stream('links.ftm.json', [
      person('p-2', 'Ben Brook'),
      { id: 'l-1', schema: 'Associate', properties: { person: ['p-1'], associate: ['p-2'] } },
    ]);
    const source = await readFtmDataset([first, second]);
    expect(source.entities.locate(1)).toBe('line 1 of links.ftm.json (p-2)');
    expect(evidence(relations(source)[0])[0]).toMatchObject({ file: 'links.ftm.json', row: 2 });
    expect((await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY })).files).toEqual(['people.ftm.json', 'links.ftm.json']);
  });

  it('names an entity without a name by an identifier or its parts, and says when only its id is left', async () => {
    const long = 'N'.repeat(300);
    const source = await readFtmDataset([
      await stream('unnamed.ftm.json', [
        { id: 'acct-1', schema: 'BankAccount', properties: { iban: ['PV12 0000 1111'], openingDate: ['2011-05'] } },
        { id: 'p-1', schema: 'Person', properties: { firstName: ['Ada'], lastName: ['Brook'] } },
        { id: 'v-1', schema: 'Vessel', properties: {} },
        { id: 'p-2', schema: 'Person', properties: { name: [long], alias: [long + 'x'] } },
      ]),
    ]);
    expect(entities(source).map((e) => [e.type, e.name, e.startDate])).toEqual([
      ['Asset', 'PV12 0000 1111', '2011-05'],
      ['Person', 'Ada Brook', undefined],
      ['Vessel', 'v-1', undefined],
      ['Person', 'N'.repeat(199) + '…', undefined],
    ]);
    // Both long names clip to the same 200 characters: one name, no alias.
    expect(entity(source, 'p-2')?.aliases).toEqual([]);
    expect(source.notices).toEqual([
      { file: 'unnamed.ftm.json', record: 'line 3', reason: 'an entity has no name: its id stands in for one' },
    ]);
  });

  it('leaves out, and reports, a date it cannot read and an end before its start', async () => {
    const source = await readFtmDataset([
      await stream('dates.ftm.json', [
        person('p-1', 'Ada Brook', { birthDate: ['12/03/1970'] }),
        person('p-2', 'Ben Brook', { birthDate: ['1980'], deathDate: ['1975'] }),
      ]),
    ]);
    expect(entities(source).map((e) => [e.startDate, e.endDate])).toEqual([
      [undefined, undefined],
      ['1980', undefined],
    ]);
    expect(source.notices?.map((n) => [n.record, n.reason])).toEqual([
      ['line 1', "a value of birthDate is left out: '12/03/1970' cannot be read"],
      ['line 2', 'an end date before its start date is left out'],
    ]);
  });

  it('leaves an interval with a missing end to the check, which refuses it at its line', async () => {
    const source = await readFtmDataset([
      await stream('half.ftm.json', [person('p-1', 'Ada Brook'), { id: 'd-1', schema: 'Directorship', properties: { director: ['p-1'] } }]),
    ]);
    expect(await checkProblems(source)).toEqual([expect.objectContaining({ record: 'line 2 (d-1)', field: 'target' })]);
  });

  it('reports a Sanction that names no authority', async () => {
    const source = await readFtmDataset([
      await stream('sanction.ftm.json', [person('p-1', 'Ada Brook'), { id: 's-1', schema: 'Sanction', properties: { entity: ['p-1'] } }]),
    ]);
    expect(relations(source)).toEqual([]);
    expect(source.notices?.[0]?.reason).toMatch(/Sanction is not imported: it names no authority/);
  });
});
