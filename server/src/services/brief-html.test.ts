import { describe, expect, it } from 'vitest';
import { escapeHtml, renderBriefHtml } from './brief-html.ts';
import type { BriefContent } from './brief-sentences.ts';

const HOSTILE = '<script>alert("x")</script>';

const BRIEF: BriefContent = {
  title: `About ${HOSTILE}`,
  sentences: [
    { text: `${HOSTILE} accused Azerbaijan of ethnic cleansing.`, relationId: 'a>ACCUSED>b', citations: [1, 2] },
    { text: 'Undated and unsourced.', relationId: 'c>LINKED_TO>d', citations: [] },
  ],
  sources: [
    {
      number: 1,
      kind: 'quote',
      documentId: 'doc',
      documentTitle: `<img src=x onerror=alert(1)> & Co`,
      documentDate: '2023-11-08',
      quote: `He said "it's over" <b>now</b>.`,
    },
    { number: 2, kind: 'record', datasetId: 'registry', file: 'owners.csv', row: 4, cells: { owner: HOSTILE } },
  ],
  notFound: [`${HOSTILE}>X>y`],
};

describe('renderBriefHtml', () => {
  const html = renderBriefHtml(BRIEF);

  it('is a complete page with inline styles, no script, and a policy that would block one', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('@media print');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    // Escaped, `onerror=` is text; only inside a tag would it be a handler.
    expect(html).not.toMatch(/<link|<iframe|<[^>]*\son\w+=/i);
  });

  it('escapes a name, a title, a quote, a cell and an id that hold HTML, so that they show as text', () => {
    const shown = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;';
    expect(html).toContain(`<title>About ${shown}</title>`);
    expect(html).toContain(`<h1>About ${shown}</h1>`);
    expect(html).toContain(`<p class="sentence">${shown} accused Azerbaijan of ethnic cleansing.`);
    expect(html).toContain('<cite>&lt;img src=x onerror=alert(1)&gt; &amp; Co</cite>, 8 November 2023');
    expect(html).toContain('“He said &quot;it&#39;s over&quot; &lt;b&gt;now&lt;/b&gt;.”');
    expect(html).toContain(`owner: ${shown}`);
    expect(html).toContain(`<li>${shown}&gt;X&gt;y</li>`);
  });

  it('links each citation marker to its numbered source', () => {
    expect(html).toContain('ethnic cleansing. <span class="cite">[<a href="#source-1">1</a>, <a href="#source-2">2</a>]</span></p>');
    expect(html).toContain('<li id="source-1">');
    expect(html).toContain('<li id="source-2"><span class="document">Record: owners.csv, row 4 (data set registry)</span>');
    expect(html).toContain('<p class="sentence">Undated and unsourced.</p>');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
