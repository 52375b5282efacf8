// Which neighbors "Expand" brings in: by relation type and by entity type.
import { useExplorer } from '../state/explorer-context.ts';
import { EntityTypePicker } from './EntityTypePicker.tsx';
import { RelationTypePicker } from './RelationTypePicker.tsx';

/** `testIdPrefix` keeps test ids unique where the filter appears twice (Explore tab and details panel). */
export function NeighborFilter({ testIdPrefix = 'expand', title = 'When expanding, bring in' }: { testIdPrefix?: string; title?: string }) {
  const { state, dispatch } = useExplorer();
  const filter = state.neighborFilter;
  return (
    <section className="neighbor-filter" data-testid={`${testIdPrefix}-filter`}>
      {title ? <h3 className="section-title">{title}</h3> : null}
      <RelationTypePicker
        label="Relations"
        testId={`${testIdPrefix}-relations`}
        value={filter.relation}
        onChange={(relation) => dispatch({ type: 'neighbor-filter/set', filter: { ...filter, relation } })}
      />
      <EntityTypePicker
        label="Entity types"
        testId={`${testIdPrefix}-types`}
        value={filter.type}
        onChange={(type) => dispatch({ type: 'neighbor-filter/set', filter: { ...filter, type } })}
      />
    </section>
  );
}
