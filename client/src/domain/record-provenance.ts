// Where a record came from, in words: "people.csv, row 12" or "OpenSanctions", and a source link only when it is one.
import type { RecordEvidence } from '@kgx/contract';

export function recordProvenance(evidence: Pick<RecordEvidence, 'file' | 'row' | 'publisher'>): string {
  const place =
    evidence.file === undefined ? undefined : evidence.row === undefined ? evidence.file : `${evidence.file}, row ${evidence.row}`;
  return [place, evidence.publisher].filter((part): part is string => part !== undefined).join(' · ') || 'a record';
}

/** A source URL is a user's text: it becomes a link only as plain http(s), never `javascript:` or `data:`. */
export function safeSourceUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
