// Runs axe-core's accessibility rules inside a page and keeps what the product promises to fix: critical, serious and
// moderate violations, each with the elements it names.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** The rules engine as one script; evaluated through the DevTools protocol, so the page's CSP does not stop it. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const REPORTED_IMPACTS: readonly string[] = ['critical', 'serious', 'moderate'];

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, and axe's summary of what is wrong with the first few. */
  targets: string[];
  summary: string;
}

interface AxeResultLike {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[]; failureSummary?: string }[];
  }[];
}

/** The violations of at least moderate impact on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const installed = await page.evaluate(() => 'axe' in globalThis);
  if (!installed) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const page = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> }; document: unknown };
    return page.axe.run(page.document, { resultTypes: ['violations'] });
  });
  return (result as AxeResultLike).violations
    .filter((v) => REPORTED_IMPACTS.includes(v.impact ?? ''))
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      summary: v.nodes
        .slice(0, 3)
        .map((n) => n.failureSummary ?? '')
        .join(' | '),
    }));
}
