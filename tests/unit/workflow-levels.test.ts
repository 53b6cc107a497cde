import 'reflect-metadata';
import { loadSettings } from '../../server/src/config';
import { allWorkflows, defineWorkflow, levelOfRegion } from '../../server/src/core/workflow';
import '../../server/src/modules';

/* The parts of review levels that need no server: the delegation setting, region levels, declarations. */
describe('review levels: setting, region levels and declarations', () => {
  const saved = process.env.WORKFLOW_DELEGATION;
  afterEach(() => {
    if (saved === undefined) delete process.env.WORKFLOW_DELEGATION;
    else process.env.WORKFLOW_DELEGATION = saved;
  });

  test('given no WORKFLOW_DELEGATION, then no level acts for another', () => {
    delete process.env.WORKFLOW_DELEGATION;
    expect(loadSettings().workflowDelegation).toEqual([]);
  });

  test('given pairs of a higher and a lower level, then they are read in order, case and spaces aside', () => {
    process.env.WORKFLOW_DELEGATION = 'county>village, COUNTY > TOWNSHIP,NATIONAL>PROVINCE';
    expect(loadSettings().workflowDelegation).toEqual([
      ['COUNTY', 'VILLAGE'],
      ['COUNTY', 'TOWNSHIP'],
      ['NATIONAL', 'PROVINCE'],
    ]);
  });

  test.each(['VILLAGE>COUNTY', 'COUNTY>COUNTY', 'COUNTY', 'COUNTY>HAMLET', 'COUNTY>VILLAGE>X', 'PROVINCE>NATIONAL'])(
    'given "%s", then the server refuses to start naming the setting',
    (value) => {
      process.env.WORKFLOW_DELEGATION = value;
      expect(() => loadSettings()).toThrow(/^Setting WORKFLOW_DELEGATION takes pairs like COUNTY>VILLAGE/);
    },
  );

  test('given region codes, then their level follows the statistics-bureau code length', () => {
    expect([null, '62', '6204', '620422', '620422100', '620422100001'].map(levelOfRegion)).toEqual([
      'NATIONAL',
      'PROVINCE',
      'CITY',
      'COUNTY',
      'TOWNSHIP',
      'VILLAGE',
    ]);
  });

  test('given every workflow of the product, then each step declares a level, and the placement reviews belong to the village, the township and the county', () => {
    const defs = allWorkflows();
    expect(defs.map((d) => d.name).sort()).toEqual(
      expect.arrayContaining(['AssistanceProduct', 'CooperationProject', 'JobPlacement', 'SubsidyPayment', 'WelfarePost', 'WorkTeam']),
    );
    for (const def of defs)
      for (const t of def.transitions)
        expect({ workflow: def.name, action: t.action, level: t.level ?? null }).toEqual({
          workflow: def.name,
          action: t.action,
          level: expect.anything(),
        });
    const placement = defs.find((d) => d.name === 'JobPlacement')!;
    const reviews = Object.fromEntries(placement.transitions.filter((t) => t.review).map((t) => [t.action, t.review]));
    expect(reviews).toEqual({
      VILLAGE_APPROVE: 'village',
      TOWNSHIP_APPROVE: 'township',
      COUNTY_APPROVE: 'county',
      REJECT: { APPLIED: 'village', VILLAGE_REVIEWED: 'village', PUBLICIZING: 'township', TOWNSHIP_REVIEWED: 'county' },
    });
  });

  test('given a step without a level, or a per-status level missing a status, then defining the workflow fails', () => {
    class Thing {}
    const base = { action: 'GO', from: ['A', 'B'], to: 'C', label: '走', permission: 'x.go' };
    expect(() => defineWorkflow({ name: 'UnitNoLevel', entity: Thing, transitions: [base as never] })).toThrow(
      'UnitNoLevel: action GO declares no level',
    );
    expect(() =>
      defineWorkflow({ name: 'UnitPartial', entity: Thing, transitions: [{ ...base, level: { A: 'VILLAGE' } } as never] }),
    ).toThrow('UnitPartial: action GO declares no level for status B');
    expect(() =>
      defineWorkflow({
        name: 'UnitTwoReviews',
        entity: Thing,
        transitions: [
          { ...base, level: 'VILLAGE', review: 'one' } as never,
          { ...base, action: 'ALSO', level: 'COUNTY', review: 'two' } as never,
        ],
      }),
    ).toThrow('UnitTwoReviews: the inbox steps from A belong to different reviews (one, two)');
  });
});
