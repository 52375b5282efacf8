// A brief as Markdown: its sentences with [n] markers, then the numbered sources, each quote in quotation marks.
import type { BriefSource } from '@kgx/contract';
import { recordCells, recordPlace, type BriefContent } from './brief-sentences.ts';
import { formatLongDate } from './brief-dates.ts';

/**
 * Text from the data as literal Markdown: the characters that would start emphasis, a link, code or raw HTML are
 * backslash-escaped, which every renderer shows as the character itself.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, ' ')
      .replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`)
      // What would open a list or a heading at the start of a line: "1. ", "- ", "+ ", "= ".
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/^([-+=])/, '\\$1')
  );
}

/** "[1]" or "[1, 3]"; nothing when the relation has no evidence. */
export function citationMarker(citations: readonly number[]): string {
  return citations.length === 0 ? '' : `[${citations.join(', ')}]`;
}

function sourceLine(source: BriefSource): string {
  if (source.kind === 'quote') {
    const date = source.documentDate === undefined ? 'undated' : formatLongDate(source.documentDate);
    return `${source.number}. “${escapeMarkdown(source.quote)}” — ${escapeMarkdown(source.documentTitle)}, ${date}`;
  }
  const cells = recordCells(source);
  return `${source.number}. Record: ${escapeMarkdown(recordPlace(source))}${cells === '' ? '' : ` — ${escapeMarkdown(cells)}`}`;
}

export function renderBriefMarkdown(brief: BriefContent): string {
  const lines = [`# ${escapeMarkdown(brief.title)}`, ''];
  for (const sentence of brief.sentences) {
    const marker = citationMarker(sentence.citations);
    lines.push(`${escapeMarkdown(sentence.text)}${marker === '' ? '' : ` ${marker}`}`, '');
  }
  if (brief.sentences.length === 0) lines.push('None of the relations asked for is in the graph.', '');
  if (brief.sources.length > 0) {
    lines.push('## Sources', '');
    for (const source of brief.sources) lines.push(sourceLine(source));
    lines.push('');
  }
  if (brief.notFound.length > 0) {
    lines.push('## Not found', '', ...brief.notFound.map((id) => `- ${escapeMarkdown(id)}`), '');
  }
  return lines.join('\n');
}
