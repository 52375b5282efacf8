import { describe, expect, it } from 'vitest';
import { LABEL_METRICS, MAX_LABEL_CHARS, placeLabels, shortLabel, type LabelRequest } from './label-placement.ts';

const AREA = { width: 400, height: 300 };

function request(id: string, x: number, y: number, priority = 0, text = id): LabelRequest {
  return { id, text, x, y, radius: 10, priority };
}

function box(label: { x: number; y: number; anchor: string; text: string }) {
  const width = label.text.length * LABEL_METRICS.charWidth;
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { x0, x1: x0 + width, y0: label.y - LABEL_METRICS.lineHeight, y1: label.y + 2 };
}

describe('placeLabels', () => {
  it('writes a lone marker’s name to its right', () => {
    expect(placeLabels([request('Stepanakert', 100, 100)], AREA)).toEqual([
      expect.objectContaining({ id: 'Stepanakert', side: 'right', anchor: 'start', x: 100 + 10 + LABEL_METRICS.gap }),
    ]);
  });

  it('moves a label to the left where the right would run off the map', () => {
    const [label] = placeLabels([request('Washington', 390, 100)], AREA);
    expect(label).toMatchObject({ side: 'left', anchor: 'end' });
  });

  it('never lets two labels overlap, and leaves out those that find no room', () => {
    // Ten markers stacked on one spot: only as many names as fit around it are written.
    const pile = Array.from({ length: 10 }, (_, i) => request(`place-${i}`, 200, 150, i));
    const placed = placeLabels(pile, AREA);
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(pile.length);
    const boxes = placed.map(box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap = a && b && a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
        expect(overlap).toBe(false);
      }
    }
  });

  it('names the highest priority first when two compete for the same room', () => {
    const placed = placeLabels([request('minor', 200, 150, 1), request('selected', 200, 150, 1000)], AREA);
    expect(placed[0]?.id).toBe('selected');
    expect(placed[0]?.side).toBe('right');
  });

  it('does not write a label over another marker', () => {
    const placed = placeLabels([request('Yerevan', 100, 100, 1), request('blocker', 140, 100, 0, '')], AREA);
    expect(placed).toEqual([expect.objectContaining({ id: 'Yerevan' })]);
    expect(placed[0]?.side).not.toBe('right');
  });
});

describe('shortLabel', () => {
  it('keeps short names and cuts long ones at a word, with an ellipsis', () => {
    expect(shortLabel('Stepanakert')).toBe('Stepanakert');
    const cut = shortLabel('Street in Stepanakert named after Enver Pasha');
    expect(cut).toBe('Street in Stepanakert…');
    expect(cut.length).toBeLessThanOrEqual(MAX_LABEL_CHARS);
  });
});
