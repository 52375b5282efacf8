import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { DEFAULT_VOCABULARY } from '@kgx/contract';
import { checkDataset } from './check.ts';
import { DatasetError } from './problems.ts';
import { readCsvDataset } from './read-csv.ts';
import type { InputFile } from './source.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/csv');
const fixture = (name: string): InputFile => ({ path: path.join(FIXTURES, name), name: path.basename(name) });

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kgx-read-csv-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file of the test's own, written under the name it is given. */
async function file(name: string, text: string): Promise<InputFile> {
  const where = path.join(dir, name);
  await writeFile(where, text);
  return { path: where, name };
}

async function problemsOf(reading: Promise<unknown>) {
  const error: unknown = await reading.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).problems;
}

describe('readCsvDataset with conventional header names', () => {
  it('reads entities with aliases split, dates, coordinates as numbers, and empty cells left out', async () => {
    const source = await readCsvDataset([fixture('companies.csv'), fixture('ownership.csv')]);
    expect(source.entities.file).toBe('companies.csv');
    expect(source.entities.records).toHaveLength(5);
    expect(source.entities.records[0]).toEqual({
      id: 'person:mara-ilves',
      type: 'Person',
      name: 'Mara Ilves',
      aliases: ['M. Ilves', 'Mara Ilvesová'],
      description: 'Founder of the Northwind shipping group (invented for the tests).',
      startDate: '1968',
    });
    expect(source.entities.records[3]).toMatchObject({ description: 'Freight carrier, sold in 2021 (invented for the tests).' });
    expect(source.entities.records[3]).toMatchObject({ startDate: '2011', endDate: '2021-06' });
    expect(source.entities.records[4]).toMatchObject({ id: 'place:port-ardent', latitude: 57.1205, longitude: -4.2519 });
    expect(source.entities.locate(4)).toBe('row 5');
  });

  it('makes each relation row its own record evidence, merging rows with the same type, source and target', async () => {
    const source = await readCsvDataset([fixture('ownership.csv'), fixture('companies.csv')]);
    expect(source.relations.file).toBe('ownership.csv');
    expect(source.relations.records).toHaveLength(5);
    expect(source.relations.records[0]).toEqual({
      type: 'OWNS',
      source: 'person:mara-ilves',
      target: 'company:northwind-holding',
      detail: '60% of the shares',
      startDate: '2009-04-12',
      evidence: [
        {
          file: 'ownership.csv',
          row: 1,
          record: {
            source: 'person:mara-ilves',
            target: 'company:northwind-holding',
            type: 'OWNS',
            detail: '60% of the shares',
            start_date: '2009-04-12',
            filing: 'annual return 2010',
          },
        },
        expect.objectContaining({ file: 'ownership.csv', row: 5, record: expect.objectContaining({ filing: 'annual return 2011' }) }),
      ],
    });
    expect(source.relations.locate(0)).toBe('rows 1 and 5');
    expect(source.relations.locate(1)).toBe('row 2');
  });

  it('takes relation types as words or constants', async () => {
    const source = await readCsvDataset([fixture('companies.csv'), fixture('ownership.csv')]);
    expect(source.relations.records.map((r) => (r as { type: string }).type)).toEqual([
      'OWNS',
      'OWNS',
      'DIRECTS',
      'WORKS_FOR',
      'LOCATED_IN',
    ]);
  });

  it('gives records that pass the checks as they are, and reports no notices', async () => {
    const source = await readCsvDataset([fixture('companies.csv'), fixture('ownership.csv')]);
    const checked = await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY });
    expect(checked.entities).toHaveLength(5);
    expect(checked.relations).toHaveLength(5);
    expect(checked.files).toEqual(['companies.csv', 'ownership.csv']);
    expect(source.notices).toEqual([]);
  });

  it('matches header names ignoring case, spaces and underscores, and knows their usual other names', async () => {
    const entities = await file('people.csv', 'ID,Type,Name,Alias,Start Date,END_DATE,Lat,Lng\np1,person,Ana Sol,Ana,2001,2002,1.5,2\n');
    const relations = await file('ties.csv', 'From,To,Predicate,Document,Quote\np1,p1,member of,,\n');
    const source = await readCsvDataset([entities, relations]);
    expect(source.entities.records[0]).toEqual({
      id: 'p1',
      type: 'Person',
      name: 'Ana Sol',
      aliases: ['Ana'],
      startDate: '2001',
      endDate: '2002',
      latitude: 1.5,
      longitude: 2,
    });
    expect(source.relations.records[0]).toMatchObject({ type: 'MEMBER_OF', source: 'p1', target: 'p1' });
  });
});

describe('readCsvDataset with a mapping file', () => {
  const registry = async (mapping: InputFile) => readCsvDataset([fixture('registry/links.csv'), fixture('registry/firms.tsv')], mapping);

  it('reads unconventional headers from a YAML mapping: a TSV, a ";" file, keys making ids, and relations following them', async () => {
    const source = await registry(fixture('registry/mapping.yaml'));
    expect(source.entities.records).toEqual([
      {
        id: 'company:key:gb-0005678',
        type: 'Company',
        name: 'Harbour Light Shipping',
        aliases: ['Harbour Light', 'HLS'],
        startDate: '2014',
      },
      { id: 'company:key:gb-0009012', type: 'Company', name: 'Ardent Marine Services', startDate: '2016-02-29', endDate: '2022' },
      { id: 'person:ilse-varga', type: 'Person', name: 'Ilse Varga' },
    ]);
    expect(source.relations.records).toEqual([
      {
        type: 'OWNS',
        source: 'company:key:gb-0005678',
        target: 'company:key:gb-0009012',
        detail: '75 %',
        startDate: '2016-02-29',
        endDate: '2022',
        evidence: [
          {
            file: 'links.csv',
            row: 1,
            record: { Holder: 'F1', Held: 'F2', Link: 'owns', Share: '75 %', Since: '2016-02-29', Until: '2022' },
          },
        ],
      },
      expect.objectContaining({
        type: 'DIRECTS',
        source: 'person:ilse-varga',
        target: 'company:key:gb-0005678',
        role: 'Managing director',
      }),
      expect.objectContaining({ type: 'MEMBER_OF', source: 'person:ilse-varga', target: 'company:key:gb-0009012' }),
    ]);
    expect(source.otherFiles).toEqual(['mapping.yaml']);
    const checked = await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY });
    expect(checked.files).toEqual(['firms.tsv', 'links.csv', 'mapping.yaml']);
  });

  it('reads the same mapping written as JSON', async () => {
    const yaml: unknown = parseYaml(await readFile(fixture('registry/mapping.yaml').path, 'utf8'));
    const json = await file('mapping.json', JSON.stringify(yaml));
    const fromJson = await registry(json);
    const fromYaml = await registry(fixture('registry/mapping.yaml'));
    expect(fromJson.entities.records).toEqual(fromYaml.entities.records);
    expect(fromJson.relations.records).toEqual(fromYaml.relations.records);
  });

  it('gives entities of a file without a type column the default type, and splits aliases by the given separator', async () => {
    const firms = await file('firms-only.csv', 'name,aliases\nBlue Reef Ltd,Blue Reef / BR\n');
    const mapping = await file('firms-only.yaml', 'entities:\n  defaultType: Company\n  aliasSeparator: " / "\n');
    const source = await readCsvDataset([firms], mapping);
    expect(source.entities.records).toEqual([
      { id: 'company:blue-reef-ltd', type: 'Company', name: 'Blue Reef Ltd', aliases: ['Blue Reef', 'BR'] },
    ]);
    expect(source.relations.records).toEqual([]);
  });

  it('refuses a mapping with an unknown field, naming the mapping file and the field', async () => {
    const mapping = await file('typo.yaml', 'entities:\n  columns:\n    nmae: Firm name\n');
    const problems = await problemsOf(readCsvDataset([fixture('companies.csv')], mapping));
    expect(problems).toEqual([{ file: 'typo.yaml', field: 'entities.columns', reason: expect.stringContaining('nmae') }]);
  });

  it('refuses a mapping naming a column the file does not have, and a file that is not in the import', async () => {
    const mapping = await file('missing.yaml', 'entities:\n  file: firms.csv\nrelations:\n  columns:\n    role: Post\n');
    const problems = await problemsOf(readCsvDataset([fixture('companies.csv'), fixture('ownership.csv')], mapping));
    expect(problems).toEqual([{ file: 'missing.yaml', field: 'entities.file', reason: expect.stringContaining("'firms.csv'") }]);

    const roleOnly = await file('role.yaml', 'relations:\n  columns:\n    role: Post\n');
    const moreProblems = await problemsOf(readCsvDataset([fixture('companies.csv'), fixture('ownership.csv')], roleOnly));
    expect(moreProblems).toEqual([
      { file: 'role.yaml', field: 'relations.columns.role', reason: expect.stringContaining("'Post', which ownership.csv does not have") },
    ]);
  });

  it('refuses a mapping that is not valid YAML, a bad delimiter, and a mapping file of another kind', async () => {
    const broken = await file('broken.yaml', 'entities: [\n');
    expect(await problemsOf(readCsvDataset([fixture('companies.csv')], broken))).toEqual([
      { file: 'broken.yaml', reason: expect.stringContaining('is not valid YAML') },
    ]);
    const delimiter = await file('delimiter.json', '{"delimiter": ":"}');
    expect(await problemsOf(readCsvDataset([fixture('companies.csv')], delimiter))).toEqual([
      { file: 'delimiter.json', field: 'delimiter', reason: expect.any(String) },
    ]);
    const text = await file('mapping.txt', '{}');
    expect(await problemsOf(readCsvDataset([fixture('companies.csv')], text))).toEqual([
      { file: 'mapping.txt', reason: 'must be a .json, .yaml or .yml file' },
    ]);
  });
});

describe('readCsvDataset rows', () => {
  it('numbers rows from 1 after the header, skipping blank lines and counting a quoted cell over two lines as one row', async () => {
    const entities = await file('rows.csv', 'id,type,name,description\n\na,Person,Ana,"two\nlines"\n,,,\nb,Person,Bo,\n');
    const source = await readCsvDataset([entities]);
    expect(source.entities.records.map((r) => (r as { id: string }).id)).toEqual(['a', 'b']);
    expect(source.entities.records[0]).toMatchObject({ description: 'two\nlines' });
    expect([source.entities.locate(0), source.entities.locate(1)]).toEqual(['row 1', 'row 3']);
  });

  it('refuses a file with ragged rows, naming each row, the rows between them still counted', async () => {
    const entities = await file('ragged.csv', 'id,type,name\na,Person,Ana\nb,Person\nc,Person,Cy\nd,Person,Di,extra\n');
    const problems = await problemsOf(readCsvDataset([entities]));
    expect(problems).toEqual([
      { file: 'ragged.csv', record: 'row 2', reason: 'has 2 cells where the header has 3: check its quotes and delimiters' },
      { file: 'ragged.csv', record: 'row 4', reason: 'has 4 cells where the header has 3: check its quotes and delimiters' },
    ]);
  });

  it('refuses a file with a quote that is never closed', async () => {
    const entities = await file('unclosed.csv', 'id,type,name\na,Person,Ana\nb,Person,"Bo\nc,Person,Cy\n');
    expect(await problemsOf(readCsvDataset([entities]))).toEqual([
      { file: 'unclosed.csv', record: 'row 2', reason: 'opens a quote that is never closed' },
    ]);
  });

  it('sniffs the delimiter from the header row: ";" with commas inside quoted cells', async () => {
    const entities = await file('semicolons.csv', 'id;type;name;description\na;Person;Ana;"Lawyer, notary"\n');
    const source = await readCsvDataset([entities]);
    expect(source.entities.records[0]).toMatchObject({ id: 'a', description: 'Lawyer, notary' });
  });

  it('strips a byte order mark from the header', async () => {
    const entities = await file('bom.csv', '\ufeffid,type,name\na,Person,Ana\n');
    expect((await readCsvDataset([entities])).entities.records[0]).toMatchObject({ id: 'a' });
  });

  it('reads a .tsv file as tab-separated even when its cells hold commas', async () => {
    const entities = await file('people.tsv', 'id\ttype\tname\na\tPerson\tSol, Ana\n');
    expect((await readCsvDataset([entities])).entities.records[0]).toMatchObject({ id: 'a', name: 'Sol, Ana' });
  });

  it('reports a bad cell through the checks with its file, row and field, and leaves it out under skipBadRows', async () => {
    const entities = await file('dates.csv', 'id,type,name,start_date\na,Person,Ana,2001\nb,Person,Bo,12/03/2001\nc,Planet,Cy,\n');
    const source = await readCsvDataset([entities]);
    await expect(checkDataset(source, { vocabulary: DEFAULT_VOCABULARY })).rejects.toMatchObject({
      problems: [
        { file: 'dates.csv', record: 'row 2', field: 'startDate', reason: expect.any(String) },
        { file: 'dates.csv', record: 'row 3', field: 'type', reason: "no entity type 'Planet' in the vocabulary" },
      ],
    });
    const checked = await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY, skipBadRows: true });
    expect(checked.entities.map((e) => e.id)).toEqual(['a']);
  });

  it('refuses a file it cannot tell the kind of, two files of one kind, and an empty file', async () => {
    const neither = await file('neither.csv', 'a,b\n1,2\n');
    expect(await problemsOf(readCsvDataset([neither]))).toEqual([
      { file: 'neither.csv', reason: expect.stringContaining('holds neither') },
    ]);
    const twice = await file('more-people.csv', 'id,type,name\nz,Person,Zed\n');
    expect(await problemsOf(readCsvDataset([fixture('companies.csv'), twice]))).toEqual([
      { file: 'more-people.csv', reason: expect.stringContaining('as companies.csv does') },
    ]);
    const empty = await file('empty.csv', '');
    expect(await problemsOf(readCsvDataset([empty]))).toEqual([{ file: 'empty.csv', reason: expect.stringContaining('is empty') }]);
  });

  it('refuses a file without a column every row needs', async () => {
    const untyped = await file('untyped.csv', 'id,name\na,Ana\n');
    expect(await problemsOf(readCsvDataset([untyped]))).toEqual([
      { file: 'untyped.csv', reason: expect.stringContaining('has no type column') },
    ]);
  });
});

describe('readCsvDataset ids', () => {
  it('makes an id from type and name when the file has no id column, and relations may name it', async () => {
    const entities = await file('named.csv', 'type,name\nPerson,Rubén Vardanyan\nPublic body,Port Authority\nPerson,Рубен Варданян\n');
    const relations = await file('named-ties.csv', 'source,target,type\nperson:ruben-vardanyan,public-body:port-authority,ADVISES\n');
    const source = await readCsvDataset([entities, relations]);
    const ids = source.entities.records.map((r) => (r as { id: string }).id);
    expect(ids.slice(0, 2)).toEqual(['person:ruben-vardanyan', 'public-body:port-authority']);
    expect(ids[2]).toMatch(/^person:h-[0-9a-f]{12}$/);
    const checked = await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY });
    expect(checked.relations).toHaveLength(1);
  });
});

describe('readCsvDataset notices', () => {
  it('points out entities whose names differ only in case, accents, punctuation or word order, without merging them', async () => {
    const entities = await file(
      'alike.csv',
      'id,type,name\np1,Person,Ruben Vardanyan\np2,Person,"VARDANYAN, Rubén"\np3,Person,Ruben Vardanian\nc1,Company,ruben vardanyan\n',
    );
    const source = await readCsvDataset([entities]);
    expect(source.entities.records).toHaveLength(4);
    expect(source.notices).toEqual([
      { file: 'alike.csv', record: 'row 2', reason: 'possible duplicate of p1 (same name)' },
      { file: 'alike.csv', record: 'row 4', reason: 'possible duplicate of p1 (same name)' },
    ]);
  });

  it('says when merged rows differ, and when a row gives a document id without a quote', async () => {
    const relations = await file(
      'merged.csv',
      'source,target,type,role,document_id,quote\na,b,DIRECTS,director,,\na,b,DIRECTS,chairman,,\na,c,DIRECTS,,doc-1,\n',
    );
    const source = await readCsvDataset([relations]);
    expect(source.relations.records).toHaveLength(2);
    expect(source.notices).toEqual([
      { file: 'merged.csv', record: 'row 2', reason: expect.stringContaining('merged into the relation of row 1') },
      { file: 'merged.csv', record: 'row 3', reason: expect.stringContaining('without the other') },
    ]);
  });
});

describe('readCsvDataset quotes', () => {
  const text = 'The register shows that Ana Sol directs Blue Reef Ltd since 2019.';

  it('makes a row with a document id and a quote cite that document, which an earlier import brought', async () => {
    const entities = await file('quoted-people.csv', 'id,type,name\nana,Person,Ana Sol\nreef,Company,Blue Reef Ltd\n');
    const relations = await file('quoted.csv', 'source,target,type,document,quote\nana,reef,DIRECTS,doc-1,Ana Sol directs Blue Reef Ltd\n');
    const source = await readCsvDataset([entities, relations]);
    expect(source.relations.records[0]).toMatchObject({ evidence: [{ documentId: 'doc-1', quote: 'Ana Sol directs Blue Reef Ltd' }] });

    await expect(checkDataset(source, { vocabulary: DEFAULT_VOCABULARY })).rejects.toMatchObject({
      problems: [{ file: 'quoted.csv', record: 'row 1', field: 'evidence.0.documentId', reason: "no document with id 'doc-1'" }],
    });
    const findDocumentTexts = (ids: readonly string[]) => Promise.resolve(new Map(ids.includes('doc-1') ? [['doc-1', text]] : []));
    const checked = await checkDataset(source, { vocabulary: DEFAULT_VOCABULARY, findDocumentTexts });
    expect(checked.relations).toHaveLength(1);
    expect(checked.texts.has('doc-1')).toBe(false);
  });
});
