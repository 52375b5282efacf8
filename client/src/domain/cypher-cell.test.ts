import { describe, expect, it } from 'vitest';
import { describeCell } from './cypher-cell.ts';

describe('describeCell', () => {
  it('recognises nodes, relationships and paths', () => {
    expect(describeCell({ id: 'person:a', type: 'Person', name: 'A', aliases: [] }).kind).toBe('node');
    expect(describeCell({ id: 'r1', type: 'DETAINED', source: 'a', target: 'b', evidence: [] }).kind).toBe('edge');
    expect(describeCell({ nodes: [], edges: [] }).kind).toBe('graph');
  });

  it('recognises a raw relationship by its type', () => {
    const cell = describeCell({ type: 'DETAINED', elementId: '5:x:147', properties: { detail: 'apprehended' } });
    expect(cell).toEqual({ kind: 'relationship', type: 'DETAINED', properties: { detail: 'apprehended' } });
  });

  it('shows scalars as text and null as empty', () => {
    expect(describeCell(42)).toEqual({ kind: 'text', text: '42' });
    expect(describeCell('Stepanakert')).toEqual({ kind: 'text', text: 'Stepanakert' });
    expect(describeCell(null)).toEqual({ kind: 'empty' });
  });

  it('describes lists item by item and shortens large maps', () => {
    const list = describeCell(['Person', 1]);
    expect(list).toEqual({
      kind: 'list',
      items: [
        { kind: 'text', text: 'Person' },
        { kind: 'text', text: '1' },
      ],
    });
    const big = describeCell({ text: 'x'.repeat(1000) });
    expect(big.kind === 'text' && big.text.length).toBeLessThan(310);
  });
});
