import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../graph-view/layouts.ts';
import { decodeUrlView, EMPTY_URL_VIEW, encodeUrlView, type UrlView } from './url-state.ts';

const fullView: UrlView = {
  entityIds: ['person:ruben-vardanyan', 'organisation:azerbaijani-armed-forces', 'place:nagorno-karabakh'],
  hidden: ['place:nagorno-karabakh'],
  pinned: ['person:ruben-vardanyan'],
  selection: ['person:ruben-vardanyan', 'rel:42'],
  panel: 'paths',
  layout: 'concentric',
  neighborFilter: { relation: ['DETAINED', 'LEADS'], type: ['Person'] },
  pathQuery: { from: 'person:ruben-vardanyan', to: 'place:nagorno-karabakh', maxHops: 4, k: 2, relation: ['DETAINED'] },
  relationQuery: {
    subject: 'organisation:azerbaijani-armed-forces',
    predicate: ['DETAINED'],
    subjectType: [],
    objectType: ['Person'],
    from: '2023-09',
    to: '2023',
  },
  timeline: { from: '2023-09-01', to: '2023-10', mode: 'hide', scope: 'graph' },
  mapOpen: true,
  hiddenTypes: ['Event', 'Place'],
  tableOpen: true,
  reader: {
    documentId: '003_8d857074b5059b4f',
    quote: 'Ruben Vardanyan, a former high-level Artsakh government official, was apprehended',
  },
};

describe('URL view state', () => {
  it('round-trips a full view', () => {
    expect(decodeUrlView(encodeUrlView(fullView))).toEqual(fullView);
  });

  it('carries a path query asked in time order, and leaves the option out when it is off', () => {
    const pathQuery = { from: 'person:ruben-vardanyan', to: 'person:nikol-pashinyan', maxHops: 6, k: 3, relation: [], timeOrdered: true };
    const view: UrlView = { ...fullView, pathQuery };
    const search = encodeUrlView(view);
    expect(search).toContain('po=1');
    expect(decodeUrlView(search)).toEqual(view);
    expect(encodeUrlView(fullView)).not.toContain('po=');
  });

  it('carries who-did-what and paths asked with organs and members as wi=1 and pi=1, and leaves them out when off', () => {
    const view: UrlView = {
      ...fullView,
      pathQuery: { from: 'place:azerbaijan', to: 'person:ruben-vardanyan', maxHops: 2, k: 3, relation: ['DETAINED'], includeOrgans: true },
      relationQuery: { subject: 'place:azerbaijan', predicate: [], subjectType: [], objectType: [], includeOrgans: true },
    };
    const search = encodeUrlView(view);
    expect(search).toContain('wi=1');
    expect(search).toContain('pi=1');
    expect(decodeUrlView(search)).toEqual(view);
    expect(encodeUrlView(fullView)).not.toMatch(/[?&](wi|pi)=/);
    expect(decodeUrlView('?wi=yes').relationQuery).toEqual({ predicate: [], subjectType: [], objectType: [] });
  });

  it('keeps the organs option of a shared who-did-what link that sets nothing else', () => {
    expect(decodeUrlView('?wi=1').relationQuery).toEqual({ predicate: [], subjectType: [], objectType: [], includeOrgans: true });
  });

  it('carries an open map as map=1 and leaves it out when the map is closed', () => {
    expect(encodeUrlView({ ...EMPTY_URL_VIEW, mapOpen: true })).toBe('?map=1');
    expect(decodeUrlView('?map=1').mapOpen).toBe(true);
    expect(decodeUrlView('?map=yes').mapOpen).toBe(false);
  });

  it('carries the whole-graph timeline as ts=graph and leaves the canvas timeline out', () => {
    expect(encodeUrlView({ ...EMPTY_URL_VIEW, timeline: { mode: 'dim', scope: 'graph' } })).toBe('?ts=graph');
    expect(decodeUrlView('?ts=graph').timeline.scope).toBe('graph');
    expect(decodeUrlView('?ts=all').timeline).not.toHaveProperty('scope');
  });

  it('carries the types switched off in the legend, and drops names that are not types', () => {
    expect(encodeUrlView({ ...EMPTY_URL_VIEW, hiddenTypes: ['Event', 'Place'] })).toBe('?ht=Event,Place');
    expect(decodeUrlView('?ht=Event,not%20a%20type,Place').hiddenTypes).toEqual(['Event', 'Place']);
  });

  it('is empty for the default view and decodes an empty query to it', () => {
    expect(encodeUrlView(EMPTY_URL_VIEW)).toBe('');
    expect(decodeUrlView('')).toEqual(EMPTY_URL_VIEW);
  });

  it('keeps entity ids readable', () => {
    const search = encodeUrlView({ ...EMPTY_URL_VIEW, entityIds: ['person:ruben-vardanyan', 'place:stepanakert'] });
    expect(search).toBe('?e=person:ruben-vardanyan,place:stepanakert');
  });

  it('round-trips element ids with commas and odd characters', () => {
    const view = { ...EMPTY_URL_VIEW, selection: ['5:abc,def:12', 'x y&z'] };
    expect(decodeUrlView(encodeUrlView(view)).selection).toEqual(['5:abc,def:12', 'x y&z']);
  });

  it('keeps a who-did-what query that has no filters set', () => {
    const view: UrlView = { ...EMPTY_URL_VIEW, relationQuery: { predicate: [], subjectType: [], objectType: [] } };
    expect(decodeUrlView(encodeUrlView(view)).relationQuery).toEqual(view.relationQuery);
  });

  it('drops what it cannot trust', () => {
    const view = decodeUrlView(
      '?e=person:ok,not%20an%20id,person:ok&panel=settings&layout=spiral&xr=DETAINED,drop%20table&xt=Person,robot&pf=person:a&pt=bad%20id&t0=yesterday&t1=2023-13&hidden=person:elsewhere&tm=blink',
    );
    expect(view.entityIds).toEqual(['person:ok']);
    expect(view.panel).toBe('explore');
    expect(view.layout).toBe(DEFAULT_LAYOUT);
    expect(view.neighborFilter).toEqual({ relation: ['DETAINED'], type: ['Person'] });
    expect(view.pathQuery).toBeNull();
    expect(view.timeline).toEqual({ mode: 'dim' });
    expect(view.hidden).toEqual([]);
  });

  it('clamps hops and k into their allowed ranges', () => {
    const view = decodeUrlView('?pf=person:a&pt=person:b&hops=99&k=0');
    expect(view.pathQuery).toMatchObject({ maxHops: 10, k: 1 });
  });

  it('survives malformed percent-encoding', () => {
    expect(decodeUrlView('?e=person:a,%E0%A4%A&doc=%').entityIds).toEqual(['person:a']);
  });
});
