import { describe, expect, it } from 'vitest';
import type { Path } from '@kgx/contract';
import { pathToText, toPathSteps } from './path-steps.ts';
import { withDefaultVocabulary } from './default-vocabulary.test-setup.ts';

withDefaultVocabulary();

const ruben = { id: 'person:ruben-vardanyan', type: 'Person' as const, name: 'Ruben Vardanyan', aliases: [] };
const forces = {
  id: 'organisation:azerbaijani-armed-forces',
  type: 'Organisation' as const,
  name: 'Azerbaijani Armed Forces',
  aliases: [],
};
const offensive = { id: 'event:2023-azerbaijani-offensive', type: 'Event' as const, name: '2023 Azerbaijani offensive', aliases: [] };

const path: Path = {
  nodes: [offensive, ruben, forces],
  edges: [
    { id: 'r1', type: 'DETAINED', source: forces.id, target: ruben.id, evidence: [] },
    { id: 'r2', type: 'PARTICIPATED_IN', source: forces.id, target: offensive.id, evidence: [] },
  ],
  length: 2,
  nodeIds: [ruben.id, forces.id, offensive.id],
  edgeIds: ['r1', 'r2'],
};

describe('toPathSteps', () => {
  it('walks the path in order, reading each relation in the walking direction', () => {
    const steps = toPathSteps(path);
    expect(steps.map((s) => [s.from.name, s.wording, s.to.name])).toEqual([
      ['Ruben Vardanyan', 'detained by', 'Azerbaijani Armed Forces'],
      ['Azerbaijani Armed Forces', 'participated in', '2023 Azerbaijani offensive'],
    ]);
  });
});

describe('toPathSteps with an organ step', () => {
  const azerbaijan = { id: 'place:azerbaijan', type: 'Place' as const, name: 'Azerbaijan', aliases: [] };
  const organPath: Path = {
    nodes: [azerbaijan, forces, ruben],
    edges: [
      { id: 'o1', type: 'ORGAN_OF', source: forces.id, target: azerbaijan.id, evidence: [] },
      { id: 'r1', type: 'DETAINED', source: forces.id, target: ruben.id, evidence: [] },
    ],
    length: 2,
    nodeIds: [azerbaijan.id, forces.id, ruben.id],
    edgeIds: ['o1', 'r1'],
  };

  it('marks the tie of the organ to the state, read from the state as "has organ", and no other step', () => {
    expect(toPathSteps(organPath).map((s) => [s.wording, s.tie])).toEqual([
      ['has organ', true],
      ['detained', false],
    ]);
    expect(pathToText(organPath)).toBe('Azerbaijan —has organ→ Azerbaijani Armed Forces —detained→ Ruben Vardanyan');
  });
});

describe('pathToText', () => {
  it('reads the path on one line', () => {
    expect(pathToText(path)).toBe('Ruben Vardanyan —detained by→ Azerbaijani Armed Forces —participated in→ 2023 Azerbaijani offensive');
  });

  it('reads a zero-length path as the lone entity', () => {
    expect(pathToText({ nodes: [ruben], edges: [], length: 0, nodeIds: [ruben.id], edgeIds: [] })).toBe('Ruben Vardanyan');
  });
});
