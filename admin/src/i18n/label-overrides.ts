/**
 * The one place to correct a label the schema's descriptions make read badly.
 * Labels normally come from the server: every type, field and enum value has a description
 * beginning with its Chinese term ("人员 Person: …", "姓名 (name)"); the console takes that term
 * for zh-CN and the GraphQL name for English. Keys:
 *   'Type'                 an entity (resource) name
 *   'Type.field'           a field of that entity (also used for its inputs and filters)
 *   '*.field'              a field of any entity
 *   'Enum.VALUE'           an enum value
 */
export const labelOverrides: { zh: Record<string, string>; en: Record<string, string> } = {
  zh: {
    '*.id': '编号',
    '*.createdAt': '创建时间',
    '*.updatedAt': '更新时间',
    '*.version': '版本',
    '*.archivedAt': '归档时间',
    '*.status': '状态',
    '*.archived': '归档范围',
    '*.regionCode': '所在区划',
    '*.villageCode': '所在村',
    Person: '人员',
    Region: '行政区划',
  },
  en: {
    '*.id': 'ID',
    '*.idNumber': 'ID number',
    '*.archived': 'Archive scope',
  },
};

/**
 * Menu sections. A resource not named here goes under "其他 / Other"; the order here is the
 * menu's order. Types are GraphQL type names.
 */
export const menuGroups: { key: string; zh: string; en: string; types: string[] }[] = [
  {
    key: 'monitoring',
    zh: '防止返贫监测',
    en: 'Monitoring households at risk',
    types: [
      'MonitoringCase',
      'RiskElimination',
      'Household',
      'HouseholdMember',
      'HouseholdVisit',
      'AssistanceMeasure',
      'HouseholdIncome',
      'MonitoringLine',
    ],
  },
  { key: 'welfare', zh: '公益性岗位', en: 'Welfare posts', types: ['WelfarePost', 'JobPlacement', 'SubsidyPayment'] },
  { key: 'counties', zh: '重点帮扶县', en: 'Key counties', types: ['KeyCounty', 'CountyEvaluation', 'FundAllocation'] },
  { key: 'teams', zh: '驻村帮扶', en: 'Work teams', types: ['WorkTeam', 'TeamMember', 'Training', 'MemberAssessment'] },
  { key: 'cooperation', zh: '东西部协作', en: 'Cooperation', types: ['Pairing', 'CooperationProject'] },
  { key: 'consumption', zh: '消费帮扶', en: 'Consumption assistance', types: ['AssistanceProduct', 'ProductSale'] },
  { key: 'reference', zh: '基础数据', en: 'Reference data', types: ['Person', 'Organization', 'Region'] },
  { key: 'system', zh: '系统管理', en: 'System', types: ['User', 'ApiKey', 'AuditLog'] },
];
