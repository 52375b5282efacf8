import { describe, expect, it } from 'vitest';
import { addressChangeOf, joinsWrittenGroup } from './address-change.ts';
import { EMPTY_URL_VIEW, type UrlView } from './url-state.ts';

const base: UrlView = {
  ...EMPTY_URL_VIEW,
  entityIds: ['person:a', 'person:b'],
  selection: ['person:a'],
  positions: { 'person:a': { x: 0, y: 0 }, 'person:b': { x: 10, y: 10 } },
  viewport: { zoom: 1, center: { x: 0, y: 0 } },
};
const path = { from: 'person:a', to: 'person:b', maxHops: 4, k: 3, relation: [] };
const relations = { predicate: ['DETAINED'], subjectType: [], objectType: [] };

describe('addressChangeOf', () => {
  it.each<[string, Partial<UrlView>]>([
    ['an entity added', { entityIds: ['person:a', 'person:b', 'person:c'] }],
    ['an entity removed', { entityIds: ['person:a'] }],
    ['an entity hidden', { hidden: ['person:b'] }],
    ['another panel', { panel: 'paths' }],
    ['another entity selected', { selection: ['person:b'] }],
    ['a path query run', { pathQuery: path }],
    ['a who-did-what query run', { relationQuery: relations }],
    ['the reader opened', { reader: { documentId: 'doc-1' } }],
  ])('adds a history entry for %s', (_, change) => {
    expect(addressChangeOf(base, { ...base, ...change })).toBe('push');
  });

  it.each<[string, Partial<UrlView>]>([
    ['nodes moved', { positions: { 'person:a': { x: 5, y: 5 }, 'person:b': { x: 10, y: 10 } } }],
    ['a zoom or pan', { viewport: { zoom: 2, center: { x: 40, y: -3 } } }],
    ['the same entities in another order', { entityIds: ['person:b', 'person:a'] }],
    ['another layout', { layout: 'grid' }],
    ['a pin', { pinned: ['person:a'] }],
    ['the selection cleared', { selection: [] }],
    ['a relation added to the selection of the same entity', { selection: ['rel:1', 'person:a'] }],
    ['the timeline moved', { timeline: { mode: 'dim', from: '2023' } }],
    ['the map opened', { mapOpen: true }],
    ['a type switched off in the legend', { hiddenTypes: ['Place'] }],
  ])('rewrites the current entry for %s', (_, change) => {
    expect(addressChangeOf(base, { ...base, ...change })).toBe('replace');
  });

  it('adds an entry for a query asked again with other settings, and rewrites when a query or the reader goes', () => {
    const withPath = { ...base, pathQuery: path };
    expect(addressChangeOf(withPath, { ...withPath, pathQuery: { ...path, maxHops: 6 } })).toBe('push');
    expect(addressChangeOf(withPath, { ...withPath, pathQuery: { ...path } })).toBe('replace');
    expect(addressChangeOf(withPath, base)).toBe('replace');
    const reading = { ...base, reader: { documentId: 'doc-1' } };
    expect(addressChangeOf(reading, { ...reading, reader: { documentId: 'doc-1', quote: 'a quote' } })).toBe('replace');
    expect(addressChangeOf(reading, base)).toBe('replace');
  });
});

describe('joinsWrittenGroup', () => {
  it('rewrites the entry for the next step of the group last written, and for nothing else', () => {
    expect(joinsWrittenGroup({ seq: 3, group: 'playback-1' }, { seq: 4, group: 'playback-1' })).toBe(true);
    // No new canvas change (a panel switched after the playback): the usual rule decides.
    expect(joinsWrittenGroup({ seq: 4, group: 'playback-1' }, { seq: 4, group: 'playback-1' })).toBe(false);
    expect(joinsWrittenGroup({ seq: 4, group: 'playback-1' }, { seq: 5, group: 'playback-2' })).toBe(false);
    expect(joinsWrittenGroup({ seq: 4 }, { seq: 5, group: 'playback-1' })).toBe(false);
    expect(joinsWrittenGroup({ seq: 4 }, { seq: 5 })).toBe(false);
  });
});
