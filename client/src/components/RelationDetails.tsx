// The details panel for a relation: who did what to whom, when, and every quote it rests on.
import type { GraphEdge } from '@kgx/contract';
import { formatRelationDate } from '../domain/partial-date.ts';
import { relationInverseLabel, relationLabel } from '../domain/vocabulary.ts';
import { useVocabulary } from '../state/vocabulary-store.ts';
import { useExplorer } from '../state/explorer-context.ts';
import { EntityChip } from './EntityChip.tsx';
import { EvidenceList } from './EvidenceList.tsx';

export function RelationDetails({ edge }: { edge: GraphEdge }) {
  const { state, dispatch } = useExplorer();
  const vocabulary = useVocabulary();
  const description = vocabulary.relationType(edge.type)?.description ?? '';
  const source = state.nodes[edge.source];
  const target = state.nodes[edge.target];
  const select = (id: string) => dispatch({ type: 'selection/set', ids: [id] });
  const dates = formatRelationDate(edge);

  return (
    <div className="relation-details" data-testid="relation-details" data-edge-id={edge.id} data-relation-type={edge.type}>
      <div className="details-kicker">Relation</div>
      <p className="relation-sentence" data-testid="relation-sentence">
        <EntityChip id={edge.source} name={source?.name ?? edge.source} type={source?.type ?? 'Document'} onClick={select} />
        <span className="relation-arrow">—{relationLabel(edge.type, vocabulary)}→</span>
        <EntityChip id={edge.target} name={target?.name ?? edge.target} type={target?.type ?? 'Document'} onClick={select} />
      </p>
      <p className="muted small">
        Read the other way: {target?.name ?? edge.target} {relationInverseLabel(edge.type, vocabulary)} {source?.name ?? edge.source}.
        {description !== '' ? ` ${description}` : ''}
      </p>
      <dl className="details-facts">
        {edge.detail ? (
          <>
            <dt>Detail</dt>
            <dd data-testid="relation-detail">{edge.detail}</dd>
          </>
        ) : null}
        {edge.role ? (
          <>
            <dt>Role</dt>
            <dd>{edge.role}</dd>
          </>
        ) : null}
        {dates ? (
          <>
            <dt>When</dt>
            <dd data-testid="relation-dates">{dates}</dd>
          </>
        ) : null}
      </dl>
      <section className="details-section">
        <h3 className="section-title">
          Evidence <span className="count">{edge.evidence.length}</span>
        </h3>
        <EvidenceList evidence={edge.evidence} />
      </section>
    </div>
  );
}
