// End to end: "Explain" on a path, an entity and a selection opens a brief whose sentences cite their sources; the
// Markdown it downloads cites every quote verbatim from its document, the HTML page is standalone, Copy copies it.
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DocumentResponseSchema,
  DocumentsResponseSchema,
  PathsResponseSchema,
  RelationsAmongResponseSchema,
  type DocumentResponse,
} from '@kgx/contract';
import { NO_PROBLEMS, openSession } from '../support/browser.ts';
import { call } from '../support/test-app.ts';
import { useExplorer } from './explorer-app.ts';
import { UI_TIMEOUT_MS, pickEntity, waitForCanvas } from './explorer-page.ts';

const RUBEN = 'person:ruben-vardanyan';
const PASHINYAN = 'person:nikol-pashinyan';
const AZERBAIJAN = 'place:azerbaijan';
const FORCES = 'organisation:azerbaijani-armed-forces';
const ARTSAKH = 'organisation:republic-of-artsakh';

/** What the Markdown's backslash escapes stand for: the text as the data has it. */
function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_[\]<>#|~.)+=-])/g, '$1');
}

interface MarkdownBrief {
  title: string;
  sentences: { text: string; citations: number[] }[];
  sources: { number: number; quote: string; documentTitle: string; date: string }[];
}

/** Reads the brief back out of its Markdown: the heading, each sentence with its [n] marker, each numbered quote. */
function parseMarkdown(markdown: string): MarkdownBrief {
  const lines = markdown.split('\n');
  const title = unescapeMarkdown((lines[0] ?? '').replace(/^# /, ''));
  const sourcesAt = lines.indexOf('## Sources');
  if (sourcesAt < 0) throw new Error(`no Sources section in:\n${markdown}`);
  const sentences = lines
    .slice(1, sourcesAt)
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^(.*) \[(\d+(?:, \d+)*)\]$/.exec(line);
      if (!match) throw new Error(`a sentence without its [n] marker: ${line}`);
      return { text: unescapeMarkdown(match[1] ?? ''), citations: (match[2] ?? '').split(', ').map(Number) };
    });
  const sources = [];
  for (const line of lines.slice(sourcesAt + 2)) {
    if (line === '') break;
    const match = /^(\d+)\. “(.*)” — (.*), (undated|\d{1,2} [A-Z][a-z]+ \d{4}|[A-Z][a-z]+ \d{4}|\d{4})$/.exec(line);
    if (!match) throw new Error(`a source that is not a quote with its document and date: ${line}`);
    sources.push({
      number: Number(match[1]),
      quote: unescapeMarkdown(match[2] ?? ''),
      documentTitle: unescapeMarkdown(match[3] ?? ''),
      date: match[4] ?? '',
    });
  }
  return { title, sentences, sources };
}

async function downloadText(page: Page, testId: string): Promise<{ name: string; text: string }> {
  const [download]: [Download, void] = await Promise.all([
    page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }),
    page.getByTestId(testId).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(file, 'utf8') };
}

/** Every document the API serves, with its text, by title (the Markdown names a document by its title). */
async function documentsByTitle(baseUrl: string): Promise<Map<string, DocumentResponse['document']>> {
  const list = DocumentsResponseSchema.parse((await call(baseUrl, '/api/documents')).body).documents;
  const byTitle = new Map<string, DocumentResponse['document']>();
  for (const summary of list) {
    const response = await call(baseUrl, `/api/documents/${encodeURIComponent(summary.id)}`);
    expect(response.status).toBe(200);
    byTitle.set(summary.title, DocumentResponseSchema.parse(response.body).document);
  }
  expect(byTitle.size).toBe(list.length);
  return byTitle;
}

/** The page's globals the page functions here use, typed without the DOM library. */
interface BriefPageGlobals {
  document: { activeElement: unknown; getElementById(id: string): { textContent: string | null } | null };
  navigator: { clipboard: { readText(): Promise<string> } };
}

async function openBrief(page: Page, explainTestId: string, nth = 0): Promise<void> {
  await page.getByTestId(explainTestId).nth(nth).click();
  const dialog = page.getByTestId('brief-dialog');
  await dialog.waitFor({ timeout: UI_TIMEOUT_MS });
  await expect.poll(() => dialog.getAttribute('data-status'), { timeout: UI_TIMEOUT_MS }).toBe('done');
}

async function briefRelationIds(page: Page): Promise<string[]> {
  const ids = await page.getByTestId('brief-sentence').evaluateAll((els) => els.map((el) => el.getAttribute('data-relation-id') ?? ''));
  return ids.sort();
}

describe('explaining a connection in a brief', () => {
  const explorer = useExplorer();

  it('explains a path from Ruben Vardanyan to Nikol Pashinyan; the Markdown downloaded cites every quote verbatim', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const paths = PathsResponseSchema.parse((await call(baseUrl, `/api/paths?from=${RUBEN}&to=${PASHINYAN}`)).body).paths;
    const path = paths[0];
    if (!path) throw new Error('the premise failed: no path from Vardanyan to Pashinyan');
    const documents = await documentsByTitle(baseUrl);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
      await page.goto('/?panel=paths');
      await page.getByTestId('path-finder').waitFor({ timeout: UI_TIMEOUT_MS });
      await pickEntity(page, { input: 'path-from-input', option: 'path-from-option', text: 'vardan', entityId: RUBEN });
      await pickEntity(page, { input: 'path-to-input', option: 'path-to-option', text: 'pashin', entityId: PASHINYAN });
      await page.getByTestId('path-run').click();
      await page.getByTestId('path-results').waitFor({ timeout: UI_TIMEOUT_MS });
      await waitForCanvas(page, { minNodes: 2 });

      await openBrief(page, 'path-explain');
      const dialog = page.getByTestId('brief-dialog');
      // Labelled by its title, and focus has moved into it.
      const labelled = await dialog.evaluate(
        (el) => (globalThis as unknown as BriefPageGlobals).document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent,
      );
      expect(labelled).toBe('How Ruben Vardanyan connects to Nikol Pashinyan');
      expect(await dialog.evaluate((el) => el.contains((globalThis as unknown as BriefPageGlobals).document.activeElement))).toBe(true);
      expect(await briefRelationIds(page)).toEqual([...path.edgeIds].sort());
      await session.screenshot('brief of the first path');

      // A citation marker leads to its source.
      const marker = page.getByTestId('brief-citation').first();
      const number = await marker.getAttribute('data-number');
      await marker.click();
      const source = page.locator(`[data-testid="brief-source"][data-number="${number}"]`);
      await expect.poll(() => source.getAttribute('class'), { timeout: UI_TIMEOUT_MS }).toContain('is-current');
      expect(await source.evaluate((el) => el === (globalThis as unknown as BriefPageGlobals).document.activeElement)).toBe(true);

      const markdown = await downloadText(page, 'brief-download-markdown');
      expect(markdown.name).toBe('brief-how-ruben-vardanyan-connects-to-nikol-pashinyan.md');
      const parsed = parseMarkdown(markdown.text);
      expect(parsed.title).toBe('How Ruben Vardanyan connects to Nikol Pashinyan');
      expect(parsed.sentences).toHaveLength(path.edgeIds.length);
      const shown = await page.getByTestId('brief-sentence').evaluateAll((els) => els.map((el) => el.firstChild?.textContent ?? ''));
      expect(parsed.sentences.map((s) => s.text)).toEqual(shown);
      expect(parsed.sources.length).toBeGreaterThan(0);
      expect(parsed.sources.map((s) => s.number)).toEqual(parsed.sources.map((_, i) => i + 1));
      for (const sentence of parsed.sentences) {
        expect(sentence.citations.length).toBeGreaterThan(0);
        for (const n of sentence.citations) expect(n).toBeLessThanOrEqual(parsed.sources.length);
      }
      // The test of the feature: every citation is verbatim in the document the Markdown names.
      for (const cited of parsed.sources) {
        const document = documents.get(cited.documentTitle);
        expect(document, `[${cited.number}] names no document: ${cited.documentTitle}`).toBeDefined();
        expect(document?.text.includes(cited.quote), `[${cited.number}] is not verbatim in ${cited.documentTitle}`).toBe(true);
      }

      const html = await downloadText(page, 'brief-download-html');
      expect(html.name).toBe('brief-how-ruben-vardanyan-connects-to-nikol-pashinyan.html');
      expect(html.text.startsWith('<!doctype html>')).toBe(true);
      expect(html.text).toContain('<h1>How Ruben Vardanyan connects to Nikol Pashinyan</h1>');
      expect(html.text).not.toMatch(/<script/i);

      await page.getByTestId('brief-copy').click();
      await expect.poll(() => page.getByTestId('brief-copy').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Copied');
      expect(await page.evaluate(() => (globalThis as unknown as BriefPageGlobals).navigator.clipboard.readText())).toBe(markdown.text);
      await session.screenshot('brief copied');

      // Escape closes it, gives focus back to the button that opened it, and leaves the paths as they were.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('brief-dialog').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
      expect(
        await page
          .getByTestId('path-explain')
          .first()
          .evaluate((el) => el === (globalThis as unknown as BriefPageGlobals).document.activeElement),
      ).toBe(true);
      expect(await page.getByTestId('path-result').count()).toBe(paths.length);

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });

  it('explains an entity’s relations on the canvas from its details, and a selection’s from the selection summary', async ({ task }) => {
    const { baseUrl } = explorer().app;
    const onCanvas = [RUBEN, AZERBAIJAN, FORCES, ARTSAKH];
    const among = RelationsAmongResponseSchema.parse((await call(baseUrl, '/api/relations/among', { body: { ids: onCanvas } })).body);
    const rubens = among.edges.filter((e) => e.source === RUBEN || e.target === RUBEN).map((e) => e.id);
    const betweenRubenAndAzerbaijan = among.edges
      .filter((e) => [e.source, e.target].includes(RUBEN) && [e.source, e.target].includes(AZERBAIJAN))
      .map((e) => e.id);
    // The premise: the canvas holds relations of his that do not involve Azerbaijan.
    expect(betweenRubenAndAzerbaijan.length).toBeGreaterThan(0);
    expect(rubens.length).toBeGreaterThan(betweenRubenAndAzerbaijan.length);

    const session = await openSession(explorer().browser, { baseUrl, testName: task.name });
    const { page } = session;
    try {
      await page.goto(`/?e=${onCanvas.join(',')}&sel=${RUBEN}`);
      await waitForCanvas(page, { nodes: onCanvas.length });
      await page.getByTestId('entity-details').waitFor({ timeout: UI_TIMEOUT_MS });
      await openBrief(page, 'entity-explain');
      expect(await page.getByTestId('brief-title').textContent()).toBe('What the sources say about Ruben Vardanyan');
      expect(await briefRelationIds(page)).toEqual([...rubens].sort());
      // The sentences read in the order of events: the dated detention before the undated accusation.
      const texts = await page.getByTestId('brief-sentence').allTextContents();
      const detained = texts.findIndex((t) => t.startsWith('On 27 September 2023, Azerbaijani Armed Forces detained Ruben Vardanyan'));
      const accused = texts.findIndex((t) => t.startsWith('Ruben Vardanyan accused Azerbaijan of'));
      expect(detained).toBeGreaterThanOrEqual(0);
      expect(accused).toBeGreaterThan(detained);
      await session.screenshot('brief of an entity');

      // A source opens in the reader at its sentence, in place of the brief.
      const firstSource = page.getByTestId('brief-source').first();
      const quote = await firstSource.getByTestId('brief-quote').textContent();
      const documentId = await firstSource.getAttribute('data-document-id');
      expect(quote?.length).toBeGreaterThan(8);
      await firstSource.getByTestId('brief-open-document').click();
      await expect.poll(() => page.getByTestId('brief-dialog').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
      const reader = page.getByTestId('document-reader');
      await reader.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await reader.getAttribute('data-document-id')).toBe(documentId);
      await page.getByTestId('highlighted-quote').waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await page.getByTestId('highlighted-quote').textContent()).toBe(quote);
      await page.getByTestId('reader-close').click();

      await page.goto(`/?e=${onCanvas.join(',')}&sel=${RUBEN},${AZERBAIJAN}`);
      await waitForCanvas(page, { nodes: onCanvas.length });
      await page.getByTestId('selection-summary').waitFor({ timeout: UI_TIMEOUT_MS });
      await openBrief(page, 'selection-explain');
      expect(await briefRelationIds(page)).toEqual([...betweenRubenAndAzerbaijan].sort());
      expect(await page.getByTestId('brief-source').count()).toBeGreaterThan(0);
      await session.screenshot('brief of a selection');

      expect(session.problems()).toEqual(NO_PROBLEMS);
    } finally {
      await session.close();
    }
  });
});
