// Under the map: how many of the canvas's entities it cannot place, which they are, and how to give them coordinates.
import { countOf } from '../domain/counts.ts';
import type { GraphNode } from '@kgx/contract';

/** Past this many, the list names the first ones and says how many more. */
const MAX_LISTED = 30;

export function MapUnlocatedNote({ unlocated, entityCount }: { unlocated: readonly GraphNode[]; entityCount: number }) {
  const count = unlocated.length;
  const summary =
    entityCount === 0
      ? 'The canvas holds no entities.'
      : count === 0
        ? `${entityCount === 1 ? 'The entity' : `All ${entityCount} entities`} on the canvas ${entityCount === 1 ? 'has' : 'have'} coordinates.`
        : `${count} of ${countOf(entityCount, 'entity', 'entities')} on the canvas ${entityCount === 1 ? 'has' : 'have'} no coordinates.`;
  return (
    <div className="map-note" data-testid="map-unlocated" data-count={count} data-total={entityCount}>
      {count === 0 ? (
        <p>{summary}</p>
      ) : (
        <details>
          <summary>{summary}</summary>
          <p>
            To place one, give it <code>latitude</code> and <code>longitude</code> in decimal degrees: as fields of its record in a data
            set’s <code>entities.json</code>, as <code>latitude</code>/<code>longitude</code> (or <code>lat</code>/<code>lon</code>) columns
            in a CSV import, or as the latitude and longitude of a FollowTheMoney Address or RealEstate; then import the data set again.
          </p>
          <ul className="map-note-list">
            {unlocated.slice(0, MAX_LISTED).map((node) => (
              <li key={node.id}>
                {node.name} <span className="muted">({node.type})</span>
              </li>
            ))}
            {count > MAX_LISTED ? <li className="muted">and {count - MAX_LISTED} more</li> : null}
          </ul>
        </details>
      )}
    </div>
  );
}
