// Counts as words: "1 entity", "3 entities", "no relations".

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  if (n === 0) return `no ${plural}`;
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}
