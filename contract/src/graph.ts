// What a node, an edge, a graph and a path look like on the wire.
import { z } from 'zod/mini';
import { MENTIONS, NodeTypeSchema, RelationTypeSchema } from './vocabulary.ts';
import { PartialDateSchema, SourceCellsSchema } from './values.ts';

/** A verbatim sentence of a document. */
export const QuoteEvidenceSchema = z.object({
  documentId: z.string(),
  quote: z.string(),
  date: z.optional(PartialDateSchema),
  /** The data set the evidence came with. */
  datasetId: z.optional(z.string()),
});
export type QuoteEvidence = z.infer<typeof QuoteEvidenceSchema>;

/** The record a relation was read from: a CSV file's row, or a published FollowTheMoney entity, with its cells. */
export const RecordEvidenceSchema = z.object({
  datasetId: z.string(),
  file: z.optional(z.string()),
  row: z.optional(z.int()),
  sourceUrl: z.optional(z.string()),
  publisher: z.optional(z.string()),
  record: SourceCellsSchema,
  date: z.optional(PartialDateSchema),
});
export type RecordEvidence = z.infer<typeof RecordEvidenceSchema>;

export const EvidenceSchema = z.union([QuoteEvidenceSchema, RecordEvidenceSchema]);
export type Evidence = z.infer<typeof EvidenceSchema>;

export function isQuoteEvidence(evidence: Evidence): evidence is QuoteEvidence {
  return 'quote' in evidence;
}

export const GraphNodeSchema = z.object({
  id: z.string(),
  type: NodeTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  description: z.optional(z.string()),
  startDate: z.optional(PartialDateSchema),
  endDate: z.optional(PartialDateSchema),
  latitude: z.optional(z.number()),
  longitude: z.optional(z.number()),
  /** Number of who-did-what relations (documents' mentions not counted). */
  degree: z.optional(z.int().check(z.nonnegative())),
  /** The data sets that support it, in the order they arrived. */
  datasets: z.optional(z.array(z.string())),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const EdgeTypeSchema = z.union([RelationTypeSchema, z.literal(MENTIONS)]);
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: EdgeTypeSchema,
  source: z.string(),
  target: z.string(),
  detail: z.optional(z.string()),
  role: z.optional(z.string()),
  startDate: z.optional(PartialDateSchema),
  endDate: z.optional(PartialDateSchema),
  /**
   * When the relation happened, as the first and last day (YYYY-MM-DD) it may cover. Derived once, at import, by one
   * rule: its own dates, else the dates of its evidence, else those of an Event at either end. Absent when undated.
   * Every date filter and the timeline use these; nobody recomputes them.
   */
  dateFrom: z.optional(z.string()),
  dateTo: z.optional(z.string()),
  /** The data sets that support it, in the order they arrived. */
  datasets: z.optional(z.array(z.string())),
  evidence: z.array(EvidenceSchema),
});
export type GraphEdge = z.infer<typeof GraphEdgeSchema>;

export const GraphSchema = z.object({
  nodes: z.array(GraphNodeSchema),
  edges: z.array(GraphEdgeSchema),
});
export type Graph = z.infer<typeof GraphSchema>;

/** One step of a path as a time-ordered search read it: the days it may cover, or undated. */
export const TimedStepSchema = z.object({
  edgeId: z.string(),
  /** The relation's derived `dateFrom`/`dateTo`: the first and last day it may have happened. Absent when undated. */
  dateFrom: z.optional(z.string()),
  dateTo: z.optional(z.string()),
  /** No date at all: the step may have happened at any time, so it never breaks the order. */
  undated: z.boolean(),
  /**
   * For a dated step after the first dated one: the index (among `steps`) of the dated step before it, and how the two
   * stand: `after` when this one starts after that one ends, `overlapping` when their days overlap (it can still follow).
   */
  follows: z.optional(z.object({ step: z.int().check(z.nonnegative()), order: z.enum(['after', 'overlapping']) })),
});
export type TimedStep = z.infer<typeof TimedStepSchema>;

/** Why a path is in time order: each step in walking order with the days that put it there. */
export const PathTimeOrderSchema = z.object({ steps: z.array(TimedStepSchema) });
export type PathTimeOrder = z.infer<typeof PathTimeOrderSchema>;

export const PathSchema = z.extend(GraphSchema, {
  length: z.int().check(z.nonnegative()),
  /** Node ids from `from` to `to`, in order. */
  nodeIds: z.array(z.string()),
  /** Edge ids in walking order; edges may point either way along the path. */
  edgeIds: z.array(z.string()),
  /** Present when the paths were asked for in time order. */
  timeOrder: z.optional(PathTimeOrderSchema),
});
export type Path = z.infer<typeof PathSchema>;
