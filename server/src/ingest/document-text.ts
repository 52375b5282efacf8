// The text of a document file as a reader sees it: plain text in any common encoding, html as its words, a PDF's text
// layer, a Word document's paragraphs; or why the file holds no text we can read.
import chardet from 'chardet';
import { convert } from 'html-to-text';
import mammoth from 'mammoth';

export const DOCUMENT_FILE = /\.(txt|md|markdown|html?|pdf|docx)$/i;
const HTML = /\.html?$/i;
const PDF = /\.pdf$/i;
const DOCX = /\.docx$/i;

/** Headings keep their case (html-to-text upper-cases them) (a quote must match the words as written) and links their words without their targets. */
const HTML_SELECTORS = [
  { selector: 'a', options: { ignoreHref: true } },
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
];

/** Below this confidence (chardet's 0–100) a guessed encoding is named, not trusted. */
const MIN_ENCODING_CONFIDENCE = 60;
/** Control characters and replacement marks above this share of a text: the file is binary or decoded wrongly. */
const MAX_GARBLED_SHARE = 0.005;

export type DocumentText = { text: string; note?: string } | { problem: string };

const BOMS: readonly (readonly [number[], string])[] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function decodeAs(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function garbled(text: string): boolean {
  const bad = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return bad > 0 && (text.includes('\u0000') || bad / text.length > MAX_GARBLED_SHARE);
}

/** Plain text: a byte-order mark or valid UTF-8 is taken as such; another encoding is guessed and converted, or named and refused. */
function decodePlain(bytes: Buffer): DocumentText {
  const bom = BOMS.find(([mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) {
    const text = decodeAs(bytes, bom[1]);
    return text === undefined ? { problem: `is not valid ${bom[1].toUpperCase()} text although it starts as such` } : { text };
  }
  if (bytes.includes(0)) return { problem: 'is binary, not text' };
  const utf8 = decodeAs(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8 };
  const [guess] = chardet.analyse(bytes);
  const name = guess?.name ?? 'an unknown encoding';
  if (guess === undefined || guess.confidence < MIN_ENCODING_CONFIDENCE)
    return { problem: `is not UTF-8 text (it may be ${name}, but that is not certain); save it as UTF-8 and import it again` };
  const text = decodeAs(bytes, guess.name);
  if (text === undefined) return { problem: `is ${guess.name} text, which cannot be converted here; save it as UTF-8 and import it again` };
  return { text, note: `converted from ${guess.name} to UTF-8` };
}

async function readPdf(bytes: Buffer): Promise<DocumentText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // No font code is compiled or run and no font is installed: only the text layer is read.
  const loading = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 });
  let pdf;
  try {
    pdf = await loading.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { problem: name === 'PasswordException' ? 'is a password-protected PDF' : 'is not a readable PDF' };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const words = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push(words.trim());
    }
    const text = pages.filter((page) => page !== '').join('\n\n');
    return text === '' ? { problem: 'has no text layer: OCR is not supported' } : { text };
  } finally {
    await loading.destroy();
  }
}

async function readDocx(bytes: Buffer): Promise<DocumentText> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    return { text: value.replace(/\n{3,}/g, '\n\n').trim() };
  } catch {
    return { problem: 'is not a readable Word document (docx)' };
  }
}

/** The text of a file named `name` holding `bytes`. */
export async function readDocumentText(bytes: Buffer, name: string): Promise<DocumentText> {
  if (bytes.length === 0) return { problem: 'is empty' };
  let read: DocumentText;
  if (PDF.test(name)) read = await readPdf(bytes);
  else if (DOCX.test(name)) read = await readDocx(bytes);
  else {
    read = decodePlain(bytes);
    if ('text' in read && HTML.test(name)) read = { ...read, text: convert(read.text, { wordwrap: false, selectors: HTML_SELECTORS }) };
  }
  if ('problem' in read) return read;
  if (read.text.trim() === '') return { problem: 'has no text' };
  if (garbled(read.text)) return { problem: 'looks binary or garbled, not text' };
  return read;
}
