import { readFileSync } from 'node:fs';
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

function readFixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
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

  it('titles a text that opens with a paragraph, not a heading, by its file name (bug: its first 200 characters, cut mid-word)', async () => {
    const paragraph = `On 3 May 2024, police in Tarsk arrested Vera Holm, the director of Kessa Holdings, at her home. ${'Holm denied the charges. '.repeat(10)}`;
    for (const text of [paragraph, 'Vera Holm was arrested on Monday.\n\nShe denied the charges.']) {
      const source = await readTextDocuments([await file('holm-arrest.txt', text)]);
      expect((source.documents.records[0] as { title: string }).title).toBe('holm-arrest.txt');
    }
    const headed = await readTextDocuments([await file('holm.txt', 'Arrest of Vera Holm\n\nVera Holm was arrested on Monday.')]);
    expect((headed.documents.records[0] as { title: string }).title).toBe('Arrest of Vera Holm');
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

  it('reads the text layer of a PDF, page after page', async () => {
    const source = await readTextDocuments([{ path: path.join(FIXTURES, 'statement.pdf'), name: 'statement.pdf' }]);
    const [document] = source.documents.records as { title: string; text: string }[];
    expect(document?.title).toBe('Press statement of the Harbour Authority');
    expect(document?.text).toContain('The Harbour Authority accused Delta Shipping Ltd of dumping fuel.');
    expect(document?.text).toMatch(/2024\.\n\nDelta Shipping Ltd denied the accusation\.$/);
  });

  it('reads a Word document as its paragraphs', async () => {
    const source = await readTextDocuments([{ path: path.join(FIXTURES, 'notes.docx'), name: 'notes.docx' }]);
    const [document] = source.documents.records as { title: string; text: string }[];
    expect(document?.title).toBe('Field notes from Tromsø');
    expect(document?.text).toContain('Journalist Åsa Lindqvist met Governor Piet Olsen in Tromsø on 12 March 2024.\n\nOlsen urged');
  });

  it('converts text in another encoding to UTF-8 and says so in the report', async () => {
    const source = await readTextDocuments([
      { path: path.join(FIXTURES, 'cafe-windows-1252.txt'), name: 'cafe-windows-1252.txt' },
      { path: path.join(FIXTURES, 'fine-utf16.txt'), name: 'fine-utf16.txt' },
    ]);
    const [cafe, fine] = source.documents.records as { text: string }[];
    expect(cafe?.text).toContain('Café owner José Müller told the Comité de Vigilance');
    expect(fine?.text).toBe('The Harbour Authority fined Delta Shipping Ltd.');
    expect(source.notices).toEqual([
      { file: 'cafe-windows-1252.txt', reason: expect.stringMatching(/^converted from (ISO-8859-1|windows-1252) to UTF-8$/) },
    ]);
  });

  it.each([
    ['an empty file', 'empty.txt', '', 'is empty'],
    ['a binary file', 'image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'is binary'],
    [
      'a short file whose encoding is uncertain',
      'latin1.txt',
      Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
      'is not UTF-8 text (it may be',
    ],
    ['text with control characters through it', 'garbled.txt', 'Text\u0001 with\u0002 control\u0003 characters', 'looks binary or garbled'],
    ['a PDF that is not one', 'report.pdf', '%PDF-1.7', 'is not a readable PDF'],
    ['a Word document that is not one', 'report.docx', 'PK not really a zip', 'is not a readable Word document'],
    ['a PDF with no text layer', 'scan.pdf', readFixture('scan.pdf'), 'no text layer: OCR is not supported'],
    ['html with no text', 'blank.html', '<html><body>   </body></html>', 'has no text'],
    ['a file of another kind', 'report.odt', 'text', 'is not a document (txt, md, html, pdf or docx)'],
  ])('refuses %s, naming the file', async (_what, name, content, reason) => {
    const error = await refusal([await file(name, content)]);
    expect(error.problems).toEqual([{ file: name, reason: expect.stringContaining(reason) }]);
  });
});
