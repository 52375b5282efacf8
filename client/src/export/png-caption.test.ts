import { describe, expect, it } from 'vitest';
import { DEFAULT_VOCABULARY, type GraphEdge, type GraphNode } from '@kgx/contract';
import { indexVocabulary } from '../domain/vocabulary.ts';
import { describeDateSpan, describeExportedView, type ExportedViewInput } from './png-caption.ts';

const vocabulary = indexVocabulary(DEFAULT_VOCABULARY);

function node(id: string, type: string, extra: Partial<GraphNode> = {}): GraphNode {
  return { id, type, name: id, aliases: [], datasets: ['demo'], ...extra };
}

function edge(id: string, source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge {
  return { id, type: 'MEMBER_OF', source, target, evidence: [], datasets: ['demo'], ...extra };
}

const ana = node('person:ana', 'Person');
const ben = node('person:ben', 'Person');
const army = node('organisation:army', 'Organisation');
const offensive = node('event:offensive', 'Event', { startDate: '2023-09-19', endDate: '2023-09-20' });
const anaInArmy = edge('ana-army', 'person:ana', 'organisation:army', { dateFrom: '2020-01-01', dateTo: '2021-12-31' });
const benInArmy = edge('ben-army', 'person:ben', 'organisation:army');
const armyDetainedBen = edge('army-ben', 'organisation:army', 'person:ben', {
  type: 'DETAINED',
  dateFrom: '2023-09-20',
  dateTo: '2023-09-20',
});

function viewOf(input: Partial<ExportedViewInput> & Pick<ExportedViewInput, 'nodes' | 'edges'>) {
  return describeExportedView({
    hidden: [],
    timeline: { mode: 'dim' },
    datasetNames: new Map([['demo', 'Nagorno-Karabakh 2023 (demo)']]),
    link: 'http://host/?e=person:ana',
    now: new Date(2024, 0, 12, 10, 30),
    vocabulary,
    ...input,
  });
}

function captionText(input: Parameters<typeof viewOf>[0]): string[] {
  return viewOf(input).caption.map((line) => line.text);
}

describe('describeExportedView: counts', () => {
  it('counts one entity and one relation in the singular', () => {
    expect(captionText({ nodes: [ana, army], edges: [anaInArmy] })[0]).toBe('2 entities, 1 relation');
    expect(captionText({ nodes: [ana], edges: [] })[0]).toBe('1 entity, no relations');
  });

  it('counts documents and mentions apart from entities and relations, only when there are some', () => {
    const doc = node('doc:report', 'Document');
    const mention = edge('doc-ana', 'doc:report', 'person:ana', { type: 'MENTIONS' });
    expect(captionText({ nodes: [ana, ben, doc], edges: [mention] })[0]).toBe('2 entities, 1 document, no relations, 1 mention');
  });

  it('leaves hidden entities and their relations out of the counts and says what is hidden', () => {
    const text = captionText({ nodes: [ana, ben, army], edges: [anaInArmy, benInArmy, armyDetainedBen], hidden: ['person:ben'] });
    expect(text[0]).toBe('2 entities, 1 relation');
    expect(text).toContain('Hidden: 1 entity and 2 relations');
  });

  it('says nothing is hidden by leaving the line out', () => {
    expect(captionText({ nodes: [ana, army], edges: [anaInArmy] }).some((line) => line.startsWith('Hidden'))).toBe(false);
  });
});

describe('describeExportedView: data sets', () => {
  it('names the one data set in the singular', () => {
    expect(captionText({ nodes: [ana, army], edges: [anaInArmy] })).toContain('Data set: Nagorno-Karabakh 2023 (demo)');
  });

  it('names several data sets in the plural, sorted, and an unknown one by its id', () => {
    const leak = node('company:x', 'Company', { datasets: ['leak-2024', 'demo'] });
    const registry = edge('x-army', 'company:x', 'organisation:army', { datasets: ['registry'] });
    const names = new Map([
      ['demo', 'Nagorno-Karabakh 2023 (demo)'],
      ['leak-2024', 'A leak'],
    ]);
    expect(captionText({ nodes: [army, leak], edges: [registry], datasetNames: names })).toContain(
      'Data sets: A leak · Nagorno-Karabakh 2023 (demo) · registry',
    );
  });

  it('names only the data sets of what is shown, not of what is hidden', () => {
    const other = node('person:other', 'Person', { datasets: ['other'] });
    expect(captionText({ nodes: [ana, other], edges: [], hidden: ['person:other'] })).toContain('Data set: Nagorno-Karabakh 2023 (demo)');
  });
});

describe('describeExportedView: dates', () => {
  it('spans the dated relations and events shown, as briefly as their bounds read', () => {
    expect(captionText({ nodes: [ana, army, ben, offensive], edges: [anaInArmy, armyDetainedBen] })).toContain('Dates: 2020 – 20 Sep 2023');
  });

  it('ignores a person’s own dates, which are not when anything shown happened', () => {
    const born = node('person:born', 'Person', { startDate: '1968' });
    expect(captionText({ nodes: [born, army, ben], edges: [armyDetainedBen] })).toContain('Dates: 20 Sep 2023');
  });

  it('says when nothing shown is dated', () => {
    expect(captionText({ nodes: [ben, army], edges: [benInArmy] })).toContain('Dates: nothing shown is dated');
  });

  it('reads whole months and years as such, and days of one month together', () => {
    expect(describeDateSpan([offensive], [])).toBe('19–20 Sep 2023');
    expect(describeDateSpan([], [edge('e', 'a', 'b', { dateFrom: '2022-12-01', dateTo: '2023-09-30' })])).toBe('Dec 2022 – Sep 2023');
    expect(describeDateSpan([], [edge('e', 'a', 'b', { dateFrom: '2023-01-01', dateTo: '2023-12-31' })])).toBe('2023');
    expect(describeDateSpan([ana], [])).toBeNull();
  });
});

describe('describeExportedView: the timeline', () => {
  const nodes = [ana, army, ben, offensive];
  const edges = [anaInArmy, armyDetainedBen, benInArmy];

  it('leaves out what falls outside a range in hide mode, and says so', () => {
    const text = captionText({ nodes, edges, timeline: { from: '2023', to: '2023', mode: 'hide' } });
    expect(text[0]).toBe('4 entities, 2 relations');
    expect(text).toContain('Timeline 2023: 1 relation outside it left out');
    expect(text).toContain('Dates: 19–20 Sep 2023');
  });

  it('keeps what falls outside a range in dim mode, faded', () => {
    const text = captionText({ nodes, edges, timeline: { from: '2023-09', mode: 'dim' } });
    expect(text[0]).toBe('4 entities, 3 relations');
    expect(text).toContain('Timeline from Sep 2023: 1 relation outside it faded');
  });

  it('says when a range leaves nothing out', () => {
    expect(captionText({ nodes, edges, timeline: { to: '2024', mode: 'hide' } })).toContain(
      'Timeline until 2024: nothing falls outside it',
    );
  });
});

describe('describeExportedView: legend and footer', () => {
  it('lists the entity types shown in the vocabulary’s order with counts, new types after them and documents last', () => {
    const vessel = node('vessel:x', 'Vessel');
    const novel = node('thing:x', 'Satellite');
    const doc = node('doc:x', 'Document');
    const view = viewOf({ nodes: [doc, novel, vessel, army, ana, ben], edges: [] });
    expect(view.entityTypes).toEqual([
      { type: 'Person', text: 'People (2)' },
      { type: 'Organisation', text: 'Organisations (1)' },
      { type: 'Vessel', text: 'Vessels (1)' },
      { type: 'Satellite', text: 'Satellites (1)' },
      { type: 'Document', text: 'Documents (1)' },
    ]);
  });

  it('lists the relation types shown in their wording, and only those drawn', () => {
    const view = viewOf({ nodes: [ana, ben, army], edges: [anaInArmy, benInArmy, armyDetainedBen], hidden: ['person:ana'] });
    expect(view.relationTypes).toEqual([
      { type: 'MEMBER_OF', text: 'member of (1)' },
      { type: 'DETAINED', text: 'detained (1)' },
    ]);
  });

  it('ends with the export date and the link to the view', () => {
    expect(viewOf({ nodes: [ana], edges: [] }).footer.map((line) => line.text)).toEqual([
      'Exported 12 Jan 2024 · Link to this view: http://host/?e=person:ana',
    ]);
  });
});
