/**
 * The mixed read/write workload of `npm run bench`: a county bureau's day. Concurrent clients read
 * (the placements list, posts → placements → person, the county rollup, one placement with its
 * history) while others hire through the whole workflow: a resident is registered, applies for a
 * post with a free place, is reviewed by village, publicized, reviewed by township, approved by the
 * county, goes on post and later leaves (which frees the place again). Every write goes through the
 * API's rules, so there is no hand-written baseline for this scenario; it reports throughput and
 * latency per operation, and the server's memory from start to end.
 */
import { completeIdNumber } from '../server/src/core/identifiers';

export type Gql = (query: string, variables: unknown) => Promise<{ body: any; statements: number }>;

export interface MixedOptions {
  seconds: number;
  clients: number;
  /** Share of operations that are a workflow step (the rest are reads). */
  writeShare: number;
  countyCode: string;
  year: number;
  /** Posts of the county that are OPEN, with their village. */
  posts: { id: string; villageCode: string }[];
  gql: Gql;
  memory: (gc: boolean) => Promise<{ heapUsed: number; rss: number }>;
}

interface Sample {
  ms: number;
  ok: boolean;
  statements: number;
}

const READS: Record<string, (o: MixedOptions, placementId: string | undefined) => [string, unknown]> = {
  'read: placements list': (o) => [
    `query($c: String!) { jobPlacements(filter: { region: { within: $c } }, first: 20, orderBy: [{ field: updatedAt, direction: DESC }]) { totalCount nodes { id status person { name } } } }`,
    { c: o.countyCode },
  ],
  'read: posts → placements → person': (o) => [
    `query($c: String!) { welfarePosts(filter: { village: { within: $c } }, first: 20) { nodes { id title placements(first: 10) { nodes { id status person { name } } } } } }`,
    { c: o.countyCode },
  ],
  'read: county rollup': (o) => [
    `query($c: String!, $y: Int!) { welfareRollup(regionCode: $c, year: $y) { posts places filledPlaces onPost povertyExitedShare subsidyCalculated } }`,
    { c: o.countyCode, y: o.year },
  ],
  'read: placement with history': (_o, id) => [
    `query($id: ID!) { jobPlacement(id: $id) { id status post { title } history { action toStatus actorName } } }`,
    { id },
  ],
};

const TRANSITION = `mutation($id: ID!, $a: JobPlacementAction!, $v: Int!, $c: String, $p: JobPlacementTransitionInput) {
  transitionJobPlacement(id: $id, action: $a, expectedVersion: $v, comment: $c, payload: $p) { id version status } }`;
const STEPS = ['VILLAGE_APPROVE', 'PUBLICIZE', 'TOWNSHIP_APPROVE', 'COUNTY_APPROVE', 'ONBOARD', 'EXIT'] as const;

/** One resident's way through the workflow, advanced one API call at a time. */
interface Hire {
  personId?: string;
  placementId?: string;
  version?: number;
  step: number;
}

function idNumberFor(county: string, serial: number): string {
  // Birth dates 1966–1995 and sequence numbers 900–999 keep clear of the scale data's (0–99).
  const day = new Date(Date.UTC(1966, 0, 1) + (serial % 10_950) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const seq = 900 + (Math.floor(serial / 10_950) % 100);
  return completeIdNumber(`${county}${day}${seq}`);
}

function percentile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] * 10) / 10;
}

export async function runMixed(o: MixedOptions) {
  const samples = new Map<string, Sample[]>();
  const record = (kind: string, ms: number, ok: boolean, statements: number) => {
    const list = samples.get(kind) ?? [];
    list.push({ ms, ok, statements });
    samples.set(kind, list);
  };
  const timed = async (kind: string, query: string, variables: unknown) => {
    const t = process.hrtime.bigint();
    const res = await o.gql(query, variables);
    record(kind, Number(process.hrtime.bigint() - t) / 1e6, !res.body.errors?.length, res.statements);
    return res.body;
  };

  let serial = Math.floor(Math.random() * 1_000_000);
  const today = new Date().toISOString().slice(0, 10);
  const recentPlacements: string[] = [];
  let hires = 0;
  let postCursor = 0;

  const step = async (hire: Hire): Promise<void> => {
    if (!hire.personId) {
      const post = o.posts[postCursor++ % o.posts.length];
      const input = {
        name: `压测${serial}`,
        idNumber: idNumberFor(o.countyCode, serial++),
        villageCode: post.villageCode,
        householdCategory: 'POVERTY_EXITED',
        labourCapacity: 'FULL',
        villageCadreOrRelative: false,
        minimumLiving: false,
        phone: '13900000000',
      };
      const body = await timed('write: register resident', 'mutation($i: CreatePersonInput!) { createPerson(input: $i) { id } }', {
        i: input,
      });
      hire.personId = body.data?.createPerson?.id;
      return;
    }
    if (!hire.placementId) {
      const post = o.posts[postCursor++ % o.posts.length];
      const body = await timed(
        'write: apply for a post',
        'mutation($i: CreateJobPlacementInput!) { createJobPlacement(input: $i) { id version } }',
        { i: { postId: post.id, personId: hire.personId } },
      );
      const placement = body.data?.createJobPlacement;
      if (placement) Object.assign(hire, { placementId: placement.id, version: placement.version, step: 0 });
      return;
    }
    const action = STEPS[hire.step];
    const payload =
      action === 'ONBOARD'
        ? { agreementNumber: `BENCH-${hire.placementId.slice(-12)}`, startDate: today }
        : action === 'EXIT'
          ? { exitReason: 'VOLUNTARY', exitDate: today }
          : null;
    const body = await timed(`write: ${action.toLowerCase().replace('_', ' ')}`, TRANSITION, {
      id: hire.placementId,
      a: action,
      v: hire.version,
      c: action === 'EXIT' ? '个人原因离岗' : null,
      p: payload,
    });
    const moved = body.data?.transitionJobPlacement;
    if (!moved) {
      // Refused (say, the last free place went to another client): this resident's application ends, as it would at the bureau.
      Object.assign(hire, { personId: undefined, placementId: undefined, version: undefined, step: 0 });
      return;
    }
    hire.version = moved.version;
    hire.step += 1;
    recentPlacements.push(hire.placementId);
    if (recentPlacements.length > 200) recentPlacements.shift();
    if (hire.step === STEPS.length) {
      hires += 1;
      Object.assign(hire, { personId: undefined, placementId: undefined, version: undefined, step: 0 });
    }
  };

  const readKinds = Object.keys(READS);
  const memoryStart = await o.memory(true);
  const memorySamples: { second: number; heapUsed: number; rss: number }[] = [{ second: 0, ...memoryStart }];
  const started = Date.now();
  const deadline = started + o.seconds * 1000;
  const sampler = setInterval(
    () => {
      void o.memory(false).then((m) => memorySamples.push({ second: Math.round((Date.now() - started) / 1000), ...m }));
    },
    Math.max(5, Math.min(30, o.seconds / 20)) * 1000,
  );

  await Promise.all(
    Array.from({ length: o.clients }, async (_, client) => {
      const hire: Hire = { step: 0 };
      let n = client;
      while (Date.now() < deadline) {
        n += 1;
        // A fixed pattern per client rather than random draws: the same mix in every run.
        if ((n * 7919) % 100 < o.writeShare * 100) await step(hire);
        else {
          const kind = readKinds[n % readKinds.length];
          const id = recentPlacements[n % Math.max(1, recentPlacements.length)];
          if (kind === 'read: placement with history' && !id) continue;
          const [query, variables] = READS[kind](o, id);
          await timed(kind, query, variables);
        }
      }
    }),
  );
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const memoryEnd = await o.memory(true);
  memorySamples.push({ second: Math.round(seconds), ...memoryEnd });

  const operations = [...samples.entries()].map(([kind, list]) => {
    const times = list.map((s) => s.ms).sort((a, b) => a - b);
    return {
      kind,
      count: list.length,
      errors: list.filter((s) => !s.ok).length,
      perSecond: Math.round((list.length / seconds) * 10) / 10,
      p50: percentile(times, 0.5),
      p99: percentile(times, 0.99),
      statements: Math.round((list.reduce((a, s) => a + s.statements, 0) / list.length) * 10) / 10,
    };
  });
  operations.sort((a, b) => a.kind.localeCompare(b.kind));
  const all = [...samples.values()].flat();
  return {
    seconds: Math.round(seconds),
    clients: o.clients,
    requestsPerSecond: Math.round((all.length / seconds) * 10) / 10,
    errors: all.filter((s) => !s.ok).length,
    hiresCompleted: hires,
    operations,
    memory: { start: memoryStart, end: memoryEnd, peakRss: Math.max(...memorySamples.map((m) => m.rss)), samples: memorySamples },
  };
}

export type MixedResult = Awaited<ReturnType<typeof runMixed>>;
