// How two records of support become one when an entity is merged into another: the data sets of both, in order, each
// with its own stored properties, and every piece of evidence of both (the same quote of the same data set once).

/** A relationship's stored properties, as the graph keeps them (dataset-writes.ts). */
export type StoredProps = Record<string, unknown>;

const EVIDENCE_LISTS = ['evidenceDocumentIds', 'evidenceQuotes', 'evidenceDates', 'evidenceRecords', 'evidenceDatasetIds'] as const;

function list(props: StoredProps, key: string): unknown[] {
  const value = props[key];
  return Array.isArray(value) ? value : [];
}

/** The data sets of both, the kept side first, each with the value the side that had it stored. */
function unionBeside(kept: StoredProps, moved: StoredProps, beside: string): { datasets: unknown[]; values: unknown[] } {
  const datasets = [...list(kept, 'datasets')];
  const values = [...list(kept, beside)];
  list(moved, 'datasets').forEach((dataset, i) => {
    if (datasets.includes(dataset)) return;
    datasets.push(dataset);
    values.push(list(moved, beside)[i] ?? '');
  });
  return { datasets, values };
}

/**
 * A relationship that the kept entity already has and the merged one brings again: the kept one's properties are
 * shown; the data sets and the evidence of both are kept, evidence grouped by data set in the order of `datasets`.
 */
export function combineRelationProps(kept: StoredProps, moved: StoredProps): StoredProps {
  const { datasets, values } = unionBeside(kept, moved, 'datasetProps');
  const entries = [kept, moved].flatMap((props) =>
    list(props, 'evidenceDatasetIds').map((dataset, i) => ({
      documentId: list(props, 'evidenceDocumentIds')[i] ?? '',
      quote: list(props, 'evidenceQuotes')[i] ?? '',
      date: list(props, 'evidenceDates')[i] ?? '',
      record: list(props, 'evidenceRecords')[i] ?? '',
      dataset,
    })),
  );
  const unique = entries.filter(
    (e, i) =>
      entries.findIndex((o) => o.dataset === e.dataset && o.documentId === e.documentId && o.quote === e.quote && o.record === e.record) ===
      i,
  );
  const evidence = datasets.flatMap((dataset) => unique.filter((e) => e.dataset === dataset));
  const combined: StoredProps = { ...kept, datasets, datasetProps: values };
  const fields = ['documentId', 'quote', 'date', 'record', 'dataset'] as const;
  EVIDENCE_LISTS.forEach((key, i) => {
    const field = fields[i] ?? 'dataset';
    combined[key] = evidence.map((e) => e[field]);
  });
  return combined;
}

/** A document's mentions of both entities: the data sets of both, a data set's two counts added up. */
export function combineMentionProps(kept: StoredProps, moved: StoredProps): StoredProps {
  const datasets = [...list(kept, 'datasets')];
  const counts = list(kept, 'counts').map(Number);
  list(moved, 'datasets').forEach((dataset, i) => {
    const count = Number(list(moved, 'counts')[i] ?? 0);
    const at = datasets.indexOf(dataset);
    if (at === -1) {
      datasets.push(dataset);
      counts.push(count);
    } else counts[at] = (counts[at] ?? 0) + count;
  });
  return { ...kept, datasets, counts, count: counts[0] ?? 0 };
}

/** The kept entity's names and data sets once the other is merged into it: every name of the other becomes an alias. */
export function combineEntityProps(kept: StoredProps, moved: StoredProps): StoredProps {
  const name = String(kept['name'] ?? '');
  const aliases: string[] = list(kept, 'aliases').map(String);
  for (const alias of [String(moved['name'] ?? ''), ...list(moved, 'aliases').map(String)]) {
    const lower = alias.toLowerCase();
    if (alias.trim() === '' || lower === name.toLowerCase() || aliases.some((a) => a.toLowerCase() === lower)) continue;
    aliases.push(alias);
  }
  const { datasets, values } = unionBeside(kept, moved, 'datasetProps');
  return { ...kept, aliases, aliasText: aliases.join(' | '), datasets, datasetProps: values };
}
