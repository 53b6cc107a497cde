import { ok } from '../support/server';
import type { TestServer } from '../support/server';
import { idNumber } from '../../seeds/factories';
import { clock } from '../../server/src/core/clock';

export const DAY = 86_400_000;

export const PLACEMENT_FIELDS = 'id version status priorityCategory postId personId regionCode agreementNumber startDate exitDate exitReason flaggedForExit';

let serial = 500;

/** The last villages of a township, ordered by code: the demo seeders use the first ones. */
export async function villages(s: TestServer, token: string, within: string, n: number): Promise<string[]> {
  const r = ok(await s.gql('query($w: String!) { regions(first: 500, filter: { within: $w, level: { eq: VILLAGE } }, orderBy: [{ field: code, direction: DESC }]) { nodes { code } } }', { w: within }, token));
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
  ok(await s.gql('mutation($id: ID!, $v: Int!) { transitionWelfarePost(id: $id, action: PUBLISH, expectedVersion: $v) { status } }', { id: post.id, v: post.version }, token));
  return post.id;
}

export async function apply(s: TestServer, token: string, postId: string, personId: string): Promise<{ id: string; version: number; status: string; priorityCategory: string }> {
  const r = ok(await s.gql(`mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { ${PLACEMENT_FIELDS} } }`, { i: { postId, personId } }, token));
  return r.createJobPlacement;
}

export async function getPlacement(s: TestServer, token: string, id: string): Promise<any> {
  const r = ok(await s.gql(`query($id: ID!) { jobPlacement(id: $id) { ${PLACEMENT_FIELDS} history { action fromStatus toStatus comment actorName } } }`, { id }, token));
  return r.jobPlacement;
}

export function transitionPlacement(s: TestServer, token: string, id: string, action: string, expectedVersion: number, comment?: string | null, payload?: Record<string, unknown>) {
  return s.gql(
    `mutation($id: ID!, $a: JobPlacementAction!, $v: Int!, $c: String, $p: JobPlacementTransitionInput) { transitionJobPlacement(id: $id, action: $a, expectedVersion: $v, comment: $c, payload: $p) { ${PLACEMENT_FIELDS} } }`,
    { id, a: action, v: expectedVersion, c: comment ?? null, p: payload ?? null },
    token,
  );
}

/** Moves a placement forward step by step (advancing the clock past the publicity period) until `target`. */
export async function advanceTo(s: TestServer, token: string, id: string, target: 'VILLAGE_REVIEWED' | 'PUBLICIZING' | 'TOWNSHIP_REVIEWED' | 'APPROVED' | 'ONBOARDED', onboard = { agreementNumber: 'HN-2026-001', startDate: '2026-03-10' }): Promise<any> {
  const order = ['APPLIED', 'VILLAGE_REVIEWED', 'PUBLICIZING', 'TOWNSHIP_REVIEWED', 'APPROVED', 'ONBOARDED'];
  const actions = ['VILLAGE_APPROVE', 'PUBLICIZE', 'TOWNSHIP_APPROVE', 'COUNTY_APPROVE', 'ONBOARD'];
  let p = await getPlacement(s, token, id);
  while (order.indexOf(p.status) < order.indexOf(target)) {
    const action = actions[order.indexOf(p.status)];
    if (action === 'TOWNSHIP_APPROVE') clock.advance(6 * DAY);
    const r = await transitionPlacement(s, token, id, action, p.version, null, action === 'ONBOARD' ? onboard : undefined);
    p = ok(r).transitionJobPlacement;
  }
  return p;
}

/** Tests move the clock past publicity periods; sessions must outlive that (idle limit ~19 years here). */
export const LONG_SESSIONS = { SESSION_IDLE_MINUTES: '10000000' };
