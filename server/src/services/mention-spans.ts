// Finds where entities are named in a text: whole-word, case-sensitive, longest name first, no overlaps.

export interface NamedEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export type Span = [start: number, end: number];

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isBoundary(text: string, index: number): boolean {
  const char = text[index];
  return char === undefined || !WORD_CHAR.test(char);
}

/** Map of entity id → spans [start, end) where its name or an alias stands as whole words. */
export function findMentionSpans(text: string, entities: readonly NamedEntity[]): Map<string, Span[]> {
  const surfaces = entities
    .flatMap((entity) => [entity.name, ...entity.aliases].map((surface) => ({ id: entity.id, surface })))
    .filter((s) => s.surface.trim().length >= 2)
    .sort((a, b) => b.surface.length - a.surface.length);

  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const spans = new Map<string, Span[]>();
  for (const { id, surface } of surfaces) {
    for (let at = text.indexOf(surface); at !== -1; at = text.indexOf(surface, at + 1)) {
      const end = at + surface.length;
      if (!isBoundary(text, at - 1) || !isBoundary(text, end)) continue;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      const list = spans.get(id) ?? [];
      list.push([at, end]);
      spans.set(id, list);
    }
  }
  for (const list of spans.values()) list.sort((a, b) => a[0] - b[0]);
  return spans;
}
