import { describe, expect, it } from 'vitest';
import { DEFAULT_LAYOUT } from '../graph-view/layouts.ts';
import { decodeUrlView, EMPTY_URL_VIEW, encodeUrlView, MAX_LINK_COORDINATE, type UrlView } from './url-state.ts';

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
  positions: { 'person:ruben-vardanyan': { x: 120, y: -45 }, 'place:nagorno-karabakh': { x: -300, y: 0 } },
  viewport: { zoom: 1.2345, center: { x: -12.5, y: 40 } },
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

  it('carries the longer time budget of a time-ordered search as pb (bug: a shared link lost "Keep looking")', () => {
    const view: UrlView = {
      ...fullView,
      pathQuery: {
        from: 'place:azerbaijan',
        to: 'person:ruben-vardanyan',
        maxHops: 4,
        k: 3,
        relation: [],
        timeOrdered: true,
        timeBudgetMs: 10_000,
      },
    };
    const search = encodeUrlView(view);
    expect(search).toContain('pb=10000');
    expect(decodeUrlView(search)).toEqual(view);
    // Only with timeOrdered, and only within the server's bounds; anything else is dropped, not sent to be refused.
    const plain = { ...view, pathQuery: { ...view.pathQuery!, timeOrdered: false } };
    expect(encodeUrlView(plain)).not.toMatch(/[?&]pb=/);
    const base = '?pf=place:azerbaijan&pt=person:ruben-vardanyan&po=1';
    for (const pb of ['0', '60001', '-5', '1e4', 'soon', '99999999999']) {
      expect(decodeUrlView(`${base}&pb=${pb}`).pathQuery?.timeBudgetMs, pb).toBeUndefined();
    }
    expect(decodeUrlView(`${base}&pb=60000`).pathQuery?.timeBudgetMs).toBe(60_000);
    expect(decodeUrlView('?pf=place:azerbaijan&pt=person:ruben-vardanyan&pb=5000').pathQuery?.timeBudgetMs).toBeUndefined();
  });

  it('carries paths asked through hubs as ph=1, and leaves it out when off', () => {
    const view: UrlView = {
      ...fullView,
      pathQuery: { from: 'place:azerbaijan', to: 'person:ruben-vardanyan', maxHops: 4, k: 3, relation: [], throughHubs: true },
    };
    const search = encodeUrlView(view);
    expect(search).toContain('ph=1');
    expect(decodeUrlView(search)).toEqual(view);
    expect(encodeUrlView(fullView)).not.toMatch(/[?&]ph=/);
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

describe('URL view state: positions, zoom and the middle of the view', () => {
  const ids = ['person:a', 'person:b', 'person:c'];

  it('writes positions in the order of the entities, an empty slot for one without, and the frame beside them', () => {
    const view: UrlView = {
      ...EMPTY_URL_VIEW,
      entityIds: ids,
      positions: { 'person:a': { x: 10, y: -20 }, 'person:c': { x: 0, y: 7 } },
      viewport: { zoom: 0.75, center: { x: 3.25, y: -1 } },
    };
    const search = encodeUrlView(view);
    expect(search).toBe('?e=person:a,person:b,person:c&pos=10_-20,,0_7&z=0.75&c=3.3_-1');
    expect(decodeUrlView(search)).toEqual({ ...view, viewport: { zoom: 0.75, center: { x: 3.3, y: -1 } } });
  });

  it('rounds positions to whole units and the zoom to four places', () => {
    const view: UrlView = {
      ...EMPTY_URL_VIEW,
      entityIds: ['person:a'],
      positions: { 'person:a': { x: 10.6, y: -0.4 } },
      viewport: { zoom: 1.234567, center: { x: 0.04, y: 0 } },
    };
    expect(encodeUrlView(view)).toBe('?e=person:a&pos=11_0&z=1.2346&c=0_0');
  });

  it('leaves pos out when no entity has a position', () => {
    expect(encodeUrlView({ ...EMPTY_URL_VIEW, entityIds: ids })).toBe('?e=person:a,person:b,person:c');
  });

  it('keeps each position with its entity when invalid or repeated ids before it are dropped', () => {
    const view = decodeUrlView('?e=person:a,not%20an%20id,person:a,person:b&pos=1_1,2_2,3_3,4_4');
    expect(view.entityIds).toEqual(['person:a', 'person:b']);
    expect(view.positions).toEqual({ 'person:a': { x: 1, y: 1 }, 'person:b': { x: 4, y: 4 } });
  });

  it('ignores positions for ids it does not name, and a pos without entities', () => {
    expect(decodeUrlView('?e=person:a&pos=1_1,2_2,3_3').positions).toEqual({ 'person:a': { x: 1, y: 1 } });
    expect(decodeUrlView('?pos=1_1').positions).toEqual({});
  });

  it('drops positions that are not two bounded finite numbers, keeping the valid ones', () => {
    const big = String(MAX_LINK_COORDINATE + 1);
    const entities = Array.from({ length: 10 }, (_, i) => `person:p${i}`);
    const pos = ['1_2', 'NaN_1', 'Infinity_0', '1e308_0', `${big}_0`, '1_2_3', '_', '0x10_1', '1.5.5_1', '%E0%A4%A'];
    const view = decodeUrlView(`?e=${entities.join(',')}&pos=${pos.join(',')}`);
    expect(view.entityIds).toEqual(entities);
    expect(view.positions).toEqual({ 'person:p0': { x: 1, y: 2 } });
  });

  it('drops a zoom or middle that is missing, not a number, or out of range, and never throws', () => {
    for (const query of [
      'z=1',
      'c=1_1',
      'z=abc&c=1_1',
      'z=0&c=1_1',
      'z=1000&c=1_1',
      'z=-1&c=1_1',
      'z=1&c=1',
      'z=1&c=1e9_1',
      'z=Infinity&c=0_0',
    ]) {
      expect(decodeUrlView(`?e=person:a&pos=0_0&${query}`).viewport, query).toBeNull();
    }
    expect(decodeUrlView('?e=person:a&z=0.5&c=-3.5_2').viewport).toEqual({ zoom: 0.5, center: { x: -3.5, y: 2 } });
  });

  it('decodes arbitrary junk in pos, z and c without throwing', () => {
    for (const junk of ['%', ',,,,', '__', '-_-', '1_', '_1', '999999999999_1', '%00', '1,2,3']) {
      expect(() => decodeUrlView(`?e=person:a&pos=${junk}&z=${junk}&c=${junk}`)).not.toThrow();
    }
  });
});
