import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderBriefMarkdown } from './brief-markdown.ts';
import type { BriefContent } from './brief-sentences.ts';

const BRIEF: BriefContent = {
  title: 'How Ruben Vardanyan connects to Azerbaijan',
  sentences: [
    {
      text: 'On 27 September 2023, Azerbaijani Armed Forces detained Ruben Vardanyan.',
      relationId: 'a>DETAINED>b',
      dateFrom: '2023-09-27',
      dateTo: '2023-09-27',
      citations: [1],
    },
    { text: 'Ruben Vardanyan accused Azerbaijan of ethnic cleansing.', relationId: 'b>ACCUSED>c', citations: [1, 2] },
  ],
  sources: [
    {
      number: 1,
      kind: 'quote',
      documentId: 'doc-wiki',
      documentTitle: 'Flight of Nagorno-Karabakh Armenians',
      quote: 'Accusations of ethnic cleansing have been made by Nikol Pashinyan,[117] the French Senate.',
    },
    { number: 2, kind: 'record', datasetId: 'registry', file: 'owners.csv', row: 4, cells: { owner: 'Ruben Vardanyan', share: '51%' } },
  ],
  notFound: [],
};

describe('renderBriefMarkdown', () => {
  it('writes the sentences with [n] markers, then the numbered sources with quote, title and date or file and row', () => {
    expect(renderBriefMarkdown(BRIEF)).toBe(
      [
        '# How Ruben Vardanyan connects to Azerbaijan',
        '',
        'On 27 September 2023, Azerbaijani Armed Forces detained Ruben Vardanyan. [1]',
        '',
        'Ruben Vardanyan accused Azerbaijan of ethnic cleansing. [1, 2]',
        '',
        '## Sources',
        '',
        '1. “Accusations of ethnic cleansing have been made by Nikol Pashinyan,\\[117\\] the French Senate.” — Flight of Nagorno-Karabakh Armenians, undated',
        '2. Record: owners.csv, row 4 (data set registry) — owner: Ruben Vardanyan; share: 51%',
        '',
      ].join('\n'),
    );
  });

  it('gives the document’s date in words and lists the ids not found', () => {
    const source = BRIEF.sources[0];
    if (source?.kind !== 'quote') throw new Error('the fixture starts with a quote');
    const markdown = renderBriefMarkdown({ ...BRIEF, sources: [{ ...source, documentDate: '2023-11-08' }], notFound: ['x>Y>z'] });
    expect(markdown).toContain('— Flight of Nagorno-Karabakh Armenians, 8 November 2023\n');
    expect(markdown.endsWith('## Not found\n\n- x\\>Y\\>z\n')).toBe(true);
  });

  it('says so when no relation was found', () => {
    expect(renderBriefMarkdown({ title: 'Gone', sentences: [], sources: [], notFound: ['x'] })).toContain(
      'None of the relations asked for is in the graph.',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes what would become emphasis, links, code or raw HTML, and what would open a list or heading', () => {
    expect(escapeMarkdown('<script>alert(1)</script> *bold* _it_ [link](x) `code` #tag')).toBe(
      '\\<script\\>alert(1)\\</script\\> \\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\#tag',
    );
    expect(escapeMarkdown('1. Armoured Brigade')).toBe('1\\. Armoured Brigade');
    expect(escapeMarkdown('- dash')).toBe('\\- dash');
  });

  it('keeps a line’s text on one line', () => {
    expect(escapeMarkdown('first line\n\n# second')).toBe('first line \\# second');
  });
});
