// The key to the canvas: each entity type's colour, shape and glyph, with how many the graph holds.
import { entityTypePlural } from '../domain/vocabulary.ts';
import { useStats } from '../state/use-stats.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { TypeGlyph } from './TypeGlyph.tsx';

export function Legend() {
  const stats = useStats();
  const vocabulary = useVocabulary();
  // With counts at hand, only the types the graph holds: a vocabulary may define many more than one investigation uses.
  const types = vocabulary.entityTypes.map((t) => t.name).filter((type) => stats === null || (stats.nodes[type] ?? 0) > 0);
  return (
    <section className="legend" data-testid="legend" aria-label="Legend">
      <h3 className="section-title">Legend</h3>
      <ul className="legend-list">
        {types.map((type) => (
          <li key={type} className="legend-item" data-type={type}>
            <TypeGlyph type={type} size={20} />
            <span className="legend-label">{entityTypePlural(type, vocabulary)}</span>
            {stats ? <span className="legend-count">{stats.nodes[type] ?? 0}</span> : null}
          </li>
        ))}
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
