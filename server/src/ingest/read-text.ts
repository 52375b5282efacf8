// Documents (txt, md, html, pdf, docx) as documents of a data set: their text stored verbatim (html as its text, a PDF
// its text layer, a Word document its paragraphs), so a later quote is a substring of it; the known entities they name are linked when the import is prepared.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOCUMENT_FILE, readDocumentText } from './document-text.ts';
import { DatasetError, type DatasetProblem } from './problems.ts';
import type { DatasetSource, InputFile, SourceNotice } from './source.ts';

const MAX_TITLE = 200;
/** A first line longer than this is the text's first paragraph, not its heading. */
const MAX_HEADING = 120;

/** A stable id from the file's name and its text: the same file imported again is the same document, another is not. */
function documentId(name: string, text: string): string {
  const stem = path
    .parse(name)
    .name.normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 10);
  return `${stem === '' ? 'document' : stem}-${digest}`;
}

/**
 * The first line that says something, as a title, when it reads as a heading: a Markdown heading, or a short line that
 * ends no sentence. A text that opens with its first paragraph is titled by its file name.
 */
function titleOf(text: string, name: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '');
  const line = first?.replace(/^#+\s*/, '').trim();
  const heading =
    first !== undefined && line !== undefined && (/^#+\s/.test(first) || (line.length <= MAX_HEADING && !/[.!?…]["”’')]?$/u.test(line)));
  return (heading ? line : name).slice(0, MAX_TITLE);
}

export async function readTextDocuments(files: InputFile[]): Promise<DatasetSource> {
  const problems: DatasetProblem[] = [];
  const records: unknown[] = [];
  const names: string[] = [];
  const notices: SourceNotice[] = [];
  for (const file of files) {
    if (!DOCUMENT_FILE.test(file.name)) {
      problems.push({ file: file.name, reason: 'is not a document (txt, md, html, pdf or docx)' });
      continue;
    }
    const read = await readDocumentText(await readFile(file.path), file.name);
    if ('problem' in read) {
      problems.push({ file: file.name, reason: read.problem });
      continue;
    }
    if (read.note !== undefined) notices.push({ file: file.name, reason: read.note });
    records.push({ id: documentId(file.name, read.text), title: titleOf(read.text, file.name), kind: 'other', text: read.text });
    names.push(file.name);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  const first = files[0]?.name ?? 'documents';
  return {
    documents: { file: first, records, locate: (index) => names[index] ?? String(index) },
    entities: { file: first, records: [], locate: String },
    relations: { file: first, records: [], locate: String },
    otherFiles: names,
    notices,
    readText: () => Promise.reject(new Error('plain documents carry their text')),
  };
}
