import { ok } from '../support/server';
import type { TestServer } from '../support/server';
import { idNumber } from '../../seeds/factories';
import { clock } from '../../server/src/core/clock';
import { User } from '../../server/src/modules/identity/identity.entity';
import { staffActor } from '../../seeds/demo.seeder';

export const DAY = 86_400_000;

export const PLACEMENT_FIELDS =
  'id version status priorityCategory postId personId regionCode agreementNumber startDate exitDate exitReason flaggedForExit';

let serial = 500;

/** The last villages of a township, ordered by code: the demo seeders use the first ones. */
export async function villages(s: TestServer, token: string, within: string, n: number): Promise<string[]> {
  const r = ok(
    await s.gql(
      'query($w: String!) { regions(first: 500, filter: { within: $w, level: { eq: VILLAGE } }, orderBy: [{ field: code, direction: DESC }]) { nodes { code } } }',
      { w: within },
      token,
    ),
  );
  return r.regions.nodes.slice(0, n).map((x: { code: string }) => x.code);
}

export async function organizationId(s: TestServer, token: string, name = '会宁县人力资源和社会保障局'): Promise<string> {
  const r = ok(await s.gql('query($n: String!) { organizations(filter: { name: { eq: $n } }) { nodes { id } } }', { n: name }, token));
  return r.organizations.nodes[0].id;
}

export interface PersonSpec {
  villageCode: string;
  age?: number;
  householdCategory?: 'POVERTY_EXITED' | 'MONITORED' | 'ORDINARY';
  monitoringType?: 'UNSTABLE' | 'MARGINAL' | 'SUDDEN_HARDSHIP';
  labourCapacity?: 'FULL' | 'WEAK' | 'NONE';
  villageCadreOrRelative?: boolean;
  minimumLiving?: boolean;
  phone?: string;
}

/** Creates a person through the API with a valid ID number; returns the id. */
export async function createPerson(s: TestServer, token: string, spec: PersonSpec): Promise<string> {
  const age = spec.age ?? 40;
  const born = `${Number(clock.today().slice(0, 4)) - age}-01-01`;
  const id = idNumber(spec.villageCode.slice(0, 6), born, serial++, serial % 2 === 0);
  const input: Record<string, unknown> = {
    name: `测试${serial}`,
    idNumber: id,
    villageCode: spec.villageCode,
    householdCategory: spec.householdCategory ?? 'POVERTY_EXITED',
    labourCapacity: spec.labourCapacity ?? 'FULL',
    villageCadreOrRelative: spec.villageCadreOrRelative ?? false,
    minimumLiving: spec.minimumLiving ?? false,
    phone: spec.phone ?? '13812345678',
  };
  if ((spec.householdCategory ?? 'POVERTY_EXITED') === 'MONITORED') input.monitoringType = spec.monitoringType ?? 'UNSTABLE';
  const r = ok(await s.gql('mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', { i: input }, token));
  return r.createPerson.id;
}

export interface PostSpec {
  villageCode: string;
  organizationId: string;
  headcount?: number;
  fundingSource?: string;
  monthlySubsidy?: string;
  termStart?: string;
  termEnd?: string;
  type?: string;
  title?: string;
}

/** Creates and publishes a post; returns its id. */
export async function openPost(s: TestServer, token: string, spec: PostSpec, publish = true): Promise<string> {
  const r = ok(
    await s.gql(
      'mutation($i: CreateWelfarePostInput!) { createWelfarePost(input: $i) { id version status } }',
      {
        i: {
          title: spec.title ?? '村道保洁员',
          type: spec.type ?? 'CLEANING',
          villageCode: spec.villageCode,
          developingOrganizationId: spec.organizationId,
          fundingSource: spec.fundingSource ?? 'CONNECTION_FUNDS',
          headcount: spec.headcount ?? 3,
          monthlyHours: 80,
          intensity: 'LIGHT',
          monthlySubsidy: spec.monthlySubsidy ?? '500.00',
          termStart: spec.termStart ?? '2026-01-01',
          termEnd: spec.termEnd ?? '2027-12-31',
        },
      },
      token,
    ),
  );
  const post = r.createWelfarePost;
  if (!publish) return post.id;
  ok(
    await s.gql(
      'mutation($id: ID!, $v: Int!) { transitionWelfarePost(id: $id, action: PUBLISH, expectedVersion: $v) { status } }',
      { id: post.id, v: post.version },
      token,
    ),
  );
  return post.id;
}

export async function apply(
  s: TestServer,
  token: string,
  postId: string,
  personId: string,
): Promise<{ id: string; version: number; status: string; priorityCategory: string }> {
  const r = ok(
    await s.gql(
      `mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { ${PLACEMENT_FIELDS} } }`,
      { i: { postId, personId } },
      token,
    ),
  );
  return r.createJobPlacement;
}

export async function getPlacement(s: TestServer, token: string, id: string): Promise<any> {
  const r = ok(
    await s.gql(
      `query($id: ID!) { jobPlacement(id: $id) { ${PLACEMENT_FIELDS} history { action fromStatus toStatus comment actorName } } }`,
      { id },
      token,
    ),
  );
  return r.jobPlacement;
}

export function transitionPlacement(
  s: TestServer,
  token: string,
  id: string,
  action: string,
  expectedVersion: number,
  comment?: string | null,
  payload?: Record<string, unknown>,
) {
  return s.gql(
    `mutation($id: ID!, $a: JobPlacementAction!, $v: Int!, $c: String, $p: JobPlacementTransitionInput) { transitionJobPlacement(id: $id, action: $a, expectedVersion: $v, comment: $c, payload: $p) { ${PLACEMENT_FIELDS} } }`,
    { id, a: action, v: expectedVersion, c: comment ?? null, p: payload ?? null },
    token,
  );
}

const tokens = new WeakMap<TestServer, Map<string, string>>();

/**
 * A signed-in token of the account working at a region: demo.village, demo.township and demo.county
 * for 会宁's demo village, otherwise the account the demo seeder makes for that village, township or
 * county (`demo.staff.<code>`, with its committee or government as organization).
 */
export async function tokenAt(s: TestServer, regionCode: string): Promise<string> {
  const cache = tokens.get(s) ?? new Map<string, string>();
  tokens.set(s, cache);
  const known = cache.get(regionCode);
  if (known) return known;
  const em = s.em();
  const actor = await staffActor(em, regionCode);
  const token = await s.login((await em.findOneOrFail(User, { id: actor.id })).username);
  cache.set(regionCode, token);
  return token;
}

/** The accounts that take a placement's steps, one per level, for the village it lies in. */
export async function levelTokens(s: TestServer, villageCode: string): Promise<{ village: string; township: string; county: string }> {
  return {
    village: await tokenAt(s, villageCode),
    township: await tokenAt(s, villageCode.slice(0, 9)),
    county: await tokenAt(s, villageCode.slice(0, 6)),
  };
}

/** The level (region code length) that takes each placement step, as welfare.workflow.ts declares. */
export const STEP_LEVEL: Record<string, 'village' | 'township' | 'county'> = {
  VILLAGE_APPROVE: 'village',
  PUBLICIZE: 'village',
  TOWNSHIP_APPROVE: 'township',
  COUNTY_APPROVE: 'county',
  ONBOARD: 'township',
  EXIT: 'township',
};

/** Takes one placement step as the account of its level for the placement's village. */
export async function step(
  s: TestServer,
  p: { id: string; version: number; regionCode: string },
  action: string,
  comment?: string | null,
  payload?: Record<string, unknown>,
) {
  const by = (await levelTokens(s, p.regionCode))[STEP_LEVEL[action]];
  return ok(await transitionPlacement(s, by, p.id, action, p.version, comment, payload)).transitionJobPlacement;
}

/**
 * Moves a placement forward step by step (advancing the clock past the publicity period) until
 * `target`, each step taken by the account of its level (village operator, township officer, county
 * officer of the placement's village); `token` only reads.
 */
export async function advanceTo(
  s: TestServer,
  token: string,
  id: string,
  target: 'VILLAGE_REVIEWED' | 'PUBLICIZING' | 'TOWNSHIP_REVIEWED' | 'APPROVED' | 'ONBOARDED',
  onboard = { agreementNumber: 'HN-2026-001', startDate: '2026-03-10' },
): Promise<any> {
  const order = ['APPLIED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'APPROVED', 'ONBOARDED'];
  const actions = ['VILLAGE_APPROVE', 'PUBLICIZE', 'TOWNSHIP_APPROVE', 'COUNTY_APPROVE', 'ONBOARD'];
  let p = await getPlacement(s, token, id);
  while (order.indexOf(p.status) < order.indexOf(target)) {
    const action = actions[order.indexOf(p.status)];
    if (action === 'TOWNSHIP_APPROVE') clock.advance(6 * DAY);
    p = await step(s, p, action, null, action === 'ONBOARD' ? onboard : undefined);
  }
  return p;
}

/** Tests move the clock past publicity periods; sessions must outlive that (idle limit ~19 years here). */
export const LONG_SESSIONS = { SESSION_IDLE_MINUTES: '10000000' };
