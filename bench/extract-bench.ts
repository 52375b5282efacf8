// Measures offline extraction against the curated seed graph (recall of entities and relations, noise) and its throughput.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_VOCABULARY } from '@kgx/contract';
import { extractFromDocument } from '../server/src/extract/extract-document.ts';
import type { Extraction, ExtractionVocabulary, RelationCandidate } from '../server/src/extract/extraction.ts';
import { findMentionSpans, foldName } from '../server/src/services/mention-spans.ts';

const DATA = join(import.meta.dirname, '..', 'graph-seed', 'data');
const THROUGHPUT_RUNS = 21;
const WARM_UP_SECONDS = 2;
const GENERATED_BYTES = Number(process.env.EXTRACT_BENCH_BYTES ?? 2 * 1024 * 1024);

interface SeedDocument {
  id: string;
  date?: string;
  file: string;
}
interface SeedEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}
interface SeedRelation {
  type: string;
  source: string;
  target: string;
  evidence: { documentId?: string; quote?: string }[];
}

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as T;
const documents = readJson<SeedDocument[]>('documents.json').map((d) => ({ ...d, text: readFileSync(join(DATA, d.file), 'utf8') }));
const entities = readJson<SeedEntity[]>('entities.json');
const relations = readJson<SeedRelation[]>('relations.json');

const vocabulary: ExtractionVocabulary = {
  entityTypes: DEFAULT_VOCABULARY.entityTypes.map((t) => t.name),
  relationTypes: DEFAULT_VOCABULARY.relationTypes.map((r) => ({ type: r.type, sourceTypes: r.sourceTypes, targetTypes: r.targetTypes })),
};

const extract = (text: string, date?: string): Extraction => extractFromDocument({ text, date, knownEntities: [], vocabulary });

/** The folded names an entity is known by: its name and aliases. */
const surfaces = new Map(entities.map((e) => [e.id, new Set([e.name, ...e.aliases].map(foldName))]));
const names = (id: string) => surfaces.get(id) ?? new Set<string>();

const extractions = new Map(documents.map((d) => [d.id, extract(d.text, d.date)]));

// Entities: a curated entity counts as proposed when some candidate's name is its name or an alias.
const proposedNames = new Map<string, Set<string>>(); // folded name → candidate types
for (const extraction of extractions.values()) {
  for (const candidate of extraction.entities) {
    const types = proposedNames.get(foldName(candidate.name)) ?? new Set<string>();
    types.add(candidate.type);
    proposedNames.set(foldName(candidate.name), types);
  }
}
const entityMisses: string[] = [];
const entityRows = new Map<string, { total: number; named: number; typed: number }>();
for (const entity of entities) {
  const row = entityRows.get(entity.type) ?? { total: 0, named: 0, typed: 0 };
  row.total++;
  const hits = [...names(entity.id)].map((n) => proposedNames.get(n)).filter((t) => t !== undefined);
  if (hits.length > 0) row.named++;
  else entityMisses.push(`MISS ENTITY ${entity.type} ${entity.name}${entity.aliases.length > 0 ? ` (${entity.aliases.join(', ')})` : ''}`);
  if (hits.some((types) => types.has(entity.type))) row.typed++;
  entityRows.set(entity.type, row);
}

// Relations: proposed as a pair when a candidate relation in a sentence the evidence quote lies in links the two ends.
const endMatches = (end: RelationCandidate['subject'], id: string) => names(id).has(foldName(end.name));

/** One curated relation the engine missed: its quote, and whether each end was a candidate in the quoted sentence. */
function describeMiss(relation: SeedRelation, quotes: SeedRelation['evidence'], pair: boolean): string {
  const lines = [`${pair ? 'UNTYPED' : 'MISS'} ${relation.type} ${relation.source} → ${relation.target}`];
  for (const evidence of quotes) {
    const document = documents.find((d) => d.id === evidence.documentId);
    const extraction = extractions.get(evidence.documentId ?? '');
    const at = document?.text.indexOf(evidence.quote!) ?? -1;
    if (!document || !extraction || at < 0) {
      lines.push(`    quote not found in ${evidence.documentId}: "${evidence.quote}"`);
      continue;
    }
    const quoteEnd = at + evidence.quote!.length;
    const inQuote = extraction.entities.filter((c) => c.sentence.end > at && c.sentence.start < quoteEnd);
    const endState = (id: string) => (inQuote.some((c) => names(id).has(foldName(c.name))) ? 'candidate' : 'NOT a candidate');
    lines.push(`    "${evidence.quote}"`);
    lines.push(
      `    source ${endState(relation.source)}, target ${endState(relation.target)}; candidates: ${inQuote.map((c) => `${c.name} (${c.type})`).join(', ')}`,
    );
    const proposed = extraction.relations.filter((r) => r.sentence.end > at && r.sentence.start < quoteEnd);
    for (const r of proposed) lines.push(`      proposed: ${r.subject.name} -${r.type ?? 'related'}-> ${r.object.name}`);
  }
  return lines.join('\n');
}

const LIST_MISSES = process.argv.includes('--misses');
const LIST_UNTYPED = process.argv.includes('--untyped');
const misses: string[] = [];
let withQuote = 0;
let asPair = 0;
let withType = 0;
for (const relation of relations) {
  const quotes = relation.evidence.filter((e) => e.quote && e.documentId);
  if (quotes.length === 0) continue;
  withQuote++;
  let pair = false;
  let typed = false;
  for (const evidence of quotes) {
    const document = documents.find((d) => d.id === evidence.documentId);
    const extraction = extractions.get(evidence.documentId ?? '');
    if (!document || !extraction) continue;
    const at = document.text.indexOf(evidence.quote!);
    if (at < 0) continue;
    const quoteEnd = at + evidence.quote!.length;
    for (const candidate of extraction.relations) {
      if (candidate.sentence.end <= at || candidate.sentence.start >= quoteEnd) continue;
      const forward = endMatches(candidate.subject, relation.source) && endMatches(candidate.object, relation.target);
      const backward = endMatches(candidate.subject, relation.target) && endMatches(candidate.object, relation.source);
      if (forward || backward) pair = true;
      if (forward && candidate.type === relation.type) typed = true;
    }
  }
  if (pair) asPair++;
  if (typed) withType++;
  if (!pair || (LIST_UNTYPED && !typed)) misses.push(describeMiss(relation, quotes, pair));
}
const relationCandidates = [...extractions.values()].reduce((n, e) => n + e.relations.length, 0);
const typedCandidates = [...extractions.values()].reduce((n, e) => n + e.relations.filter((r) => r.type).length, 0);

// Throughput: the five texts, then generated text (the five repeated to ~2 MB), medians of repeated runs.
function measureThroughput(): string[] {
  function medianSeconds(run: () => void, runs: number): number {
    // Warm-up: lexicon and verb forms are built on first use, and a 15 KB run is too short for the JIT to optimise the
    // rules in one pass; a server extracting documents all day runs the optimised code.
    const warmUntil = performance.now() + WARM_UP_SECONDS * 1000;
    do run();
    while (performance.now() < warmUntil);
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      run();
      times.push((performance.now() - started) / 1000);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  }
  const seedBytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const seedSeconds = medianSeconds(() => documents.forEach((d) => extract(d.text, d.date)), THROUGHPUT_RUNS);
  const joined = documents.map((d) => d.text).join('\n\n');
  const generated = joined.repeat(Math.ceil(GENERATED_BYTES / Buffer.byteLength(joined)));
  const generatedBytes = Buffer.byteLength(generated);
  const generatedSeconds = medianSeconds(() => extract(generated), 3);
  // Mention finding alone, as the importer runs it: the generated text against 5,000 known names (two words and an alias each).
  const SYLLABLES = ['ka', 'ri', 'mo', 'ten', 'var', 'lu', 'sa', 'dor', 'mi', 'nek', 'ol', 'ba', 'zan', 'ić', 'yan'];
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const syllableWord = () => {
    let word = '';
    for (let i = 0; i < 2 + Math.floor(random() * 3); i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const knownNames = Array.from({ length: 5000 }, (_, i) => ({
    id: `e${i}`,
    name: `${syllableWord()} ${syllableWord()}`,
    aliases: [syllableWord()],
  }));
  knownNames.push(...entities);
  const mentionSeconds = medianSeconds(() => findMentionSpans(generated, knownNames), 3);
  return [
    `| throughput, five seed texts (${(seedBytes / 1024).toFixed(1)} KB) | ${(seedBytes / 1024 / seedSeconds).toFixed(0)} KB/s | ≥ 1,024 KB/s |`,
    `| throughput, generated ${(generatedBytes / 1024 / 1024).toFixed(1)} MB | ${(generatedBytes / 1024 / generatedSeconds).toFixed(0)} KB/s | ≥ 1,024 KB/s |`,
    `| mention finding alone, generated text, ${knownNames.length.toLocaleString('en')} known names | ${(generatedBytes / 1024 / mentionSeconds).toFixed(0)} KB/s | |`,
  ];
}
const throughputLines = process.argv.includes('--skip-throughput') ? [] : measureThroughput();

const loadAverage = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);
const totals = [...entityRows.values()].reduce((t, r) => ({ total: t.total + r.total, named: t.named + r.named, typed: t.typed + r.typed }), { total: 0, named: 0, typed: 0 }); // prettier-ignore
const lines = [
  '| metric | value | aim |',
  '| --- | ---: | ---: |',
  `| curated entities proposed (by name or alias) | ${pct(totals.named, totals.total)} (${totals.named}/${totals.total}) | ≥ 95% |`,
  `| … and with the curated type | ${pct(totals.typed, totals.total)} (${totals.typed}/${totals.total}) | |`,
  ...[...entityRows].map(([type, r]) => `| … ${type} | ${pct(r.named, r.total)} named, ${pct(r.typed, r.total)} typed (${r.total}) | |`),
  `| curated relations proposed as a pair in the quoted sentence | ${pct(asPair, withQuote)} (${asPair}/${withQuote}) | ≥ 80% |`,
  `| … with the curated type and direction | ${pct(withType, withQuote)} (${withType}/${withQuote}) | ≥ 50% |`,
  `| relation candidates per curated relation | ${(relationCandidates / withQuote).toFixed(2)} (${relationCandidates}, ${typedCandidates} typed) | ≤ 4 |`,
  ...throughputLines,
  `| load average (1, 5, 15 min) | ${loadAverage} | |`,
];
console.log(lines.join('\n'));
if (LIST_MISSES) console.log(`\n${entityMisses.join('\n')}`);
if (LIST_MISSES || LIST_UNTYPED) console.log(`\n${misses.join('\n\n')}`);
