// Suggests merging a candidate into a known entity it resembles: same name folded, a transliteration, an acronym, close spelling.
import type { EntityCandidate, KnownEntity } from './extraction.ts';
import { initialsOf, jaroWinkler, transliterationKey } from './name-similarity.ts';
import { foldName } from '../services/mention-spans.ts';

/** Names this similar (Jaro-Winkler) are proposed as one, when both are long enough for the score to mean something. */
export const SIMILARITY_THRESHOLD = 0.9;
export const MIN_SIMILAR_LENGTH = 6;

interface Surface {
  entityId: string;
  surface: string;
  folded: string;
}

export interface MergeIndex {
  byFolded: Map<string, Surface>;
  byKey: Map<string, Surface>;
  byInitials: Map<string, Surface>;
  /** Surfaces by first folded letter, for the similarity scan. */
  byFirstLetter: Map<string, Surface[]>;
}

export function buildMergeIndex(known: readonly KnownEntity[]): MergeIndex {
  const index: MergeIndex = { byFolded: new Map(), byKey: new Map(), byInitials: new Map(), byFirstLetter: new Map() };
  for (const entity of known) {
    for (const surface of [entity.name, ...entity.aliases]) {
      const folded = foldName(surface);
      if (folded.length < 2) continue;
      const entry = { entityId: entity.id, surface, folded };
      if (!index.byFolded.has(folded)) index.byFolded.set(folded, entry);
      const key = transliterationKey(surface);
      if (!index.byKey.has(key)) index.byKey.set(key, entry);
      const initials = initialsOf(surface);
      if (initials.length >= 2 && surface.includes(' ') && !index.byInitials.has(initials)) index.byInitials.set(initials, entry);
      const list = index.byFirstLetter.get(folded[0]!) ?? [];
      list.push(entry);
      index.byFirstLetter.set(folded[0]!, list);
    }
  }
  return index;
}

/** The known entity a candidate name resembles, and which test said so. */
export function findMerge(name: string, index: MergeIndex): { entityId: string; reason: string } | undefined {
  const folded = foldName(name);
  const same = index.byFolded.get(folded);
  if (same) return { entityId: same.entityId, reason: `same name as "${same.surface}" ignoring case and accents` };
  const variant = index.byKey.get(transliterationKey(name));
  if (variant) return { entityId: variant.entityId, reason: `transliteration variant of "${variant.surface}"` };
  if (/^[\p{Lu}.&]{2,8}$/u.test(name)) {
    const expanded = index.byInitials.get(name.replace(/\./g, ''));
    if (expanded) return { entityId: expanded.entityId, reason: `acronym of "${expanded.surface}"` };
  }
  const asAcronym = index.byFolded.get(initialsOf(name).toLowerCase());
  if (name.includes(' ') && asAcronym && initialsOf(name).length >= 2 && /^[\p{Lu}]+$/u.test(asAcronym.surface)) {
    return { entityId: asAcronym.entityId, reason: `"${asAcronym.surface}" is its acronym` };
  }
  if (folded.length < MIN_SIMILAR_LENGTH) return undefined;
  let best: { surface: Surface; score: number } | undefined;
  for (const surface of index.byFirstLetter.get(folded[0]!) ?? []) {
    if (surface.folded.length < MIN_SIMILAR_LENGTH || Math.abs(surface.folded.length - folded.length) > folded.length / 4) continue;
    const score = jaroWinkler(folded, surface.folded);
    if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { surface, score };
  }
  if (best)
    return {
      entityId: best.surface.entityId,
      reason: `similar spelling to "${best.surface.surface}" (Jaro-Winkler ${best.score.toFixed(2)})`,
    };
  return undefined;
}

/** Adds `mergeWith` to every candidate whose name resembles a known entity's name or alias. */
export function suggestMerges(candidates: readonly EntityCandidate[], known: readonly KnownEntity[]): EntityCandidate[] {
  if (known.length === 0) return [...candidates];
  const index = buildMergeIndex(known);
  const cache = new Map<string, ReturnType<typeof findMerge>>();
  return candidates.map((candidate) => {
    if (!cache.has(candidate.name)) cache.set(candidate.name, findMerge(candidate.name, index));
    const mergeWith = cache.get(candidate.name);
    return mergeWith ? { ...candidate, mergeWith } : candidate;
  });
}
