// What a node, an edge, a graph and a path look like on the wire.
import { z } from 'zod';
import { MENTIONS, NodeTypeSchema, RelationTypeSchema } from './vocabulary.ts';
import { PartialDateSchema, SourceCellsSchema } from './dataset.ts';

/** A verbatim sentence of a document. */
export const QuoteEvidenceSchema = z.object({
  documentId: z.string(),
  quote: z.string(),
  date: PartialDateSchema.optional(),
  /** The data set the evidence came with. */
  datasetId: z.string().optional(),
});
export type QuoteEvidence = z.infer<typeof QuoteEvidenceSchema>;

/** The record a relation was read from: a CSV file's row, or a published FollowTheMoney entity, with its cells. */
export const RecordEvidenceSchema = z.object({
  datasetId: z.string(),
  file: z.string().optional(),
  row: z.number().int().optional(),
  sourceUrl: z.string().optional(),
  publisher: z.string().optional(),
  record: SourceCellsSchema,
  date: PartialDateSchema.optional(),
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
  description: z.string().optional(),
  startDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  latitude: z.number().optional(),
  longitude: z.number().optional(),
  /** Number of who-did-what relations (documents' mentions not counted). */
  degree: z.number().int().nonnegative().optional(),
  /** The data sets that support it, in the order they arrived. */
  datasets: z.array(z.string()).optional(),
});
export type GraphNode = z.infer<typeof GraphNodeSchema>;

export const EdgeTypeSchema = z.union([RelationTypeSchema, z.literal(MENTIONS)]);
export type EdgeType = z.infer<typeof EdgeTypeSchema>;

export const GraphEdgeSchema = z.object({
  id: z.string(),
  type: EdgeTypeSchema,
  source: z.string(),
  target: z.string(),
  detail: z.string().optional(),
  role: z.string().optional(),
  startDate: PartialDateSchema.optional(),
  endDate: PartialDateSchema.optional(),
  /**
   * When the relation happened, as the first and last day (YYYY-MM-DD) it may cover. Derived once, at import, by one
   * rule: its own dates, else the dates of its evidence, else those of an Event at either end. Absent when undated.
   * Every date filter and the timeline use these; nobody recomputes them.
   */
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  /** The data sets that support it, in the order they arrived. */
  datasets: z.array(z.string()).optional(),
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
  dateFrom: z.string().optional(),
  dateTo: z.string().optional(),
  /** No date at all: the step may have happened at any time, so it never breaks the order. */
  undated: z.boolean(),
  /**
   * For a dated step after the first dated one: the index (among `steps`) of the dated step before it, and how the two
   * stand: `after` when this one starts after that one ends, `overlapping` when their days overlap (it can still follow).
   */
  follows: z.object({ step: z.number().int().nonnegative(), order: z.enum(['after', 'overlapping']) }).optional(),
});
export type TimedStep = z.infer<typeof TimedStepSchema>;

/** Why a path is in time order: each step in walking order with the days that put it there. */
export const PathTimeOrderSchema = z.object({ steps: z.array(TimedStepSchema) });
export type PathTimeOrder = z.infer<typeof PathTimeOrderSchema>;

export const PathSchema = GraphSchema.extend({
  length: z.number().int().nonnegative(),
  /** Node ids from `from` to `to`, in order. */
  nodeIds: z.array(z.string()),
  /** Edge ids in walking order; edges may point either way along the path. */
  edgeIds: z.array(z.string()),
  /** Present when the paths were asked for in time order. */
  timeOrder: PathTimeOrderSchema.optional(),
});
export type Path = z.infer<typeof PathSchema>;
