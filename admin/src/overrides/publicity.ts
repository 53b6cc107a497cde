/**
 * Publicity notices (公示名单) that print: which entities have one and the columns printed. The rows
 * come from the server's `publicityList`, which returns only records whose publicity is running and
 * only these fields, so nothing here can add an ID number, phone or health detail to a notice.
 * Entities not in the schema are ignored.
 */
/** The schema type of one printed line; columns name its fields. */
export const PUBLICITY_ENTRY_TYPE = 'PublicityListEntry';

/** The notice and its lines: every column a config below may print is selected here. */
export const PUBLICITY_LIST_QUERY = /* GraphQL */ `
  query Publicity($workflow: String!, $startedOn: String, $regionCode: String) {
    publicityList(workflow: $workflow, startedOn: $startedOn, regionCode: $regionCode) {
      title
      minDays
      publishers
      startsOn
      endsOn
      text
      textEn
      entries {
        recordId
        name
        gender
        village
        post
        supplier
        reason
      }
    }
  }
`;

export interface PublicityColumn {
  /** A field of PublicityListEntry. */
  field: 'name' | 'gender' | 'village' | 'post' | 'supplier' | 'reason';
  label: { zh: string; en: string };
}

export interface PublicityConfig {
  title: { zh: string; en: string };
  columns: PublicityColumn[];
}

export const publicityConfig: Record<string, PublicityConfig> = {
  JobPlacement: {
    title: { zh: '乡村公益性岗位拟聘人员', en: 'Proposed public-welfare post holders' },
    columns: [
      { field: 'name', label: { zh: '姓名', en: 'Name' } },
      { field: 'gender', label: { zh: '性别', en: 'Gender' } },
      { field: 'village', label: { zh: '所在村', en: 'Village' } },
      { field: 'post', label: { zh: '拟聘岗位', en: 'Post' } },
      { field: 'reason', label: { zh: '公示事由', en: 'Reason' } },
    ],
  },
  MonitoringCase: {
    title: { zh: '拟纳入防止返贫监测对象', en: 'Households proposed for monitoring' },
    columns: [
      { field: 'name', label: { zh: '户主', en: 'Head of household' } },
      { field: 'village', label: { zh: '所在村', en: 'Village' } },
      { field: 'reason', label: { zh: '监测类型', en: 'Type' } },
    ],
  },
  RiskElimination: {
    title: { zh: '拟消除返贫风险户', en: 'Households proposed for risk elimination' },
    columns: [
      { field: 'name', label: { zh: '户主', en: 'Head of household' } },
      { field: 'village', label: { zh: '所在村', en: 'Village' } },
      { field: 'reason', label: { zh: '公示事由', en: 'Reason' } },
    ],
  },
  AssistanceProduct: {
    title: { zh: '消费帮扶产品拟认定', en: 'Assistance products proposed for certification' },
    columns: [
      { field: 'name', label: { zh: '产品名称', en: 'Product' } },
      { field: 'supplier', label: { zh: '供应商', en: 'Supplier' } },
      { field: 'village', label: { zh: '产地', en: 'Origin' } },
      { field: 'reason', label: { zh: '公示事由', en: 'Reason' } },
    ],
  },
};
