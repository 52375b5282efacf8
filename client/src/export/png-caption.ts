// What an exported picture says about itself: the caption (counts, data sets, dates, what is left out, when and where
// from) and the legend of the entity and relation types it shows. Pure: the layout and the drawing come after.
import { MENTIONS, latestDay, type GraphEdge, type GraphNode } from '@kgx/contract';
import { countOf } from '../domain/counts.ts';
import { formatDateRange, formatPartialDate } from '../domain/partial-date.ts';
import { collectDaySpans, findOutsideRange, isRangeActive } from '../domain/timeline.ts';
import { currentVocabulary, entityTypePlural, relationLabel, type VocabularyIndex } from '../domain/vocabulary.ts';
import type { TimelineState } from '../state/explorer-state.ts';

export interface ExportedViewInput {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  /** Ids of the nodes not shown: hidden by hand or by type in the legend. */
  hidden: readonly string[];
  timeline: TimelineState;
  /** Data set names by id; an id missing here is shown as it is. */
  datasetNames: ReadonlyMap<string, string>;
  /** The link that reproduces the view. */
  link: string;
  now: Date;
  vocabulary?: VocabularyIndex;
}

export type CaptionStyle = 'headline' | 'body' | 'note';

export interface CaptionLine {
  style: CaptionStyle;
  text: string;
}

export interface LegendEntry {
  /** The entity type (drawn as its glyph) or relation type (drawn as an arrow). */
  type: string;
  /** How it reads, with how many the picture shows: "People (3)", "detained (2)". */
  text: string;
}

export interface ExportedView {
  caption: CaptionLine[];
  entityTypes: LegendEntry[];
  relationTypes: LegendEntry[];
  /** When it was exported and the link back to it. */
  footer: CaptionLine[];
}

interface ElementCounts {
  entities: number;
  documents: number;
  relations: number;
  mentions: number;
}

function countElements(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): ElementCounts {
  const documents = nodes.filter((n) => n.type === 'Document').length;
  const mentions = edges.filter((e) => e.type === MENTIONS).length;
  return { entities: nodes.length - documents, documents, relations: edges.length - mentions, mentions };
}

/** "a", "a and b", "a, b and c". */
function listInWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** The non-zero counts in words: "1 entity and 3 relations"; '' when all are zero. */
function describeLeftOut(counts: ElementCounts): string {
  return listInWords(
    [
      counts.entities > 0 ? countOf(counts.entities, 'entity', 'entities') : '',
      counts.documents > 0 ? countOf(counts.documents, 'document') : '',
      counts.relations > 0 ? countOf(counts.relations, 'relation') : '',
      counts.mentions > 0 ? countOf(counts.mentions, 'mention') : '',
    ].filter((part) => part !== ''),
  );
}

/** "9 entities, 12 relations": entities and relations always, documents and mentions when there are any. */
function describeShown(counts: ElementCounts): string {
  return [
    countOf(counts.entities, 'entity', 'entities'),
    ...(counts.documents > 0 ? [countOf(counts.documents, 'document')] : []),
    countOf(counts.relations, 'relation'),
    ...(counts.mentions > 0 ? [countOf(counts.mentions, 'mention')] : []),
  ].join(', ');
}

/** A first day as the coarsest partial date that starts on it: 2023-01-01 → 2023, 2023-09-01 → 2023-09. */
function coarseStart(day: string): string {
  if (day.endsWith('-01-01')) return day.slice(0, 4);
  if (day.endsWith('-01')) return day.slice(0, 7);
  return day;
}

/** A last day as the coarsest partial date that ends on it: 2023-12-31 → 2023, 2023-09-30 → 2023-09. */
function coarseEnd(day: string): string {
  if (day.endsWith('-12-31')) return day.slice(0, 4);
  const month = day.slice(0, 7);
  return latestDay(month) === day ? month : day;
}

/** The days from the first to the last dated relation or event, as briefly as they read: "2020 – Sep 2023". */
export function describeDateSpan(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): string | null {
  const spans = collectDaySpans(nodes, edges);
  if (spans.length === 0) return null;
  const from = spans.reduce((first, span) => (span.from < first ? span.from : first), spans[0]?.from ?? '');
  const to = spans.reduce((last, span) => (span.to > last ? span.to : last), spans[0]?.to ?? '');
  return formatDateRange(coarseStart(from), coarseEnd(to));
}

/** The names of the data sets behind the given nodes and edges, sorted; unknown ids as they are. */
export function datasetNamesOf(nodes: readonly GraphNode[], edges: readonly GraphEdge[], names: ReadonlyMap<string, string>): string[] {
  const ids = new Set<string>();
  for (const element of [...nodes, ...edges]) for (const id of element.datasets ?? []) ids.add(id);
  return [...new Set([...ids].map((id) => names.get(id) ?? id))].sort((a, b) => a.localeCompare(b));
}

function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function byOrderThenName(order: (type: string) => number) {
  return (a: string, b: string) => order(a) - order(b) || a.localeCompare(b);
}

function tally(types: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const type of types) counts.set(type, (counts.get(type) ?? 0) + 1);
  return counts;
}

function entityLegend(nodes: readonly GraphNode[], vocabulary: VocabularyIndex): LegendEntry[] {
  const counts = tally(nodes.map((n) => n.type));
  const position = new Map(vocabulary.entityTypes.map((t, i) => [t.name, i]));
  // Vocabulary order, then types it does not know by name, documents last.
  const order = (type: string) => (type === 'Document' ? Infinity : (position.get(type) ?? vocabulary.entityTypes.length));
  return [...counts.keys()]
    .sort(byOrderThenName(order))
    .map((type) => ({ type, text: `${entityTypePlural(type, vocabulary)} (${counts.get(type) ?? 0})` }));
}

function relationLegend(edges: readonly GraphEdge[], vocabulary: VocabularyIndex): LegendEntry[] {
  const counts = tally(edges.map((e) => e.type));
  const order = (type: string) => (type === MENTIONS ? Infinity : vocabulary.relationOrder(type));
  return [...counts.keys()]
    .sort(byOrderThenName(order))
    .map((type) => ({ type, text: `${relationLabel(type, vocabulary)} (${counts.get(type) ?? 0})` }));
}

/** What the picture shows and says, from the canvas's records and what hides or fades them (as the canvas decides it). */
export function describeExportedView(input: ExportedViewInput): ExportedView {
  const vocabulary = input.vocabulary ?? currentVocabulary();
  const { from, to, mode } = input.timeline;
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const outside = findOutsideRange(input.nodes, input.edges, range);
  const byHand = new Set(input.hidden);
  // In 'hide' mode what falls outside the range is not drawn; in 'dim' mode it is drawn faded.
  const leftOut = (id: string) => mode === 'hide' && outside.has(id);

  const shownNodes = input.nodes.filter((n) => !byHand.has(n.id) && !leftOut(n.id));
  const shownIds = new Set(shownNodes.map((n) => n.id));
  const shownEdges = input.edges.filter((e) => shownIds.has(e.source) && shownIds.has(e.target) && !leftOut(e.id));
  const shownEdgeIds = new Set(shownEdges.map((e) => e.id));

  const hiddenNodes = input.nodes.filter((n) => byHand.has(n.id));
  // A relation goes with a hidden end; one whose ends are both there but that the timeline left out is the timeline's.
  const hiddenEdges = input.edges.filter((e) => byHand.has(e.source) || byHand.has(e.target));
  const timelineNodes = input.nodes.filter((n) => !byHand.has(n.id) && outside.has(n.id));
  const timelineEdges = input.edges.filter(
    (e) => !byHand.has(e.source) && !byHand.has(e.target) && (mode === 'hide' ? !shownEdgeIds.has(e.id) : outside.has(e.id)),
  );

  const caption: CaptionLine[] = [{ style: 'headline', text: describeShown(countElements(shownNodes, shownEdges)) }];
  const datasets = datasetNamesOf(shownNodes, shownEdges, input.datasetNames);
  if (datasets.length > 0)
    caption.push({ style: 'body', text: `${datasets.length === 1 ? 'Data set' : 'Data sets'}: ${datasets.join(' · ')}` });
  const dates = describeDateSpan(shownNodes, shownEdges);
  caption.push({ style: 'body', text: dates === null ? 'Dates: nothing shown is dated' : `Dates: ${dates}` });
  const hidden = describeLeftOut(countElements(hiddenNodes, hiddenEdges));
  if (hidden !== '') caption.push({ style: 'body', text: `Hidden: ${hidden}` });
  if (isRangeActive(range)) {
    const outsideInWords = describeLeftOut(countElements(timelineNodes, timelineEdges));
    const span = from && to ? formatDateRange(from, to) : from ? `from ${formatPartialDate(from)}` : `until ${formatPartialDate(to ?? '')}`;
    const effect =
      outsideInWords === '' ? 'nothing falls outside it' : `${outsideInWords} outside it ${mode === 'hide' ? 'left out' : 'faded'}`;
    caption.push({ style: 'body', text: `Timeline ${span}: ${effect}` });
  }

  return {
    caption,
    entityTypes: entityLegend(shownNodes, vocabulary),
    relationTypes: relationLegend(shownEdges, vocabulary),
    footer: [{ style: 'note', text: `Exported ${formatPartialDate(localDay(input.now))} · Link to this view: ${input.link}` }],
  };
}
