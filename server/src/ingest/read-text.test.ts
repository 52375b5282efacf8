import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatasetError } from './problems.ts';
import { readTextDocuments } from './read-text.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/text');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kgx-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer) {
  const at = path.join(dir, name);
  await writeFile(at, content);
  return { path: at, name };
}

async function refusal(files: { path: string; name: string }[]): Promise<DatasetError> {
  try {
    await readTextDocuments(files);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected the documents to be refused');
}

describe('readTextDocuments', () => {
  it('keeps a text verbatim, titled by its first line, under an id from its name and text', async () => {
    const source = await readTextDocuments([{ path: path.join(FIXTURES, 'harbour-note.md'), name: 'harbour-note.md' }]);
    const [document] = source.documents.records as { id: string; title: string; text: string }[];
    expect(document?.title).toBe('Note on the harbour inquiry');
    expect(document?.text).toContain('Ruben Vardanyan had no part in the harbour contract.');
    expect(document?.id).toMatch(/^harbour-note-[0-9a-f]{10}$/);
    const again = await readTextDocuments([{ path: path.join(FIXTURES, 'harbour-note.md'), name: 'harbour-note.md' }]);
    expect((again.documents.records[0] as { id: string }).id).toBe(document?.id);
  });

  it('reads html as its text, without its scripts or link targets', async () => {
    const source = await readTextDocuments([{ path: path.join(FIXTURES, 'board-minutes.html'), name: 'board-minutes.html' }]);
    const [document] = source.documents.records as { text: string }[];
    expect(document?.text).toContain('The board met in Stepanakert');
    expect(document?.text).toContain('Board minutes, 4 May');
    expect(document?.text).not.toContain('alert');
    expect(document?.text).not.toContain('example.org');
    expect(document?.text).not.toContain('<');
  });

  it('gives two files with the same name but another text two documents', async () => {
    const a = await readTextDocuments([await file('notes.txt', 'First version of the notes.')]);
    const b = await readTextDocuments([await file('notes.txt', 'Second version of the notes.')]);
    expect((a.documents.records[0] as { id: string }).id).not.toBe((b.documents.records[0] as { id: string }).id);
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'is empty'],
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'is binary'],
    ['a file that is not UTF-8', 'latin1.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]), 'is not UTF-8 text'],
    ['html with no text', 'blank.html', '<html><body>   </body></html>', 'has no text'],
    ['a file of another kind', 'report.pdf', '%PDF-1.7', 'is not a plain document'],
  ])('refuses %s, naming the file', async (_what, name, content, reason) => {
    const error = await refusal([await file(name, content)]);
    expect(error.problems).toEqual([{ file: name, reason: expect.stringContaining(reason) }]);
  });
});
