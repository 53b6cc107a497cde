import { defineResource } from '../../core/resource';
import { Person } from '../person/person.entity';
import { Region } from '../region/region.entity';
import {
  AssistanceMeasure,
  Household,
  HouseholdIncome,
  HouseholdMember,
  HouseholdVisit,
  MonitoringCase,
  MonitoringLine,
  RiskElimination,
} from './monitoring.entity';
import {
  AssistanceMeasureFilter,
  AssistanceMeasureSortField,
  HouseholdFilter,
  HouseholdIncomeFilter,
  HouseholdIncomeSortField,
  HouseholdSortField,
  HouseholdMemberFilter,
  HouseholdMemberSortField,
  HouseholdVisitFilter,
  HouseholdVisitSortField,
  RiskEliminationFilter,
  RiskEliminationSortField,
  MonitoringCaseFilter,
  MonitoringCaseSortField,
  MonitoringLineFilter,
  MonitoringLineSortField,
} from './monitoring.inputs';
import { escapeLike, whereLike } from '../../core/filters';
import { whereBelowLine } from './monitoring.rules';

/**
 * The monitoring domain's resources: for each entity its GraphQL names, permission domain, jurisdiction,
 * columns of field resolvers, joins, filters and sorts, read by the CRUD resolver and the read path.
 */
export const monitoringLineResource = defineResource({
  name: 'MonitoringLine',
  plural: 'monitoringLines',
  description: 'monitoring line (监测标准)',
  entity: MonitoringLine,
  domain: 'monitoring',
  filter: MonitoringLineFilter,
  sortFields: MonitoringLineSortField,
  // A province's line is public policy: every reader of the domain sees every province's lines;
  // writes need monitoring.setLine's holders' jurisdiction (the province).
  regionProperty: 'provinceCode',
  scopeReads: false,
  defaultOrder: [{ field: 'effectiveFrom', direction: 'DESC' }],
  fieldColumns: { province: ['provinceCode'] },
  joins: { province: { entity: () => Region, key: 'provinceCode' } },
});

export const householdResource = defineResource({
  name: 'Household',
  plural: 'households',
  description: 'household (农户)',
  entity: Household,
  domain: 'monitoring',
  filter: HouseholdFilter,
  sortFields: HouseholdSortField,
  regionProperty: 'villageCode',
  sensitive: ['compliantExpenses'],
  defaultOrder: [{ field: 'createdAt' }],
  fieldColumns: {
    headPerson: ['headPersonId'],
    village: ['villageCode'],
    compliantExpenses: ['compliantExpenses'],
    incomePerPerson: ['size', 'compliantExpenses'],
    belowLine: ['size', 'compliantExpenses', 'villageCode'],
    incomes: [],
    cases: [],
  },
  joins: {
    headPerson: { entity: () => Person, key: 'headPersonId' },
    village: { entity: () => Region, key: 'villageCode' },
  },
  customFilters: {
    belowLineIn: (qb, value, _ctx, alias) => whereBelowLine(qb, alias, value, 'filter.belowLineIn'),
  },
});

export const householdIncomeResource = defineResource({
  name: 'HouseholdIncome',
  plural: 'householdIncomes',
  description: 'household income (农户收入)',
  entity: HouseholdIncome,
  domain: 'monitoring',
  filter: HouseholdIncomeFilter,
  sortFields: HouseholdIncomeSortField,
  regionProperty: 'regionCode',
  sensitive: ['amount'],
  defaultOrder: [{ field: 'year', direction: 'DESC' }],
  fieldColumns: { household: ['householdId'], amount: ['amount'] },
  joins: { household: { entity: () => Household, key: 'householdId' } },
});

export const monitoringCaseResource = defineResource({
  name: 'MonitoringCase',
  plural: 'monitoringCases',
  description: 'monitoring case (监测对象)',
  entity: MonitoringCase,
  domain: 'monitoring',
  filter: MonitoringCaseFilter,
  sortFields: MonitoringCaseSortField,
  regionProperty: 'regionCode',
  sensitive: ['riskCauseList'],
  defaultOrder: [{ field: 'clueDate', direction: 'DESC' }],
  fieldColumns: {
    household: ['householdId'],
    riskCauses: ['riskCauseList'],
    causesWithheld: ['riskCauseList'],
    daysLeft: ['deadline', 'status'],
    measures: [],
  },
  joins: { household: { entity: () => Household, key: 'householdId' } },
  customFilters: {
    householdBelowLineIn: (qb, value, _ctx, alias) => {
      qb.whereExists(function () {
        this.select('bh.id').from('household as bh').whereRaw(`bh.id = ${alias}.household_id`);
        whereBelowLine(this, 'bh', value, 'filter.householdBelowLineIn');
      });
    },
    riskCause: (qb, value, _ctx, alias) => {
      whereLike(qb, `${alias}.risk_cause_list`, `%,${escapeLike(String(value))},%`);
    },
  },
});

export const assistanceMeasureResource = defineResource({
  name: 'AssistanceMeasure',
  plural: 'assistanceMeasures',
  description: 'assistance measure (帮扶措施)',
  entity: AssistanceMeasure,
  domain: 'monitoring',
  filter: AssistanceMeasureFilter,
  sortFields: AssistanceMeasureSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
  fieldColumns: { case: ['caseId'], placement: ['placementId'] },
  joins: { case: { entity: () => MonitoringCase, key: 'caseId' } },
});

export const householdVisitResource = defineResource({
  name: 'HouseholdVisit',
  plural: 'householdVisits',
  description: 'household visit (走访记录)',
  entity: HouseholdVisit,
  domain: 'monitoring',
  filter: HouseholdVisitFilter,
  sortFields: HouseholdVisitSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'visitedOn', direction: 'DESC' }],
  fieldColumns: { household: ['householdId'] },
  joins: { household: { entity: () => Household, key: 'householdId' } },
});

export const riskEliminationResource = defineResource({
  name: 'RiskElimination',
  plural: 'riskEliminations',
  description: 'risk elimination (风险消除)',
  entity: RiskElimination,
  domain: 'monitoring',
  filter: RiskEliminationFilter,
  sortFields: RiskEliminationSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt', direction: 'DESC' }],
  fieldColumns: { case: ['caseId'] },
  joins: { case: { entity: () => MonitoringCase, key: 'caseId' } },
});

export const householdMemberResource = defineResource({
  name: 'HouseholdMember',
  plural: 'householdMembers',
  description: 'household member (家庭成员)',
  entity: HouseholdMember,
  domain: 'monitoring',
  filter: HouseholdMemberFilter,
  sortFields: HouseholdMemberSortField,
  regionProperty: 'regionCode',
  defaultOrder: [{ field: 'createdAt' }],
  fieldColumns: { household: ['householdId'], person: ['personId'] },
  joins: { household: { entity: () => Household, key: 'householdId' }, person: { entity: () => Person, key: 'personId' } },
});
