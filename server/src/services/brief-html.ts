// A brief as a standalone printable page: inline styles only, no script, and every text from the data escaped.
import type { BriefSource } from '@kgx/contract';
import { formatLongDate } from './brief-dates.ts';
import { recordCells, recordPlace, type BriefContent } from './brief-sentences.ts';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML text or attribute value: names, titles and quotes may hold markup, which must show, not run. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Nothing but the inline styles may load or run, should anything ever slip past the escaping. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
  body { margin: 0; background: #f4f5f7; color: #1f2937; font: 15px/1.6 Georgia, 'Times New Roman', serif; }
  main { max-width: 46rem; margin: 2rem auto; padding: 2rem 2.5rem; background: #fff; border: 1px solid #e2e5ea; }
  h1 { margin: 0 0 0.25rem; font: 650 1.5rem/1.3 system-ui, sans-serif; }
  h2 { margin: 2rem 0 0.5rem; font: 650 1.05rem/1.3 system-ui, sans-serif; }
  .note { margin: 0 0 1.5rem; color: #6b7280; font: 0.85rem/1.4 system-ui, sans-serif; }
  .sentence { margin: 0 0 0.75rem; }
  .cite { font: 0.8em system-ui, sans-serif; vertical-align: super; line-height: 0; }
  .cite a { color: #1d4ed8; text-decoration: none; }
  ol.sources { padding-left: 1.75rem; }
  ol.sources li { margin: 0 0 0.6rem; }
  .quote { font-style: italic; }
  .document { font-family: system-ui, sans-serif; font-size: 0.9em; color: #4b5563; }
  .cells { display: block; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.8em; color: #4b5563; }
  ul.missing { color: #6b7280; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.85em; }
  @media print {
    body { background: #fff; font-size: 11pt; }
    main { max-width: none; margin: 0; padding: 0; border: none; }
    .cite a { color: inherit; }
    ol.sources li { break-inside: avoid; }
  }`;

function citationLinks(citations: readonly number[]): string {
  if (citations.length === 0) return '';
  const links = citations.map((n) => `<a href="#source-${n}">${n}</a>`).join(', ');
  return ` <span class="cite">[${links}]</span>`;
}

function sourceItem(source: BriefSource): string {
  if (source.kind === 'quote') {
    const date = source.documentDate === undefined ? 'undated' : formatLongDate(source.documentDate);
    return (
      `<li id="source-${source.number}"><span class="quote">“${escapeHtml(source.quote)}”</span> ` +
      `<span class="document">— <cite>${escapeHtml(source.documentTitle)}</cite>, ${escapeHtml(date)}</span></li>`
    );
  }
  const cells = recordCells(source);
  return (
    `<li id="source-${source.number}"><span class="document">Record: ${escapeHtml(recordPlace(source))}</span>` +
    `${cells === '' ? '' : `<span class="cells">${escapeHtml(cells)}</span>`}</li>`
  );
}

export function renderBriefHtml(brief: BriefContent): string {
  const title = escapeHtml(brief.title);
  const sentences =
    brief.sentences.length === 0
      ? '<p class="sentence">None of the relations asked for is in the graph.</p>'
      : brief.sentences.map((s) => `<p class="sentence">${escapeHtml(s.text)}${citationLinks(s.citations)}</p>`).join('\n');
  const sources =
    brief.sources.length === 0
      ? ''
      : `<section>\n<h2>Sources</h2>\n<ol class="sources">\n${brief.sources.map(sourceItem).join('\n')}\n</ol>\n</section>`;
  const missing =
    brief.notFound.length === 0
      ? ''
      : `<section>\n<h2>Not found</h2>\n<ul class="missing">\n${brief.notFound.map((id) => `<li>${escapeHtml(id)}</li>`).join('\n')}\n</ul>\n</section>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p class="note">Each sentence reads a relation of the graph and cites what it rests on; every quote is verbatim from its document.</p>
<section>
${sentences}
</section>
${sources}
${missing}
</main>
</body>
</html>
`;
}
