// Counts as words: "1 entity", "3 entities", "no relations".

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `no ${plural}`;
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

/** What a data set holds, would hold, or took with it: entities, relations, (quotes,) documents. */
export function describeCounts(
  counts: { entities: number; relations: number; evidence: number; documents: number },
  opts: { separator?: string; quotes?: boolean } = {},
): string {
  return [
    countOf(counts.entities, 'entity', 'entities'),
    countOf(counts.relations, 'relation'),
    ...(opts.quotes === false ? [] : [countOf(counts.evidence, 'quote')]),
    countOf(counts.documents, 'document'),
  ].join(opts.separator ?? ', ');
}

/** What review added to a data set: "3 relations and 1 entity accepted in review"; nothing when it added none. */
export function describeAccepted(accepted: { entities: number; relations: number } | undefined): string | undefined {
  if (!accepted || (accepted.entities === 0 && accepted.relations === 0)) return undefined;
  const parts = [
    ...(accepted.relations > 0 ? [countOf(accepted.relations, 'relation')] : []),
    ...(accepted.entities > 0 ? [countOf(accepted.entities, 'entity', 'entities')] : []),
  ];
  return `${parts.join(' and ')} accepted in review`;
}
