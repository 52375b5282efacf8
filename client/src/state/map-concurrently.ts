// Runs an async function over items with at most `limit` calls in flight; results keep the items' order.

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function mapConcurrently<I, O>(items: readonly I[], limit: number, run: (item: I) => Promise<O>): Promise<Settled<O>[]> {
  const results: Settled<O>[] = new Array(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      const item = items[index] as I;
      try {
        results[index] = { ok: true, value: await run(item) };
      } catch (error) {
        results[index] = { ok: false, error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
