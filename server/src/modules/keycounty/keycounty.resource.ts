import { defineResource } from '../../core/resource';
import { knexOf } from '../../core/read';
import { CountyEvaluation, FundAllocation, FundPurpose, KeyCounty } from './keycounty.entity';
import {
  CountyEvaluationFilter,
  CountyEvaluationSortField,
  FundAllocationFilter,
  FundAllocationSortField,
  KeyCountyFilter,
  KeyCountySortField,
} from './keycounty.inputs';
import { wherePercent } from './keycounty.service';

/**
 * The keycounty domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const keyCountyResource = defineResource({
  name: 'KeyCounty',
  plural: 'keyCounties',
  description: 'key assistance county (重点帮扶县)',
  entity: KeyCounty,
  domain: 'keycounty',
  filter: KeyCountyFilter,
  sortFields: KeyCountySortField,
  regionProperty: 'countyCode',
  defaultOrder: [{ field: 'countyCode' }],
  customFilters: {
    industryShare: (qb, value, ctx, alias) => {
      const v = value as { year: number } & Record<string, number>;
      const knex = knexOf(ctx);
      const sub = knex('fund_allocation as f')
        .select(knex.raw('1'))
        .whereRaw('f.key_county_id = ??', [`${alias}.id`])
        .where('f.year', v.year)
        .whereNull('f.archived_at')
        .groupBy('f.key_county_id');
      wherePercent(
        sub,
        `sum(case when f.purpose = '${FundPurpose.INDUSTRY}' then f.amount else 0 end)`,
        'sum(f.amount)',
        v,
        'industryShare',
        'havingRaw',
      );
      qb.whereExists(sub);
    },
  },
});

export const countyEvaluationResource = defineResource({
  name: 'CountyEvaluation',
  plural: 'countyEvaluations',
  description: 'county evaluation (监测评估)',
  entity: CountyEvaluation,
  domain: 'keycounty',
  filter: CountyEvaluationFilter,
  sortFields: CountyEvaluationSortField,
  regionProperty: 'countyCode',
  hidden: [],
  defaultOrder: [{ field: 'year', direction: 'DESC' }],
});

export const fundAllocationResource = defineResource({
  name: 'FundAllocation',
  plural: 'fundAllocations',
  description: 'fund allocation (衔接资金)',
  entity: FundAllocation,
  domain: 'keycounty',
  filter: FundAllocationFilter,
  sortFields: FundAllocationSortField,
  regionProperty: 'countyCode',
  defaultOrder: [{ field: 'year', direction: 'DESC' }],
  customFilters: {
    disbursementRate: (qb, value, _ctx, alias) => wherePercent(qb, `${alias}.disbursed`, `${alias}.amount`, value, 'disbursementRate'),
    startRate: (qb, value, _ctx, alias) => wherePercent(qb, `${alias}.projects_started`, `${alias}.project_count`, value, 'startRate'),
  },
});
