// The key to the canvas: each entity type's colour, shape and glyph, with how many are on the canvas and in the graph;
// a type can be switched off (its entities stay on the canvas, not shown) and on again.
import { useMemo } from 'react';
import { entityTypePlural } from '../domain/vocabulary.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { useStats } from '../state/use-stats.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { TypeGlyph } from './TypeGlyph.tsx';

export function Legend() {
  const { state, dispatch } = useExplorer();
  const stats = useStats();
  const vocabulary = useVocabulary();
  const nodeRecords = state.nodes;
  const onCanvas = useMemo(() => {
    const counts = new Map<string, number>();
    for (const node of Object.values(nodeRecords)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
    return counts;
  }, [nodeRecords]);
  const off = new Set(state.hiddenTypes);
  // With counts at hand, only the types the graph or the canvas holds: a vocabulary may define many more than one
  // investigation uses.
  const types = vocabulary.entityTypes
    .map((t) => t.name)
    .filter((type) => stats === null || (stats.nodes[type] ?? 0) > 0 || onCanvas.has(type) || off.has(type));

  function toggle(type: string) {
    const next = off.has(type) ? state.hiddenTypes.filter((t) => t !== type) : [...state.hiddenTypes, type];
    dispatch({ type: 'types/set-hidden', types: next });
  }

  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <h3 className="section-title">Legend</h3>
      <p className="muted small legend-hint">Click a type to hide or show it on the canvas. On the canvas / in the graph:</p>
      <ul className="legend-list">
        {types.map((type) => {
          const plural = entityTypePlural(type, vocabulary);
          const canvasCount = onCanvas.get(type) ?? 0;
          const graphCount = stats?.nodes[type];
          const shown = !off.has(type);
          return (
            <li key={type} data-type={type}>
              <button
                type="button"
                className={`legend-item legend-toggle${shown ? '' : ' is-off'}`}
                aria-pressed={shown}
                title={shown ? `Hide ${plural.toLowerCase()} on the canvas` : `Show ${plural.toLowerCase()} on the canvas`}
                data-testid={`legend-toggle-${type}`}
                onClick={() => toggle(type)}
              >
                <TypeGlyph type={type} size={20} />
                <span className="legend-label">{plural}</span>
                <span
                  className="legend-count"
                  data-testid={`legend-count-${type}`}
                  aria-label={`${canvasCount} on the canvas${graphCount === undefined ? '' : `, ${graphCount} in the graph`}${shown ? '' : ', hidden'}`}
                >
                  {canvasCount}
                  {graphCount === undefined ? '' : ` / ${graphCount}`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <ul className="legend-list legend-marks">
        <li className="legend-item">
          <span className="legend-swatch is-pinned" aria-hidden="true" />
          <span className="legend-label">Pinned (stays put in layouts)</span>
        </li>
        <li className="legend-item">
          <span className="legend-swatch is-truncated" aria-hidden="true" />
          <span className="legend-label">More relations than shown</span>
        </li>
        <li className="legend-item">
          <span className="legend-swatch is-path" aria-hidden="true" />
          <span className="legend-label">On a found path</span>
        </li>
      </ul>
    </section>
  );
}
