// Plain documents (txt, md, html) as documents of a data set: their text stored verbatim (html as its text), so a
// later quote is a substring of it; the known entities they name are linked when the import is prepared.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { convert } from 'html-to-text';
import { DatasetError, type DatasetProblem } from './problems.ts';
import type { DatasetSource, InputFile } from './source.ts';

const HTML = /\.html?$/i;
const TEXT = /\.(txt|md|markdown|html?)$/i;
const MAX_TITLE = 200;
/** Headings keep their case (html-to-text upper-cases them) (a quote must match the words as written) and links their words without their targets. */
const HTML_SELECTORS = [
  { selector: 'a', options: { ignoreHref: true } },
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
];

/** The text a file holds, or why it holds none we can read. */
function decode(bytes: Buffer, name: string): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'is empty' };
  if (bytes.includes(0)) return { problem: 'is binary, not text' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { problem: 'is not UTF-8 text; save it as UTF-8 and import it again' };
  }
  if (HTML.test(name)) text = convert(text, { wordwrap: false, selectors: HTML_SELECTORS });
  return text.trim() === '' ? { problem: 'has no text' } : { text };
}

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

/** The first line that says something, as a title; the file name when there is none. */
function titleOf(text: string, name: string): string {
  const line = text
    .split('\n')
    .map((l) => l.replace(/^#+\s*/, '').trim())
    .find((l) => l !== '');
  return (line ?? name).slice(0, MAX_TITLE);
}

export async function readTextDocuments(files: InputFile[]): Promise<DatasetSource> {
  const problems: DatasetProblem[] = [];
  const records: unknown[] = [];
  const names: string[] = [];
  for (const file of files) {
    if (!TEXT.test(file.name)) {
      problems.push({ file: file.name, reason: 'is not a plain document (txt, md or html)' });
      continue;
    }
    const read = decode(await readFile(file.path), file.name);
    if ('problem' in read) {
      problems.push({ file: file.name, reason: read.problem });
      continue;
    }
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
    readText: () => Promise.reject(new Error('plain documents carry their text')),
  };
}
