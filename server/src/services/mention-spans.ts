// Finds where entities are named in a text: whole words, accent- and case-insensitive, longest name first, no overlaps.

export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type Span = [start: number, end: number];

/** A text folded for matching (lower case, accents and typographic punctuation removed), with the way back to the original. */
export interface FoldedText {
  folded: string;
  /** origin[i] is the index in the original text of the character that produced folded[i]; origin[folded.length] is its length. */
  origin: Int32Array;
}

// Typographic variants a writer (or a word processor) chooses without meaning anything different.
const PUNCTUATION_FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
};

const COMBINING_MARK = /\p{M}/gu;
const foldCache = new Map<string, string>();

function foldChar(char: string): string {
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  const folded = PUNCTUATION_FOLD[char] ?? char.normalize('NFKD').replace(COMBINING_MARK, '').toLowerCase();
  foldCache.set(char, folded);
  return folded;
}

/** Lower case, strips accents (NFKD then drops combining marks) and folds curly quotes and dashes, keeping an index map. */
export function foldText(text: string): FoldedText {
  const parts: string[] = [];
  const origin = new Int32Array(text.length * 2 + 1);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      // ASCII: the common case, folded without a lookup.
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : text[i]!);
      origin[length++] = i;
      continue;
    }
    const isPair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    const char = isPair ? text.slice(i, i + 2) : text[i]!;
    const folded = foldChar(char);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origin[length++] = i;
    if (isPair) i++;
  }
  origin[length] = text.length;
  return { folded: parts.join(''), origin: origin.slice(0, length + 1) };
}

/** The folded form of a name, for comparing names with each other. */
export function foldName(name: string): string {
  return foldText(name.trim()).folded;
}

function isWordCode(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return /[\p{L}\p{N}]/u.test(text[index]!);
}

interface Surface {
  id: string;
  folded: string;
  /** Characters before the surface's first word (a surface may open with a quote mark). */
  lead: number;
  /** Acronyms ("AZ", "UN") match only as written: folded, they would match ordinary words ("az", "un"). */
  exact?: string;
}

const ACRONYM = /^[\p{Lu}\p{N}.&]{2,5}$/u;

function indexSurfaces(entities: readonly NamedEntity[]): Map<string, Surface[]> {
  const byFirstWord = new Map<string, Surface[]>();
  for (const entity of entities) {
    for (const raw of [entity.name, ...entity.aliases]) {
      const surface = raw.trim();
      if (surface.length < 2) continue;
      const folded = foldText(surface).folded;
      let lead = 0;
      while (lead < folded.length && !isWordCode(folded, lead)) lead++;
      let wordEnd = lead;
      while (wordEnd < folded.length && isWordCode(folded, wordEnd)) wordEnd++;
      if (wordEnd === lead) continue;
      const firstWord = folded.slice(lead, wordEnd);
      const entry: Surface = { id: entity.id, folded, lead, ...(ACRONYM.test(surface) ? { exact: surface } : {}) };
      const list = byFirstWord.get(firstWord);
      if (list) list.push(entry);
      else byFirstWord.set(firstWord, [entry]);
    }
  }
  return byFirstWord;
}

interface Hit {
  id: string;
  start: number;
  end: number;
}

/** Every place a surface stands as whole words in the folded text, found by looking up each word of the text once. */
function collectHits(text: string, folded: FoldedText, surfaces: Map<string, Surface[]>): Hit[] {
  const { folded: haystack, origin } = folded;
  const hits: Hit[] = [];
  let i = 0;
  while (i < haystack.length) {
    if (!isWordCode(haystack, i)) {
      i++;
      continue;
    }
    let wordEnd = i + 1;
    while (wordEnd < haystack.length && isWordCode(haystack, wordEnd)) wordEnd++;
    const list = surfaces.get(haystack.slice(i, wordEnd));
    if (list) {
      for (const surface of list) {
        const at = i - surface.lead;
        const end = at + surface.folded.length;
        if (at < 0 || !haystack.startsWith(surface.folded, at)) continue;
        if (isWordCode(haystack, at - 1) || isWordCode(haystack, end)) continue;
        const start = origin[at]!;
        const originalEnd = origin[end]!;
        if (surface.exact !== undefined && text.slice(start, originalEnd) !== surface.exact) continue;
        hits.push({ id: surface.id, start, end: originalEnd });
      }
    }
    i = wordEnd;
  }
  return hits;
}

/** Map of entity id → spans [start, end) of the original text where its name or an alias stands as whole words. */
export function findMentionSpans(text: string, entities: readonly NamedEntity[]): Map<string, Span[]> {
  const hits = collectHits(text, foldText(text), indexSurfaces(entities));
  // Longest first over the whole text, then leftmost: the same precedence as matching name by name, longest name first.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const spans = new Map<string, Span[]>();
  for (const hit of hits) {
    if (taken.subarray(hit.start, hit.end).includes(1)) continue;
    taken.fill(1, hit.start, hit.end);
    const list = spans.get(hit.id);
    if (list) list.push([hit.start, hit.end]);
    else spans.set(hit.id, [[hit.start, hit.end]]);
  }
  for (const list of spans.values()) list.sort((a, b) => a[0] - b[0]);
  return spans;
}
