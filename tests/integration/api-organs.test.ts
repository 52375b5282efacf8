// GET /api/relations and GET /api/paths with includeOrgans, on a small state with organs and a group with members
// imported beside the demo, where every answer is known: the actors behind a state (issue #11).
import { describe, expect, it } from 'vitest';
import {
  ErrorBodySchema,
  PathsResponseSchema,
  RelationsResponseSchema,
  relationId,
  type RelationRecord,
  type RelationsResponse,
  type Triple,
} from '@kgx/contract';
import { useAppWithDatasetBesideDemo } from '../support/dataset-beside-demo.ts';
import { call } from '../support/test-app.ts';
import {
  ADA,
  ARMY,
  BORDER_UNIT,
  GOVERNMENT,
  LEAGUE,
  MERIDIA,
  MINISTRY,
  ORGANS_DATASET,
  ORGANS_RELATIONS as R,
  POLICE,
  TOMAS,
} from '../fixtures/organs-dataset.ts';

const app = useAppWithDatasetBesideDemo(ORGANS_DATASET);

const ACTS = 'predicate=DETAINED,ACCUSED,WARNED';

async function relations(query: string): Promise<RelationsResponse> {
  const response = await call(app().baseUrl, `/api/relations?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const body = RelationsResponseSchema.parse(response.body);
  expect(body.total).toBe(body.triples.length);
  return body;
}

async function paths(query: string) {
  const response = await call(app().baseUrl, `/api/paths?${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PathsResponseSchema.parse(response.body);
}

/** A triple as the chain of ids a reader follows: the relation, then the ties of each end, in order. */
function reading(triple: Triple) {
  return {
    relation: triple.relation.id,
    subjectVia: triple.subjectVia?.map((tie) => tie.relation.id),
    objectVia: triple.objectVia?.map((tie) => tie.relation.id),
  };
}

function sorted<T extends { relation: string }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => a.relation.localeCompare(b.relation));
}

const id = (record: RelationRecord) => relationId(record);

async function expectInvalid(path: string, parameter: string) {
  const response = await call(app().baseUrl, path);
  expect(response.status).toBe(400);
  const body = ErrorBodySchema.parse(response.body);
  expect(body.error.code).toBe('INVALID_PARAMETER');
  expect(body.error.details?.map((d) => d.parameter)).toContain(parameter);
}

describe('GET /api/relations with includeOrgans', () => {
  it('answers only what the subject itself did without the option, and no triple says "via"', async () => {
    const body = await relations(`subject=${MERIDIA}&${ACTS}`);
    expect(body.triples.map(reading)).toEqual([{ relation: id(R.meridiaAccusedLeague) }]);
  });

  it("adds what the subject's organs did, up to 3 ties away, each saying through whom; not the unit 4 ties away", async () => {
    const body = await relations(`subject=${MERIDIA}&${ACTS}&includeOrgans=true`);
    expect(sorted(body.triples.map(reading))).toEqual(
      sorted([
        { relation: id(R.meridiaAccusedLeague) },
        { relation: id(R.armyDetainedTomas), subjectVia: [id(R.armyOfMeridia)] },
        { relation: id(R.ministryAccusedTomas), subjectVia: [id(R.ministryOfGovernment), id(R.governmentOfMeridia)] },
        {
          relation: id(R.policeWarnedAda),
          subjectVia: [id(R.policeOfMinistry), id(R.ministryOfGovernment), id(R.governmentOfMeridia)],
        },
      ]),
    );
    expect(body.triples.some((t) => t.subject.id === BORDER_UNIT)).toBe(false);
  });

  it('names each tie and where it leads, the last one leading to the subject asked for', async () => {
    const body = await relations(`subject=${MERIDIA}&predicate=ACCUSED&includeOrgans=true`);
    const byMinistry = body.triples.find((t) => t.subject.id === MINISTRY);
    expect(byMinistry?.subjectVia?.map((tie) => [tie.relation.type, tie.relation.source, tie.to.id, tie.to.name])).toEqual([
      ['ORGAN_OF', MINISTRY, GOVERNMENT, 'Government of Meridia'],
      ['ORGAN_OF', GOVERNMENT, MERIDIA, 'Meridia'],
    ]);
    expect(byMinistry?.subjectVia?.[0]?.relation.evidence.length).toBeGreaterThan(0);
  });

  it('reads a relation of an organ reached two ways once, through the fewest ties', async () => {
    // The army is an organ of Meridia and of its government: one detention, through one tie.
    const body = await relations(`subject=${MERIDIA}&predicate=DETAINED&includeOrgans=true`);
    expect(body.triples.map(reading)).toEqual([{ relation: id(R.armyDetainedTomas), subjectVia: [id(R.armyOfMeridia)] }]);
  });

  it("adds what was done to the object's members, each saying through whom", async () => {
    const body = await relations(`object=${LEAGUE}&${ACTS}&includeOrgans=true`);
    expect(sorted(body.triples.map(reading))).toEqual(
      sorted([
        { relation: id(R.meridiaAccusedLeague) },
        { relation: id(R.armyDetainedTomas), objectVia: [id(R.tomasInLeague)] },
        { relation: id(R.ministryAccusedTomas), objectVia: [id(R.tomasInLeague)] },
        { relation: id(R.policeWarnedAda), objectVia: [id(R.adaInLeague)] },
        { relation: id(R.borderUnitDetainedAda), objectVia: [id(R.adaInLeague)] },
      ]),
    );
  });

  it('widens both ends at once when both are chosen', async () => {
    const body = await relations(`subject=${MERIDIA}&object=${LEAGUE}&${ACTS}&includeOrgans=true`);
    expect(sorted(body.triples.map(reading))).toEqual(
      sorted([
        { relation: id(R.meridiaAccusedLeague) },
        { relation: id(R.armyDetainedTomas), subjectVia: [id(R.armyOfMeridia)], objectVia: [id(R.tomasInLeague)] },
        {
          relation: id(R.ministryAccusedTomas),
          subjectVia: [id(R.ministryOfGovernment), id(R.governmentOfMeridia)],
          objectVia: [id(R.tomasInLeague)],
        },
        {
          relation: id(R.policeWarnedAda),
          subjectVia: [id(R.policeOfMinistry), id(R.ministryOfGovernment), id(R.governmentOfMeridia)],
          objectVia: [id(R.adaInLeague)],
        },
      ]),
    );
  });

  it('keeps the other filters on the organ itself: types and dates apply to the triple as found', async () => {
    const dated = await relations(`subject=${MERIDIA}&${ACTS}&includeOrgans=true&from=2024-03&to=2024-03`);
    expect(dated.triples.map(reading)).toEqual([{ relation: id(R.armyDetainedTomas), subjectVia: [id(R.armyOfMeridia)] }]);
    const places = await relations(`subject=${MERIDIA}&${ACTS}&includeOrgans=true&subjectType=Place`);
    expect(places.triples.map(reading)).toEqual([{ relation: id(R.meridiaAccusedLeague) }]);
  });

  it('changes nothing when no subject or object is chosen', async () => {
    const plain = await relations(`${ACTS}&objectType=Person&limit=1000`);
    const widened = await relations(`${ACTS}&objectType=Person&limit=1000&includeOrgans=true`);
    expect(widened.triples.map(reading)).toEqual(plain.triples.map(reading));
  });

  it('returns 400 INVALID_PARAMETER naming includeOrgans when it is not true or false', async () => {
    await expectInvalid(`/api/relations?subject=${MERIDIA}&includeOrgans=yes`, 'includeOrgans');
    await expectInvalid(`/api/relations?subject=${MERIDIA}&includeOrgans=true&includeOrgans=false`, 'includeOrgans');
  });
});

describe('GET /api/paths with includeOrgans', () => {
  it('already walks organ ties when no relation is chosen, so a path from the state shows the organ step', async () => {
    const body = await paths(`from=${MERIDIA}&to=${TOMAS}&maxHops=2&k=10`);
    expect(body.paths.map((p) => p.nodeIds)).toContainEqual([MERIDIA, ARMY, TOMAS]);
  });

  it('finds no path through the chosen relations alone from a state that did nothing itself', async () => {
    const body = await paths(`from=${MERIDIA}&to=${TOMAS}&relation=DETAINED`);
    expect(body.paths).toEqual([]);
  });

  it("starts at one of the state's organs with the option, the organ step shown in the path and not counted in maxHops", async () => {
    const body = await paths(`from=${MERIDIA}&to=${TOMAS}&relation=DETAINED&maxHops=1&k=10&includeOrgans=true`);
    // The army is also an organ of the government, an organ of Meridia: the longer way in is a path too.
    expect(body.paths.map((p) => ({ nodeIds: p.nodeIds, edgeIds: p.edgeIds }))).toEqual([
      { nodeIds: [MERIDIA, ARMY, TOMAS], edgeIds: [id(R.armyOfMeridia), id(R.armyDetainedTomas)] },
      {
        nodeIds: [MERIDIA, GOVERNMENT, ARMY, TOMAS],
        edgeIds: [id(R.governmentOfMeridia), id(R.armyOfGovernment), id(R.armyDetainedTomas)],
      },
    ]);
    expect(body.paths[0]?.edges.map((e) => e.type)).toEqual(['ORGAN_OF', 'DETAINED']);
  });

  it("ends at one of the other end's members, and takes no more than 3 ties at an end", async () => {
    const body = await paths(`from=${MERIDIA}&to=${LEAGUE}&relation=DETAINED&maxHops=1&k=10&includeOrgans=true`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([
      [MERIDIA, ARMY, TOMAS, LEAGUE],
      [MERIDIA, GOVERNMENT, ARMY, TOMAS, LEAGUE],
    ]);
    // The border unit also detained a member, but it is 4 ties from Meridia.
    expect(body.paths.flatMap((p) => p.nodeIds)).not.toContain(BORDER_UNIT);
  });

  it('does not step on an excluded entity in the organ steps either', async () => {
    const body = await paths(`from=${MERIDIA}&to=${TOMAS}&relation=DETAINED,ACCUSED&k=10&includeOrgans=true&exclude=${ARMY}`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([[MERIDIA, GOVERNMENT, MINISTRY, TOMAS]]);
  });

  it('keeps time order with organ steps (undated ties fit anywhere)', async () => {
    const body = await paths(`from=${MERIDIA}&to=${TOMAS}&relation=DETAINED&includeOrgans=true&timeOrdered=true`);
    expect(body.paths.map((p) => p.nodeIds)).toEqual([
      [MERIDIA, ARMY, TOMAS],
      [MERIDIA, GOVERNMENT, ARMY, TOMAS],
    ]);
    expect(body.paths[0]?.timeOrder?.steps.map((s) => s.undated)).toEqual([true, false]);
  });

  it('reads a chosen tie type as an ordinary step, so a path is never returned twice', async () => {
    const body = await paths(`from=${MERIDIA}&to=${ADA}&relation=DETAINED,WARNED,ORGAN_OF&k=10&includeOrgans=true`);
    const keys = body.paths.map((p) => p.edgeIds.join(' '));
    expect(new Set(keys).size).toBe(keys.length);
    expect(body.paths.map((p) => p.nodeIds)).toContainEqual([MERIDIA, GOVERNMENT, MINISTRY, POLICE, ADA]);
  });

  it('returns 400 INVALID_PARAMETER naming includeOrgans when it is not true or false', async () => {
    await expectInvalid(`/api/paths?from=${MERIDIA}&to=${TOMAS}&includeOrgans=1`, 'includeOrgans');
  });
});
