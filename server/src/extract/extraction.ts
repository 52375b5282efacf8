// What extraction reads (a document, the entities the graph knows, the vocabulary) and what it proposes.

/** An entity the graph already holds: its mentions are found, and a candidate that resembles it is a merge suggestion. */
export interface KnownEntity {
  id: string;
  type: string;
  name: string;
  aliases: readonly string[];
}

/** The part of the vocabulary extraction maps to: which types exist and which entity types each relation's ends may be. */
export interface ExtractionVocabulary {
  entityTypes: readonly string[];
  relationTypes: readonly { type: string; sourceTypes?: readonly string[] | undefined; targetTypes?: readonly string[] | undefined }[];
}

export interface ExtractionInput {
  text: string;
  /** The document's publication date (YYYY, YYYY-MM or YYYY-MM-DD), for dates the text states without a year. */
  date?: string | undefined;
  knownEntities: readonly KnownEntity[];
  vocabulary: ExtractionVocabulary;
}

/** [start, end) offsets into the document's text, in UTF-16 code units (JavaScript string indices). */
export interface TextSpan {
  start: number;
  end: number;
}

/** A known entity named in the text, by its name or an alias. */
export interface Mention extends TextSpan {
  entityId: string;
}

/** Why something was proposed: the rule, and the words of the text that triggered it. */
export interface Reason {
  rule: string;
  words: string;
}

/**
 * An end read from words that name it only through another end: "Veldish" in "the Veldish Health Minister X" stands for a
 * government only as the post's holder's employer ('title holder'), and in "Veldish officials" for a state only as the
 * officials' owner ('enclosing body'). Such an end pairs with that other end and nothing else.
 */
export type PairsOnlyWith = 'title holder' | 'enclosing body';

/** A name in the text that no known entity carries. */
export interface EntityCandidate extends TextSpan {
  /** The name as the candidate entity would carry it (the text's words, trimmed of articles and titles). */
  name: string;
  type: string;
  sentence: TextSpan;
  why: Reason;
  /** Set when the words here refer back to the entity rather than name it ("the war" read as "First Kessa War"): those words. */
  reference?: string;
  /** Set when the words stand for an entity only beside one other end, with which alone it may pair (see `PairsOnlyWith`). */
  pairsOnlyWith?: PairsOnlyWith;
  /** A known entity it resembles (similar spelling, acronym, transliteration): proposed as a merge, not as a new entity. */
  mergeWith?: { entityId: string; reason: string };
}

/** One end of a relation candidate: a known entity (entityId) or a candidate entity (by its name). */
export interface CandidateEnd extends TextSpan {
  entityId?: string;
  name: string;
  type: string;
}

export interface RelationCandidate {
  subject: CandidateEnd;
  object: CandidateEnd;
  /** A vocabulary type; absent when the words linking the ends map to none (an untyped "related" candidate). */
  type?: string;
  role?: string;
  /** A date the sentence states (YYYY, YYYY-MM or YYYY-MM-DD). */
  date?: string;
  sentence: TextSpan;
  why: Reason;
}

export interface Extraction {
  sentences: TextSpan[];
  mentions: Mention[];
  entities: EntityCandidate[];
  relations: RelationCandidate[];
}
