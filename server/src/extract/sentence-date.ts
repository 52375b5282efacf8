// Finds the date a sentence states ("on 19 September 2023", "September 19, 2023", "in 2023") as YYYY-MM-DD, YYYY-MM or YYYY.

// prettier-ignore
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};

const MONTH =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = '(?:\\s*[-–—]\\s*\\d{1,2}(?:st|nd|rd|th)?|\\s+to\\s+\\d{1,2})?';
const YEAR = '((?:1[5-9]|20)\\d\\d)';

// Most specific first; a range ("19–20 September") gives its first day.
const PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => { year?: string; month?: string; day?: string } }[] = [
  {
    pattern: new RegExp(`\\b${DAY}${RANGE}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'iu'),
    read: (m) => ({ day: m[1], month: m[2], year: m[3] }),
  },
  { pattern: new RegExp(`\\b${MONTH}\\s+${DAY}${RANGE}(?:,\\s*${YEAR})?\\b`, 'iu'), read: (m) => ({ month: m[1], day: m[2], year: m[3] }) },
  { pattern: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'iu'), read: (m) => ({ month: m[1], year: m[2] }) },
  {
    pattern: new RegExp(`\\b(?:in|since|by|during|until|of|from)\\s+(?:early\\s+|late\\s+|mid-)?${YEAR}\\b(?![-–]\\w)`, 'iu'),
    read: (m) => ({ year: m[1] }),
  },
  { pattern: new RegExp(`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, 'u'), read: (m) => ({ year: m[1], month: m[2], day: m[3] }) },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** The first date the sentence states; a day and month without a year take the year of `documentDate`, if given. */
export function findSentenceDate(sentence: string, documentDate?: string): string | undefined {
  let best: { at: number; value: string } | undefined;
  for (const { pattern, read } of PATTERNS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const parts = read(match);
    const month = parts.month === undefined ? undefined : (MONTHS[parts.month.toLowerCase().replace('.', '')] ?? Number(parts.month));
    const day = parts.day === undefined ? undefined : Number(parts.day);
    const year = parts.year ?? /^\d{4}/.exec(documentDate ?? '')?.[0];
    if (year === undefined) continue;
    if (month !== undefined && (month < 1 || month > 12)) continue;
    if (day !== undefined && (day < 1 || day > 31)) continue;
    const value = month === undefined ? year : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    // Earlier in the sentence wins; at the same place, the more specific pattern (listed first) does.
    if (!best || match.index < best.at) best = { at: match.index, value };
  }
  return best?.value;
}
