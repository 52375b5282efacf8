// The Cypher that keeps a node's or relationship's `datasets` list, and one list beside it in the same order.
// Writes and removals share it, so the lists cannot drift apart.

/** A list kept in step with `datasets`: each data set's own value, and what fills a slot nobody wrote. */
export interface DatasetList {
  property: 'datasetProps' | 'counts';
  /** The value the writing data set puts in its slot (an expression over `row`). */
  value: string;
  blank: string;
}

/** Each data set's properties as JSON, so the next one's can come forward when the first is removed. */
export const DATASET_PROPS: DatasetList = { property: 'datasetProps', value: 'row.json', blank: "''" };
/** Each data set's mention count. */
export const MENTION_COUNTS: DatasetList = { property: 'counts', value: 'row.count', blank: '0' };

/**
 * Adds `$dataset` to `v.datasets` (in arrival order) and puts its value in its slot of the list beside it, then
 * carries `first`: whether `$dataset` is the data set whose word is shown. `_lock` takes the write lock before the
 * lists are read, so two imports touching one element cannot lose a tag.
 */
export const supportedBy = (v: string, list: DatasetList) => `
SET ${v}._lock = true
WITH ${v}, row, coalesce(${v}.datasets, []) AS had, coalesce(${v}.${list.property}, []) AS hadValues
WITH ${v}, row, hadValues, CASE WHEN $dataset IN had THEN had ELSE had + $dataset END AS datasets
SET ${v}.datasets = datasets,
  ${v}.${list.property} = [i IN range(0, size(datasets) - 1) |
    CASE WHEN datasets[i] = $dataset THEN ${list.value} ELSE coalesce(hadValues[i], ${list.blank}) END]
REMOVE ${v}._lock
WITH ${v}, row, datasets[0] = $dataset AS first`;

/** Takes `$id` out of `v.datasets` and its slot out of the list beside it, under the write lock. */
export const untagged = (v: string, list: DatasetList) => `
  SET ${v}._lock = true
  WITH ${v}, [i IN range(0, size(${v}.datasets) - 1) WHERE ${v}.datasets[i] <> $id] AS kept,
    coalesce(${v}.${list.property}, []) AS values
  SET ${v}.datasets = [i IN kept | ${v}.datasets[i]], ${v}.${list.property} = [i IN kept | coalesce(values[i], ${list.blank})]
  REMOVE ${v}._lock`;
