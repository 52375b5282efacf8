// The opening view: the best-connected entities, room kept for events, and every relation among them.
import { MAX_AMONG_RELATIONS, type OverviewQuery, type OverviewResponse } from '@kgx/contract';
import type { GraphClient } from '../graph/client.ts';
import { readTopEntities } from '../graph/overview.ts';
import { readRelationsAmong } from '../graph/relations.ts';

export class OverviewService {
  constructor(private readonly client: GraphClient) {}

  async overview(query: OverviewQuery): Promise<OverviewResponse> {
    const nodes = await readTopEntities(this.client, { limit: query.limit, events: query.events });
    const among = await readRelationsAmong(this.client, { ids: nodes.map((n) => n.id), limit: MAX_AMONG_RELATIONS });
    return { nodes, edges: among.edges, truncated: among.truncated };
  }
}
