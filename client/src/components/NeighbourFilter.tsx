// Which neighbours "Expand" brings in: by relation type and by entity type.
import { useExplorer } from '../state/explorer-context.ts';
import { EntityTypePicker } from './EntityTypePicker.tsx';
import { RelationTypePicker } from './RelationTypePicker.tsx';

/** `testIdPrefix` keeps test ids unique where the filter appears twice (Explore tab and details panel). */
export function NeighbourFilter({
  testIdPrefix = 'expand',
  title = 'When expanding, bring in',
}: {
  testIdPrefix?: string;
  title?: string;
}) {
  const { state, dispatch } = useExplorer();
  const filter = state.neighbourFilter;
  return (
    <section className="neighbour-filter" data-testid={`${testIdPrefix}-filter`}>
      {title ? <h3 className="section-title">{title}</h3> : null}
      <RelationTypePicker
        label="Relations"
        testId={`${testIdPrefix}-relations`}
        value={filter.relations}
        onChange={(relations) => dispatch({ type: 'neighbour-filter/set', filter: { ...filter, relations } })}
      />
      <EntityTypePicker
        label="Entity types"
        testId={`${testIdPrefix}-types`}
        value={filter.types}
        onChange={(types) => dispatch({ type: 'neighbour-filter/set', filter: { ...filter, types } })}
      />
    </section>
  );
}
