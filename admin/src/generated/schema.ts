export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** A calendar date without time zone, YYYY-MM-DD (日期). */
  LocalDate: { input: string; output: string; }
  /** Exact amount in yuan (元) with two decimals, sent and returned as a string such as "1234.50". Stored as whole fen. */
  Money: { input: string; output: string; }
  /** A calendar month, YYYY-MM (月份). */
  YearMonth: { input: string; output: string; }
};

/** 调整结对 The successor of an adjusted pairing; omitted sides, parent and targets are copied from the predecessor. */
export type AdjustPairingInput = {
  /** 后续结对结束日期 (end date of the successor; default: the predecessor’s planned end, if any; null for open-ended) */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 受帮扶单位 id (helped organization; default: unchanged) */
  helpedOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 受帮扶区划代码 (helped region; default: unchanged) */
  helpedRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** 帮扶方单位 id (helper organization; default: unchanged) */
  helperOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 帮扶方区划代码 (helper region; default: unchanged) */
  helperRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** 结对类型 (kind; default: unchanged) */
  kind?: InputMaybe<PairingKind>;
  /** 上级结对 id (parent pairing; default: unchanged) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 备注 (remark) */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 调整生效日期 (date the successor starts and the predecessor ends; today or later; default today) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 年度目标·帮扶资金 (annual target: funds, yuan) */
  targetFunds?: InputMaybe<Scalars['Money']['input']>;
  /** 年度目标·劳务输转人数 (annual target: labour transfers) */
  targetLabourTransfers?: InputMaybe<Scalars['Int']['input']>;
  /** 年度目标·消费帮扶采购额 (annual target: purchases, yuan) */
  targetPurchases?: InputMaybe<Scalars['Money']['input']>;
};

/** 接口密钥 API key of a third-party app: scopes, jurisdiction, expiry and rate limit. The key itself is shown only once, when issued. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可写 (may also create/update in its domains; never reveals personal data) */
  canWrite: Scalars['Boolean']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 到期时间 (expires at) */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 最近使用 (last used, to the minute) */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 名称 (name of the app or integration) */
  name: Scalars['String']['output'];
  /** 密钥前缀 (first characters of the key, to recognise it; the rest is never shown again) */
  prefix: Scalars['String']['output'];
  /** 速率限制 (requests per minute) */
  rateLimitPerMinute: Scalars['Int']['output'];
  /** 管辖区划 (jurisdiction; null = whole country) */
  region: Maybe<Region>;
  /** 今日请求数 (requests made with the key today, Beijing time; counted per process, or across processes when Redis is configured) */
  requestsToday: Scalars['Int']['output'];
  /** 吊销时间 (revoked at; a revoked key stops working at once) */
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 授权范围 (domains the key may read, e.g. consumption) */
  scopes: Array<Scalars['String']['output']>;
  /** 仅限登记的查询 (trusted documents: the key may run only operations registered for it) */
  trustedDocumentsOnly: Scalars['Boolean']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 有效 (neither revoked nor expired) */
  valid: Scalars['Boolean']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of ApiKey rows with the total count. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  /** The rows of this page with their cursors. */
  edges: Array<ApiKeyEdge>;
  /** The rows of this page. */
  nodes: Array<ApiKey>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ApiKey with its cursor. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ApiKey;
};

/** 接口密钥筛选 Conditions on API keys. */
export type ApiKeyFilter = {
  /** All of these. */
  and?: InputMaybe<Array<ApiKeyFilter>>;
  /** 归档范围 (archived keys: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 到期时间 (expires at) */
  expiresAt?: InputMaybe<DateTimeFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 名称 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<ApiKeyFilter>>;
  /** 管辖区划 (jurisdiction) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 吊销时间 (revoked at; isNull: true for keys still valid) */
  revokedAt?: InputMaybe<DateTimeFilter>;
  /** 更新时间 (updated at: issue, rotation, revocation) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for ApiKey lists; give several for a multi-key sort. */
export type ApiKeyOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: ApiKeySortField;
};

/** 排序字段 Fields ApiKey lists can be sorted by (each backed by an index). */
export type ApiKeySortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by expiresAt. */
  | 'expiresAt'
  /** Sort by name. */
  | 'name'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 归档范围 Which records to include by archive state. */
export type ArchiveScope =
  /** 未归档 (not archived; the default) */
  | 'ACTIVE'
  /** 全部 (both) */
  | 'ALL'
  /** 已归档 (archived only) */
  | 'ARCHIVED';

/** 考核结果 Monthly assessment result. */
export type Assessment =
  /** 不合格 (fail) */
  | 'FAIL'
  /** 合格 (pass) */
  | 'PASS';

/** Conditions on Assessment. */
export type AssessmentFilter = {
  /** Equal to. */
  eq?: InputMaybe<Assessment>;
  /** One of. */
  in?: InputMaybe<Array<Assessment>>;
  /** Not equal to. */
  ne?: InputMaybe<Assessment>;
  /** None of. */
  notIn?: InputMaybe<Array<Assessment>>;
};

/** 考核等次 Annual assessment rating. */
export type AssessmentRating =
  /** 基本称职 (basically competent) */
  | 'BASICALLY_COMPETENT'
  /** 称职 (competent) */
  | 'COMPETENT'
  /** 优秀 (excellent) */
  | 'EXCELLENT'
  /** 不称职 (incompetent) */
  | 'INCOMPETENT';

/** 考核等次统计 Assessments of one rating. */
export type AssessmentRatingCount = {
  __typename?: 'AssessmentRatingCount';
  /** 人数 (assessments) */
  count: Scalars['Int']['output'];
  /** 考核等次 (rating) */
  rating: AssessmentRating;
};

/** Conditions on AssessmentRating. */
export type AssessmentRatingFilter = {
  /** Equal to. */
  eq?: InputMaybe<AssessmentRating>;
  /** One of. */
  in?: InputMaybe<Array<AssessmentRating>>;
  /** Not equal to. */
  ne?: InputMaybe<AssessmentRating>;
  /** None of. */
  notIn?: InputMaybe<Array<AssessmentRating>>;
};

/** 帮扶措施 AssistanceMeasure: one measure of a monitored household’s plan (一户一策). */
export type AssistanceMeasure = {
  __typename?: 'AssistanceMeasure';
  /** 帮扶资金 (money of the measure, yuan) */
  amount: Maybe<Scalars['Money']['output']>;
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 监测对象 (case) */
  case: Maybe<MonitoringCase>;
  /** 监测对象 id (case id) */
  caseId: Scalars['String']['output'];
  /** 措施内容 (what is done) */
  content: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 计划完成日期 (due date) */
  dueOn: Maybe<Scalars['LocalDate']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 措施类型 (kind) */
  kind: MeasureKind;
  /** 公益性岗位聘任 (the placement of a WELFARE_POST measure) */
  placement: Maybe<JobPlacement>;
  /** 公益性岗位聘任 id (the placement, for a WELFARE_POST measure) */
  placementId: Maybe<Scalars['String']['output']>;
  /** 区划代码 (region code for jurisdiction: the household’s village code) */
  regionCode: Scalars['String']['output'];
  /** 责任人 (responsible person, often a work-team member) */
  responsible: Scalars['String']['output'];
  /** 落实状态 (status) */
  status: MeasureStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of AssistanceMeasure rows with the total count. */
export type AssistanceMeasureConnection = {
  __typename?: 'AssistanceMeasureConnection';
  /** The rows of this page with their cursors. */
  edges: Array<AssistanceMeasureEdge>;
  /** The rows of this page. */
  nodes: Array<AssistanceMeasure>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A AssistanceMeasure with its cursor. */
export type AssistanceMeasureEdge = {
  __typename?: 'AssistanceMeasureEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: AssistanceMeasure;
};

/** 帮扶措施筛选 Conditions on assistance measures. */
export type AssistanceMeasureFilter = {
  /** All of these. */
  and?: InputMaybe<Array<AssistanceMeasureFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 监测对象 (case) */
  case?: InputMaybe<IdFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 措施类型 (kind) */
  kind?: InputMaybe<MeasureKindFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<AssistanceMeasureFilter>>;
  /** 区划 (region of the household) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 落实状态 (status) */
  status?: InputMaybe<MeasureStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for AssistanceMeasure lists; give several for a multi-key sort. */
export type AssistanceMeasureOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: AssistanceMeasureSortField;
};

/** 排序字段 Fields AssistanceMeasure lists can be sorted by (each backed by an index). */
export type AssistanceMeasureSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by dueOn. */
  | 'dueOn'
  /** Sort by kind. */
  | 'kind'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 帮扶产品 AssistanceProduct: a product of a poverty-exited county applying for or holding certification (认定). */
export type AssistanceProduct = {
  __typename?: 'AssistanceProduct';
  /** 年供应能力 (annual supply capacity, in units) */
  annualSupplyCapacity: Maybe<Scalars['Int']['output']>;
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<AssistanceProductAvailableAction>;
  /** 品牌 (brand) */
  brand: Maybe<Scalars['String']['output']>;
  /** 产品类别 (category) */
  category: ProductCategory;
  /** 认定证书编号 (certificate number, assigned by CERTIFY) */
  certificateNumber: Maybe<Scalars['String']['output']>;
  /** 当前有效认定 (holds a valid certificate today) */
  certifiedToday: Scalars['Boolean']['output'];
  /** 产地县 (origin county) */
  county: Maybe<Region>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 当前状态 (status today: a CERTIFIED product past its validity reads EXPIRED even before expireCertifications records it) */
  effectiveStatus: ProductStatus;
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** 带动脱贫户数 (poverty-exited households linked) */
  householdsLinked: Scalars['Int']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 产品名称 (name) */
  name: Scalars['String']['output'];
  /** 异议 (objections raised against this record in any of its publicities, oldest first) */
  objections: Array<Objection>;
  /** 价格 (unit price, yuan) */
  price: Scalars['Money']['output'];
  /** 公示 (the current or latest publicity of this record; null when never publicized) */
  publicity: Maybe<Publicity>;
  /** 公示开始时间 (when the public notice started) */
  publicizedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 管辖区划 (region code used for jurisdiction: the origin county) */
  regionCode: Scalars['String']['output'];
  /** 撤销日期 (date the certificate was revoked) */
  revokedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 销售记录 (sales of this product) */
  sales: ProductSaleConnection;
  /** 规格 (specification, e.g. 5kg/袋) */
  spec: Maybe<Scalars['String']['output']>;
  /** 认定状态 (status as stored; see effectiveStatus for expiry computed at read time) */
  status: ProductStatus;
  /** 供应商 (supplier) */
  supplier: Maybe<Organization>;
  /** 计量单位 (unit, e.g. 袋) */
  unit: Scalars['String']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 有效期起 (certificate valid from) */
  validFrom: Maybe<Scalars['LocalDate']['output']>;
  /** 有效期止 (certificate valid to, inclusive) */
  validTo: Maybe<Scalars['LocalDate']['output']>;
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** 帮扶产品 AssistanceProduct: a product of a poverty-exited county applying for or holding certification (认定). */
export type AssistanceProductSalesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProductSaleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ProductSaleOrder>>;
};

/** 一项可执行的操作 An action the caller may take on this AssistanceProduct now. */
export type AssistanceProductAvailableAction = {
  __typename?: 'AssistanceProductAvailableAction';
  /** The action to pass to the transition mutation. */
  action: ProductAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of AssistanceProduct rows with the total count. */
export type AssistanceProductConnection = {
  __typename?: 'AssistanceProductConnection';
  /** The rows of this page with their cursors. */
  edges: Array<AssistanceProductEdge>;
  /** The rows of this page. */
  nodes: Array<AssistanceProduct>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A AssistanceProduct with its cursor. */
export type AssistanceProductEdge = {
  __typename?: 'AssistanceProductEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: AssistanceProduct;
};

/** 帮扶产品筛选 Conditions on assistance products. */
export type AssistanceProductFilter = {
  /** All of these. */
  and?: InputMaybe<Array<AssistanceProductFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 产品类别 (category) */
  category?: InputMaybe<ProductCategoryFilter>;
  /** 认定证书编号 (certificate number) */
  certificateNumber?: InputMaybe<StringFilter>;
  /** 产地县 (origin county) */
  county?: InputMaybe<RegionCodeFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 产品名称 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<AssistanceProductFilter>>;
  /** 管辖区划 (region) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 认定状态 (stored status) */
  status?: InputMaybe<ProductStatusFilter>;
  /** 供应商 (supplier organization) */
  supplier?: InputMaybe<IdFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 有效期止 (valid to) */
  validTo?: InputMaybe<LocalDateFilter>;
};

/** One sort key for AssistanceProduct lists; give several for a multi-key sort. */
export type AssistanceProductOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: AssistanceProductSortField;
};

/** 排序字段 Fields AssistanceProduct lists can be sorted by (each backed by an index). */
export type AssistanceProductSortField =
  /** Sort by category. */
  | 'category'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by name. */
  | 'name'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 审计日志 Audit log entry: who did what to which record, when and from where. */
export type AuditLog = {
  __typename?: 'AuditLog';
  /** 动作 (action: create, update, archive, restore, transition:<ACTION>, login, login_failed, lockout, reveal, …) */
  action: Scalars['String']['output'];
  /** 操作人 id (actor id: user or API key) */
  actorId: Maybe<Scalars['String']['output']>;
  /** 操作人 (actor name) */
  actorName: Maybe<Scalars['String']['output']>;
  /** 时间 (when) */
  at: Scalars['DateTimeISO']['output'];
  /** 变更内容 (changed fields as JSON: {field: [before, after]}, sensitive values masked) */
  changes: Maybe<Scalars['String']['output']>;
  /** 说明 (reason or detail, e.g. the stated reason for revealing personal data) */
  detail: Maybe<Scalars['String']['output']>;
  /** 对象类型 (entity type, e.g. JobPlacement, or Session for logins) */
  entity: Scalars['String']['output'];
  /** 对象 id (record id) */
  entityId: Maybe<Scalars['String']['output']>;
  /** Entry id (time-ordered). */
  id: Scalars['ID']['output'];
  /** IP 地址 (client address) */
  ip: Maybe<Scalars['String']['output']>;
  /** 请求号 (request id) */
  requestId: Maybe<Scalars['String']['output']>;
};

/** A page of AuditLog rows with the total count. */
export type AuditLogConnection = {
  __typename?: 'AuditLogConnection';
  /** The rows of this page with their cursors. */
  edges: Array<AuditLogEdge>;
  /** The rows of this page. */
  nodes: Array<AuditLog>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A AuditLog with its cursor. */
export type AuditLogEdge = {
  __typename?: 'AuditLogEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: AuditLog;
};

/** 审计日志筛选 Conditions on audit log entries. */
export type AuditLogFilter = {
  /** 动作 (action, e.g. reveal, update, transition:APPROVE) */
  action?: InputMaybe<StringFilter>;
  /** 操作人 (actor id: user or API key) */
  actor?: InputMaybe<IdFilter>;
  /** 操作人姓名 (actor name, e.g. contains a username) */
  actorName?: InputMaybe<StringFilter>;
  /** All of these. */
  and?: InputMaybe<Array<AuditLogFilter>>;
  /** 时间 (time range) */
  at?: InputMaybe<DateTimeFilter>;
  /** 对象类型 (entity type, e.g. Person) */
  entity?: InputMaybe<StringFilter>;
  /** 对象 id (record id) */
  entityId?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<AuditLogFilter>>;
  /** 请求号 (request id) */
  requestId?: InputMaybe<StringFilter>;
};

/** One sort key for AuditLog lists; give several for a multi-key sort. */
export type AuditLogOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: AuditLogSortField;
};

/** 排序字段 Fields AuditLog lists can be sorted by (each backed by an index). */
export type AuditLogSortField =
  /** Sort by at. */
  | 'at';

/** 是否条件 Condition on a yes/no field. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 汇总维度 How a consumption rollup is grouped. */
export type ConsumptionGroupBy =
  /** 按产品类别 (by product category) */
  | 'CATEGORY'
  /** 按销售渠道 (by channel) */
  | 'CHANNEL'
  /** 按产地县 (by origin county) */
  | 'COUNTY'
  /** 按月份 (by month) */
  | 'MONTH';

/** 消费帮扶汇总 ConsumptionRollup: assisted-product sales of a region in a year or month. Assisted amounts exclude sales of products not certified in that month. */
export type ConsumptionRollup = {
  __typename?: 'ConsumptionRollup';
  /** 帮扶销售额 (assisted sales) */
  assistedAmount: Scalars['Money']['output'];
  /** 汇总维度 (grouping) */
  groupBy: ConsumptionGroupBy;
  /** 分组 (groups, largest assisted amount first) */
  groups: Array<ConsumptionRollupGroup>;
  /** 月份 (month 1–12, when asked for one month) */
  month: Maybe<Scalars['Int']['output']>;
  /** 区划代码 (region) */
  regionCode: Scalars['String']['output'];
  /** 记录条数 (sales rows) */
  rows: Scalars['Int']['output'];
  /** 录入销售额 (all recorded sales) */
  totalAmount: Scalars['Money']['output'];
  /** 未计入帮扶销售额 (recorded sales not counted: product not certified in that month) */
  unassistedAmount: Scalars['Money']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** 消费帮扶汇总分组 One group of a consumption rollup. */
export type ConsumptionRollupGroup = {
  __typename?: 'ConsumptionRollupGroup';
  /** 帮扶销售额 (assisted sales) */
  assistedAmount: Scalars['Money']['output'];
  /** 数量 (quantity of assisted sales) */
  assistedQuantity: Scalars['Int']['output'];
  /** 分组键 (group key: channel, category, county code or month) */
  key: Scalars['String']['output'];
  /** 分组名称 (Chinese label of the group) */
  label: Scalars['String']['output'];
  /** 记录条数 (sales rows) */
  rows: Scalars['Int']['output'];
  /** 录入销售额 (all recorded sales, incl. not assisted) */
  totalAmount: Scalars['Money']['output'];
};

/** 项目类别 Category of a cooperation project. */
export type CooperationCategory =
  /** 消费帮扶 (consumption assistance) */
  | 'CONSUMPTION'
  /** 示范村 (demonstration village) */
  | 'DEMO_VILLAGE'
  /** 教育帮扶 (education) */
  | 'EDUCATION'
  /** 医疗帮扶 (health) */
  | 'HEALTH'
  /** 共建产业园区 (co-built industrial park) */
  | 'INDUSTRIAL_PARK'
  /** 产业合作 (industrial cooperation) */
  | 'INDUSTRY'
  /** 基础设施 (infrastructure) */
  | 'INFRASTRUCTURE'
  /** 劳务协作 (labour cooperation) */
  | 'LABOR'
  /** 其他 (other) */
  | 'OTHER'
  /** 人才交流 (talent exchange) */
  | 'TALENT'
  /** 帮扶车间 (assisted workshop) */
  | 'WORKSHOP';

/** Conditions on CooperationCategory. */
export type CooperationCategoryFilter = {
  /** Equal to. */
  eq?: InputMaybe<CooperationCategory>;
  /** One of. */
  in?: InputMaybe<Array<CooperationCategory>>;
  /** Not equal to. */
  ne?: InputMaybe<CooperationCategory>;
  /** None of. */
  notIn?: InputMaybe<Array<CooperationCategory>>;
};

/** 协作项目 CooperationProject: a project carried out under a pairing in one county. */
export type CooperationProject = {
  __typename?: 'CooperationProject';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<CooperationProjectAvailableAction>;
  /** 项目类别 (category) */
  category: CooperationCategory;
  /** 完工日期 (completion date; set by COMPLETE) */
  completionDate: Maybe<Scalars['LocalDate']['output']>;
  /** 所在县 (county) */
  county: Maybe<Region>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 引进企业数 (enterprises introduced) */
  enterprisesIntroduced: Scalars['Int']['output'];
  /** 已支出资金 (funds disbursed, yuan; never above funds in place) */
  fundsDisbursed: Scalars['Money']['output'];
  /** 到位资金 (funds in place, yuan; never above planned) */
  fundsInPlace: Scalars['Money']['output'];
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 引进投资 (investment attracted, yuan) */
  investmentAttracted: Scalars['Money']['output'];
  /** 带动就业 (jobs created) */
  jobsCreated: Scalars['Int']['output'];
  /** 转移就业人数 (labour transfers) */
  labourTransfers: Scalars['Int']['output'];
  /** 项目名称 (name) */
  name: Scalars['String']['output'];
  /** 结对关系 (pairing) */
  pairing: Maybe<Pairing>;
  /** 共建产业园区 (the project co-builds an industrial park) */
  parkCoBuilt: Scalars['Boolean']['output'];
  /** 受益人口 (people benefiting: poverty-exited + monitored) */
  peopleBenefiting: Scalars['Int']['output'];
  /** 受益监测人口 (monitored people benefiting) */
  peopleBenefitingMonitored: Scalars['Int']['output'];
  /** 受益脱贫人口 (poverty-exited people benefiting) */
  peopleBenefitingPovertyExited: Scalars['Int']['output'];
  /** 计划资金 (planned funds, yuan) */
  plannedFunds: Scalars['Money']['output'];
  /** 其中脱贫人口转移就业 (of which poverty-exited labourers) */
  povertyExitedLabourTransfers: Scalars['Int']['output'];
  /** 管辖区划 (region code used for jurisdiction: the county code) */
  regionCode: Scalars['String']['output'];
  /** 开工日期 (start date; set by START) */
  startDate: Maybe<Scalars['LocalDate']['output']>;
  /** 状态 (status; changes only through transitionCooperationProject) */
  status: CooperationProjectStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** 项目操作 Workflow actions on a cooperation project. */
export type CooperationProjectAction =
  /** 验收 (accept) */
  | 'ACCEPT'
  /** 批复 (approve) */
  | 'APPROVE'
  /** 取消 (cancel; comment required) */
  | 'CANCEL'
  /** 完工 (complete) */
  | 'COMPLETE'
  /** 登记验收后资金 (record funds that arrive or are spent after acceptance; the project stays ACCEPTED) */
  | 'RECORD_FUNDS'
  /** 退回 (return to draft; comment required) */
  | 'RETURN'
  /** 开工 (start) */
  | 'START'
  /** 申报 (submit) */
  | 'SUBMIT';

/** 一项可执行的操作 An action the caller may take on this CooperationProject now. */
export type CooperationProjectAvailableAction = {
  __typename?: 'CooperationProjectAvailableAction';
  /** The action to pass to the transition mutation. */
  action: CooperationProjectAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of CooperationProject rows with the total count. */
export type CooperationProjectConnection = {
  __typename?: 'CooperationProjectConnection';
  /** The rows of this page with their cursors. */
  edges: Array<CooperationProjectEdge>;
  /** The rows of this page. */
  nodes: Array<CooperationProject>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A CooperationProject with its cursor. */
export type CooperationProjectEdge = {
  __typename?: 'CooperationProjectEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CooperationProject;
};

/** 协作项目筛选 Conditions on cooperation projects. */
export type CooperationProjectFilter = {
  /** All of these. */
  and?: InputMaybe<Array<CooperationProjectFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 项目类别 (category) */
  category?: InputMaybe<CooperationCategoryFilter>;
  /** 所在县 (county) */
  county?: InputMaybe<RegionCodeFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 项目名称 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<CooperationProjectFilter>>;
  /** 结对关系 (pairing) */
  pairing?: InputMaybe<IdFilter>;
  /** 共建产业园区 (co-built park) */
  parkCoBuilt?: InputMaybe<BooleanFilter>;
  /** 管辖区划 (region) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 状态 (status) */
  status?: InputMaybe<CooperationProjectStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 年度 (year) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for CooperationProject lists; give several for a multi-key sort. */
export type CooperationProjectOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: CooperationProjectSortField;
};

/** 排序字段 Fields CooperationProject lists can be sorted by (each backed by an index). */
export type CooperationProjectSortField =
  /** Sort by category. */
  | 'category'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by name. */
  | 'name'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by year. */
  | 'year';

/** 项目状态 Status of a cooperation project. */
export type CooperationProjectStatus =
  /** 已验收 (accepted) */
  | 'ACCEPTED'
  /** 已批复 (approved) */
  | 'APPROVED'
  /** 已取消 (cancelled) */
  | 'CANCELLED'
  /** 已完工 (completed) */
  | 'COMPLETED'
  /** 草稿 (draft; also where a returned project goes back to) */
  | 'DRAFT'
  /** 已开工 (in progress) */
  | 'IN_PROGRESS'
  /** 已申报 (submitted) */
  | 'SUBMITTED';

/** Conditions on CooperationProjectStatus. */
export type CooperationProjectStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<CooperationProjectStatus>;
  /** One of. */
  in?: InputMaybe<Array<CooperationProjectStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<CooperationProjectStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<CooperationProjectStatus>>;
};

/** 项目流转附加信息 What a cooperation-project workflow step may record. */
export type CooperationProjectTransitionInput = {
  /** 完工日期 (completion date, for COMPLETE; default today) */
  completionDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 本次到位资金 (funds arrived now, yuan, for RECORD_FUNDS; added to funds in place, which stays ≤ planned) */
  fundsArrived?: InputMaybe<Scalars['Money']['input']>;
  /** 本次支出资金 (funds spent now, yuan, for RECORD_FUNDS; added to disbursed, which stays ≤ in place) */
  fundsSpent?: InputMaybe<Scalars['Money']['input']>;
  /** 开工日期 (start date, for START; default today) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 协作年度汇总 CooperationSummary: one year of cooperation projects for a pairing (and the pairings under it) or between provinces. Totals count implemented projects (已批复及以后: APPROVED, IN_PROGRESS, COMPLETED, ACCEPTED); `byStatus` lists every status. */
export type CooperationSummary = {
  __typename?: 'CooperationSummary';
  /** 按状态项目数 (projects by status, all statuses) */
  byStatus: Array<ProjectStatusCount>;
  /** 消费帮扶（协作地区采购）(consumption assistance by the partner side: assisted sales of the year from a helped region of the selected pairings, in a month the pairing was in force, bought by the helper organization or a buyer organization in the helper region, or — when no buyer is recorded — sold through the EAST_PARTNER channel; a buyer elsewhere does not count) */
  consumptionSales: Scalars['Money']['output'];
  /** 资金支出进度 (disbursed ÷ in place × 100, rounded to 0.1) */
  disbursementRate: Maybe<Scalars['Float']['output']>;
  /** 引进企业数 (enterprises introduced) */
  enterprisesIntroduced: Scalars['Int']['output'];
  /** 已支出资金 (funds disbursed) */
  fundsDisbursed: Scalars['Money']['output'];
  /** 到位资金 (funds in place) */
  fundsInPlace: Scalars['Money']['output'];
  /** 资金到位率 (funds in place ÷ planned × 100, rounded to 0.1) */
  fundsInPlaceRate: Maybe<Scalars['Float']['output']>;
  /** 受帮扶地区帮扶产品销售额 (all assisted sales of the year whose origin county lies in a helped region of the selected pairings, whoever bought them; includes consumptionSales) */
  helpedAreaAssistedSales: Scalars['Money']['output'];
  /** 引进投资 (investment attracted) */
  investmentAttracted: Scalars['Money']['output'];
  /** 带动就业 (jobs created) */
  jobsCreated: Scalars['Int']['output'];
  /** 转移就业人数 (labour transfers) */
  labourTransfers: Scalars['Int']['output'];
  /** 共建产业园区数 (industrial parks co-built) */
  parksCoBuilt: Scalars['Int']['output'];
  /** 受益人口 (people benefiting: poverty-exited + monitored) */
  peopleBenefiting: Scalars['Int']['output'];
  /** 受益监测人口 (monitored people benefiting) */
  peopleBenefitingMonitored: Scalars['Int']['output'];
  /** 受益脱贫人口 (poverty-exited people benefiting) */
  peopleBenefitingPovertyExited: Scalars['Int']['output'];
  /** 计划资金 (planned funds) */
  plannedFunds: Scalars['Money']['output'];
  /** 其中脱贫人口 (of which poverty-exited) */
  povertyExitedLabourTransfers: Scalars['Int']['output'];
  /** 实施项目数 (implemented projects: approved or later) */
  projects: Scalars['Int']['output'];
  /** 开工率 (start rate, percent rounded to 0.1: started ÷ implemented × 100; null when no projects) */
  startRate: Maybe<Scalars['Float']['output']>;
  /** 已开工项目数 (started projects: IN_PROGRESS, COMPLETED, ACCEPTED) */
  startedProjects: Scalars['Int']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** 监测评估 CountyEvaluation: a periodic monitoring evaluation of a key county. */
export type CountyEvaluation = {
  __typename?: 'CountyEvaluation';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 县级区划代码 (county code, copied from the key county) */
  countyCode: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 评估单位/评估人 (evaluator) */
  evaluator: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 脱贫人口收入增长率 (income growth, %, exact to 0.01) */
  incomeGrowth: Maybe<Scalars['Float']['output']>;
  /** 重点帮扶县 (the key county) */
  keyCounty: Maybe<KeyCounty>;
  /** 监测户数 (monitored households) */
  monitoredHouseholds: Maybe<Scalars['Int']['output']>;
  /** 备注 (notes) */
  notes: Maybe<Scalars['String']['output']>;
  /** 评估期 (period: ANNUAL or a quarter) */
  period: EvaluationPeriod;
  /** 脱贫人口人均纯收入 (poverty-exited income per capita, yuan) */
  povertyExitedIncomePerCapita: Maybe<Scalars['Money']['output']>;
  /** 脱贫劳动力务工就业人数 (poverty-exited labourers in work) */
  povertyExitedLabourInWork: Maybe<Scalars['Int']['output']>;
  /** 评估等次 (rating) */
  rating: Maybe<EvaluationRating>;
  /** 已消除风险户数 (households whose risk was eliminated) */
  riskEliminatedHouseholds: Maybe<Scalars['Int']['output']>;
  /** 农村居民人均可支配收入 (rural income per capita, yuan) */
  ruralIncomePerCapita: Maybe<Scalars['Money']['output']>;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** A page of CountyEvaluation rows with the total count. */
export type CountyEvaluationConnection = {
  __typename?: 'CountyEvaluationConnection';
  /** The rows of this page with their cursors. */
  edges: Array<CountyEvaluationEdge>;
  /** The rows of this page. */
  nodes: Array<CountyEvaluation>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A CountyEvaluation with its cursor. */
export type CountyEvaluationEdge = {
  __typename?: 'CountyEvaluationEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: CountyEvaluation;
};

/** 监测评估筛选 Conditions on county evaluations. */
export type CountyEvaluationFilter = {
  /** All of these. */
  and?: InputMaybe<Array<CountyEvaluationFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 县 (county code) */
  county?: InputMaybe<RegionCodeFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 重点帮扶县 (key county id) */
  keyCounty?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<CountyEvaluationFilter>>;
  /** 评估期 (period) */
  period?: InputMaybe<EvaluationPeriodFilter>;
  /** 评估等次 (rating) */
  rating?: InputMaybe<EvaluationRatingFilter>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 年度 (year) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for CountyEvaluation lists; give several for a multi-key sort. */
export type CountyEvaluationOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: CountyEvaluationSortField;
};

/** 排序字段 Fields CountyEvaluation lists can be sorted by (each backed by an index). */
export type CountyEvaluationSortField =
  /** Sort by countyCode. */
  | 'countyCode'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by year. */
  | 'year';

/** 签发接口密钥 A new API key for a third-party app. */
export type CreateApiKeyInput = {
  /** 可写 (may also create and update in its domains; default read only) */
  canWrite?: InputMaybe<Scalars['Boolean']['input']>;
  /** 到期时间 (expiry; at most one year ahead) */
  expiresAt: Scalars['DateTimeISO']['input'];
  /** 名称 (name of the app or integration) */
  name: Scalars['String']['input'];
  /** 所属单位 (organization of the app) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 速率限制 (requests per minute; default RATE_LIMIT_PER_MINUTE) */
  rateLimitPerMinute?: InputMaybe<Scalars['Int']['input']>;
  /** 管辖区划代码 (jurisdiction region code; null = whole country) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 授权范围 (domains, e.g. ["consumption"]; administration domains cannot be granted) */
  scopes: Array<Scalars['String']['input']>;
};

/** 新建帮扶措施 A measure of a case’s plan (一户一策). */
export type CreateAssistanceMeasureInput = {
  /** 帮扶资金 (yuan, 0 or more) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 监测对象 id (case; identified or under identification) */
  caseId: Scalars['ID']['input'];
  /** 措施内容 (what is done) */
  content: Scalars['String']['input'];
  /** 计划完成日期 (due date) */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 措施类型 (kind) */
  kind: MeasureKind;
  /** 公益性岗位聘任 id (required for WELFARE_POST: a placement of a member of the household, not rejected or withdrawn) */
  placementId?: InputMaybe<Scalars['ID']['input']>;
  /** 责任人 (responsible person) */
  responsible: Scalars['String']['input'];
  /** 落实状态 (default PLANNED) */
  status?: InputMaybe<MeasureStatus>;
};

/** 新建帮扶产品 A new assistance product (starts as DRAFT). The county must be a poverty-exited county and the supplier registered in it. */
export type CreateAssistanceProductInput = {
  /** 年供应能力 (annual supply capacity, units) */
  annualSupplyCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** 品牌 (brand) */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** 产品类别 (category) */
  category: ProductCategory;
  /** 产地县代码 (origin county code, 6 digits; must be flagged poverty-exited) */
  countyCode: Scalars['String']['input'];
  /** 带动脱贫户数 (poverty-exited households linked) */
  householdsLinked?: InputMaybe<Scalars['Int']['input']>;
  /** 产品名称 (name) */
  name: Scalars['String']['input'];
  /** 价格 (unit price, yuan) */
  price: Scalars['Money']['input'];
  /** 规格 (specification) */
  spec?: InputMaybe<Scalars['String']['input']>;
  /** 供应商单位 id (supplier organization registered in the county) */
  supplierId: Scalars['ID']['input'];
  /** 计量单位 (unit) */
  unit: Scalars['String']['input'];
};

/** 新建协作项目 A new cooperation project (starts as DRAFT). */
export type CreateCooperationProjectInput = {
  /** 项目类别 (category) */
  category: CooperationCategory;
  /** 所在县代码 (county code, 6 digits, inside the pairing’s helped region) */
  countyCode: Scalars['String']['input'];
  /** 引进企业数 (enterprises introduced) */
  enterprisesIntroduced?: InputMaybe<Scalars['Int']['input']>;
  /** 已支出资金 (funds disbursed, yuan; ≤ in place) */
  fundsDisbursed?: InputMaybe<Scalars['Money']['input']>;
  /** 到位资金 (funds in place, yuan; ≤ planned) */
  fundsInPlace?: InputMaybe<Scalars['Money']['input']>;
  /** 引进投资 (investment attracted, yuan) */
  investmentAttracted?: InputMaybe<Scalars['Money']['input']>;
  /** 带动就业 (jobs created) */
  jobsCreated?: InputMaybe<Scalars['Int']['input']>;
  /** 转移就业人数 (labour transfers) */
  labourTransfers?: InputMaybe<Scalars['Int']['input']>;
  /** 项目名称 (name) */
  name: Scalars['String']['input'];
  /** 结对关系 id (pairing; in force or starting later, and its period must cover part of the project year) */
  pairingId: Scalars['ID']['input'];
  /** 共建产业园区 (co-builds an industrial park) */
  parkCoBuilt?: InputMaybe<Scalars['Boolean']['input']>;
  /** 受益监测人口 (monitored people benefiting) */
  peopleBenefitingMonitored?: InputMaybe<Scalars['Int']['input']>;
  /** 受益脱贫人口 (poverty-exited people benefiting) */
  peopleBenefitingPovertyExited?: InputMaybe<Scalars['Int']['input']>;
  /** 计划资金 (planned funds, yuan) */
  plannedFunds: Scalars['Money']['input'];
  /** 其中脱贫人口 (of which poverty-exited; ≤ labour transfers) */
  povertyExitedLabourTransfers?: InputMaybe<Scalars['Int']['input']>;
  /** 年度 (year) */
  year: Scalars['Int']['input'];
};

/** 新建监测评估 A new evaluation; one per key county, year and period. */
export type CreateCountyEvaluationInput = {
  /** 评估单位/评估人 (evaluator) */
  evaluator?: InputMaybe<Scalars['String']['input']>;
  /** 脱贫人口收入增长率 (income growth, %, at most two decimals, e.g. 13.98) */
  incomeGrowth?: InputMaybe<Scalars['Float']['input']>;
  /** 重点帮扶县 (key county id) */
  keyCountyId: Scalars['ID']['input'];
  /** 监测户数 (monitored households) */
  monitoredHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 评估期 (period) */
  period: EvaluationPeriod;
  /** 脱贫人口人均纯收入 (poverty-exited income per capita, yuan) */
  povertyExitedIncomePerCapita?: InputMaybe<Scalars['Money']['input']>;
  /** 脱贫劳动力务工就业人数 (poverty-exited labourers in work) */
  povertyExitedLabourInWork?: InputMaybe<Scalars['Int']['input']>;
  /** 评估等次 (rating) */
  rating?: InputMaybe<EvaluationRating>;
  /** 已消除风险户数 (risk-eliminated households) */
  riskEliminatedHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** 农村居民人均可支配收入 (rural income per capita, yuan) */
  ruralIncomePerCapita?: InputMaybe<Scalars['Money']['input']>;
  /** 年度 (year) */
  year: Scalars['Int']['input'];
};

/** 新建衔接资金 A new fund allocation. */
export type CreateFundAllocationInput = {
  /** 下达金额 (amount, yuan) */
  amount: Scalars['Money']['input'];
  /** 已支出金额 (disbursed, yuan; default 0; at most the amount) */
  disbursed?: InputMaybe<Scalars['Money']['input']>;
  /** 重点帮扶县 (key county id) */
  keyCountyId: Scalars['ID']['input'];
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 项目数 (projects; default 0) */
  projectCount?: InputMaybe<Scalars['Int']['input']>;
  /** 已开工项目数 (projects started; default 0; at most the project count) */
  projectsStarted?: InputMaybe<Scalars['Int']['input']>;
  /** 资金用途 (purpose) */
  purpose: FundPurpose;
  /** 资金来源 (source) */
  source: FundSource;
  /** 年度 (year) */
  year: Scalars['Int']['input'];
};

/** 新建农户收入 One income record of a household: a year and a source. */
export type CreateHouseholdIncomeInput = {
  /** 金额 (yuan, 0 or more) */
  amount: Scalars['Money']['input'];
  /** 农户 id (household) */
  householdId: Scalars['ID']['input'];
  /** 收入来源 (source) */
  source: IncomeSource;
  /** 年度 (year, not in the future) */
  year: Scalars['Int']['input'];
};

/** 新建农户 A household, with its head (a person of the same village). */
export type CreateHouseholdInput = {
  /** 户类别 (category) */
  category: HouseholdCategory;
  /** 合规自付支出 (compliant out-of-pocket costs of the year, yuan; default 0) */
  compliantExpenses?: InputMaybe<Scalars['Money']['input']>;
  /** 饮水安全有保障 (default true) */
  drinkingWaterSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 义务教育有保障 (default true) */
  educationSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 户主 id (head of the household; a person of the village, head of no other household) */
  headPersonId: Scalars['ID']['input'];
  /** 住房安全有保障 (default true) */
  housingSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 劳动力人数 (members able to work, 0..size) */
  labourers: Scalars['Int']['input'];
  /** 基本医疗保险有保障 (default true) */
  medicalInsuranceSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 核实日期 (date the four items were checked; not in the future) */
  securedCheckedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 家庭人口 (household size, 1..30) */
  size: Scalars['Int']['input'];
};

/** 新建家庭成员 A person joins a household (the head joins when the household is created). */
export type CreateHouseholdMemberInput = {
  /** 农户 id (household) */
  householdId: Scalars['ID']['input'];
  /** 人员 id (a person of the household’s village, in no other household) */
  personId: Scalars['ID']['input'];
  /** 与户主关系 (relation to the head; HEAD only for the head) */
  relation: HouseholdRelation;
};

/** 新建走访记录 A visit to a household. */
export type CreateHouseholdVisitInput = {
  /** 走访情况 (findings) */
  findings: Scalars['String']['input'];
  /** 农户 id (household) */
  householdId: Scalars['ID']['input'];
  /** 风险上升 (the risk is rising; default false) */
  riskRising?: InputMaybe<Scalars['Boolean']['input']>;
  /** 驻村干部 id (the work-team member who visited; a member of a team in the household’s village) */
  teamMemberId?: InputMaybe<Scalars['ID']['input']>;
  /** 走访日期 (visit date; not in the future) */
  visitedOn: Scalars['LocalDate']['input'];
  /** 走访人 (who visited; default the team member’s name, required without one) */
  visitor?: InputMaybe<Scalars['String']['input']>;
};

/** 新建聘任申请 A person applies for a post (status APPLIED); eligibility is checked now and again at county approval. */
export type CreateJobPlacementInput = {
  /** 申请说明 (application note) */
  applicationNote?: InputMaybe<Scalars['String']['input']>;
  /** 人员 id (applicant) */
  personId: Scalars['ID']['input'];
  /** 岗位 id (post) */
  postId: Scalars['ID']['input'];
};

/** 新建重点帮扶县 Name a county a key assistance county. */
export type CreateKeyCountyInput = {
  /** 县级区划代码 (county code, 6 digits) */
  countyCode: Scalars['String']['input'];
  /** 确定年份 (year named) */
  designatedYear: Scalars['Int']['input'];
  /** 原深度贫困县 (former deep-poverty county; default false) */
  formerDeepPoverty?: InputMaybe<Scalars['Boolean']['input']>;
  /** 级别 (level) */
  level: KeyCountyLevel;
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 摘帽年份 (poverty-exit year) */
  povertyExitYear?: InputMaybe<Scalars['Int']['input']>;
};

/** 新建年度考核 A member’s assessment for a year; one per member and year. Rating and all four criteria are required. */
export type CreateMemberAssessmentInput = {
  /** 集体经济发展得分 (collective economy, 0–100; required) */
  collectiveEconomyScore: Scalars['Int']['input'];
  /** 评语 (comment; optional) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 驻村干部 (member id) */
  memberId: Scalars['ID']['input'];
  /** 考核等次 (rating) */
  rating: AssessmentRating;
  /** 工作实效得分 (results, 0–100; required) */
  resultsScore: Scalars['Int']['input'];
  /** 驻村时间得分 (time in the village, 0–100; required) */
  timeInVillageScore: Scalars['Int']['input'];
  /** 群众评价得分 (villagers’ evaluation, 0–100; required) */
  villagerEvaluationScore: Scalars['Int']['input'];
  /** 考核年度 (year) */
  year: Scalars['Int']['input'];
};

/** 新建监测对象 A clue about a household at risk (status CLUE; the 15 days run from the clue date). */
export type CreateMonitoringCaseInput = {
  /** 预警日期 (clue date; not in the future) */
  clueDate: Scalars['LocalDate']['input'];
  /** 风险描述 (what the clue says; no health detail) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 发现方式 (how it came to light) */
  discoveredBy: DiscoveryChannel;
  /** 农户 id (household; one open case per household) */
  householdId: Scalars['ID']['input'];
  /** 风险类型 (causes, one or more) */
  riskCauses: Array<RiskCause>;
  /** 监测类型 (type) */
  type: MonitoringType;
};

/** 新建监测标准 A province’s monitoring line from a date. */
export type CreateMonitoringLineInput = {
  /** 监测标准 (yuan per person per year, more than 0) */
  amount: Scalars['Money']['input'];
  /** 依据文件 (the notice that set it) */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** 执行日期 (in force from this date) */
  effectiveFrom: Scalars['LocalDate']['input'];
  /** 省级区划代码 (province code, 2 digits) */
  provinceCode: Scalars['String']['input'];
  /** 年度 (year the line was set for) */
  year: Scalars['Int']['input'];
};

/** 新建单位 A new organization. */
export type CreateOrganizationInput = {
  /** 地址 (address) */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 联系人 (contact person) */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 (unified social credit code; validated when given) */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 (kind) */
  kind: OrganizationKind;
  /** 单位名称 (name) */
  name: Scalars['String']['input'];
  /** 所在区划代码 (region code, any level) */
  regionCode: Scalars['String']['input'];
};

/** 新建结对 A new pairing. Give a helper region and/or organization and a helped region and/or organization. */
export type CreatePairingInput = {
  /** 结束日期 (optional end date: the first day the pairing is no longer in force; after the start). Leave empty for an open-ended pairing. */
  endDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 受帮扶单位 id (helped organization, e.g. a school) */
  helpedOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 受帮扶区划代码 (helped region: province, city, county or village) */
  helpedRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** 帮扶方单位 id (helper organization) */
  helperOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 帮扶方区划代码 (helper region code) */
  helperRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** 结对类型 (kind) */
  kind: PairingKind;
  /** 上级结对 id (parent pairing, e.g. the province-level agreement) */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  /** 备注 (remark) */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 开始日期 (start date: the first day the pairing is in force) */
  startDate: Scalars['LocalDate']['input'];
  /** 年度目标·帮扶资金 (annual target: funds, yuan) */
  targetFunds?: InputMaybe<Scalars['Money']['input']>;
  /** 年度目标·劳务输转人数 (annual target: labour transfers) */
  targetLabourTransfers?: InputMaybe<Scalars['Int']['input']>;
  /** 年度目标·消费帮扶采购额 (annual target: purchases, yuan) */
  targetPurchases?: InputMaybe<Scalars['Money']['input']>;
};

/** 新建人员 A new person. */
export type CreatePersonInput = {
  /** 残疾 (disability) */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 特困 (extreme hardship) */
  extremeHardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** 户类别 (household category; default ORDINARY) */
  householdCategory?: InputMaybe<HouseholdCategory>;
  /** 公民身份号码 (18-character citizen ID number; gender and birth date are derived from it) */
  idNumber: Scalars['String']['input'];
  /** 劳动能力 (labour capacity; default FULL) */
  labourCapacity?: InputMaybe<LabourCapacity>;
  /** 低保 (minimum-living allowance) */
  minimumLiving?: InputMaybe<Scalars['Boolean']['input']>;
  /** 监测类型 (monitoring type; required for monitored households) */
  monitoringType?: InputMaybe<MonitoringType>;
  /** 姓名 (name) */
  name: Scalars['String']['input'];
  /** 联系电话 (mobile 11 digits, or landline with area code) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 易地搬迁 (relocated) */
  relocated?: InputMaybe<Scalars['Boolean']['input']>;
  /** 村干部及近亲属 (village cadre or close relative) */
  villageCadreOrRelative?: InputMaybe<Scalars['Boolean']['input']>;
  /** 户籍所在村代码 (home village code, 12 digits) */
  villageCode: Scalars['String']['input'];
};

/** 提出风险消除 Propose ending an identified case (status PROPOSED); the rules are checked now and at the decision. */
export type CreateRiskEliminationInput = {
  /** 监测对象 id (an identified case) */
  caseId: Scalars['ID']['input'];
  /** 核查情况 (findings of the check: income, 三保障, risks) */
  findings: Scalars['String']['input'];
};

/** 新增驻村干部 Add a cadre to a team. */
export type CreateTeamMemberInput = {
  /** 性别 (gender) */
  gender: Gender;
  /** 姓名 (name) */
  name: Scalars['String']['input'];
  /** 原单位 (home organization id) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 中共党员 (Party member) */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系电话 (phone; with the name it identifies the person, stored encrypted) */
  phone: Scalars['String']['input'];
  /** 原单位职务 (post) */
  post?: InputMaybe<Scalars['String']['input']>;
  /** 队内职务 (role; default MEMBER, or the replaced member’s role) */
  role?: InputMaybe<MemberRole>;
  /** 驻村开始日期 (start; default the later of today and the term start) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 工作队 (team id) */
  teamId: Scalars['ID']['input'];
};

/** 新建培训 A new training with its attendees. */
export type CreateTrainingInput = {
  /** 参训人员 (member ids who attended) */
  attendeeIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 培训日期 (date) */
  date: Scalars['LocalDate']['input'];
  /** 学时 (hours, > 0, at most 200) */
  hours: Scalars['Float']['input'];
  /** 主办单位 (organizer) */
  organizer: Scalars['String']['input'];
  /** 举办地区划代码 (organizing region code) */
  regionCode: Scalars['String']['input'];
  /** 培训主题 (topic) */
  topic: Scalars['String']['input'];
};

/** 新建用户 A new user account (created by a security administrator). */
export type CreateUserInput = {
  /** 姓名 (display name) */
  displayName: Scalars['String']['input'];
  /** 所属单位 (organization id) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 初始密码 (initial password; at least 8 characters with three of upper, lower, digit, symbol) */
  password: Scalars['String']['input'];
  /** 管辖区划代码 (jurisdiction region code; null = whole country) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 角色 (roles; an administrator role (三员) cannot be combined with any other role) */
  roles: Array<Role>;
  /** 用户名 (username: 3–64 letters, digits, dot, dash or underscore) */
  username: Scalars['String']['input'];
};

/** 新建事件推送订阅 A new webhook subscription for an API key. */
export type CreateWebhookSubscriptionInput = {
  /** 接口密钥 (the key that owns it; an app calling with its own key omits it) */
  apiKeyId?: InputMaybe<Scalars['ID']['input']>;
  /** 事件类型 (e.g. ["JobPlacement.transitioned", "WelfarePost.*"]; webhookEventTypes lists them) */
  eventTypes: Array<Scalars['String']['input']>;
  /** 区划代码筛选 (only records in this region; within the key’s jurisdiction) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 推送地址 (target URL, http or https; redirects are not followed) */
  url: Scalars['String']['input'];
};

/** 新建岗位 A new welfare post (created as DRAFT; publish it with transitionWelfarePost). */
export type CreateWelfarePostInput = {
  /** 开发单位 id (developing organization: who develops the post manages it) */
  developingOrganizationId: Scalars['ID']['input'];
  /** 岗位职责 (duties) */
  duties?: InputMaybe<Scalars['String']['input']>;
  /** 资金来源 (funding source) */
  fundingSource: FundingSource;
  /** 岗位数 (headcount, 1..500) */
  headcount: Scalars['Int']['input'];
  /** 劳动强度 (work intensity) */
  intensity: WorkIntensity;
  /** 月工作时长 (monthly working hours, 1..300) */
  monthlyHours: Scalars['Int']['input'];
  /** 月补贴标准 (monthly subsidy in yuan, greater than 0) */
  monthlySubsidy: Scalars['Money']['input'];
  /** 聘期结束 (term end, not before the start) */
  termEnd: Scalars['LocalDate']['input'];
  /** 聘期开始 (term start) */
  termStart: Scalars['LocalDate']['input'];
  /** 岗位名称 (title) */
  title: Scalars['String']['input'];
  /** 岗位类型 (type) */
  type: WelfarePostType;
  /** 所在村代码 (village code, 12 digits) */
  villageCode: Scalars['String']['input'];
};

/** 新建工作队 Propose a new work team (status PROPOSED). */
export type CreateWorkTeamInput = {
  /** 进驻时村集体经济收入 (collective income at start, yuan) */
  collectiveIncomeAtStart?: InputMaybe<Scalars['Money']['input']>;
  /** 最新村集体经济收入 (latest collective income, yuan) */
  collectiveIncomeLatest?: InputMaybe<Scalars['Money']['input']>;
  /** 派出单位 (dispatching organization id) */
  dispatchingOrganizationId: Scalars['ID']['input'];
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 任期结束 (term end; default term start + WORK_TEAM_TERM_YEARS years) */
  termEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 任期开始 (term start) */
  termStart: Scalars['LocalDate']['input'];
  /** 驻村代码 (village code, 12 digits) */
  villageCode: Scalars['String']['input'];
  /** 村类型 (village type) */
  villageType: VillageType;
};

/** 新建的推送订阅 A new webhook subscription: `secret` is shown this once and never again. */
export type CreatedWebhookSubscription = {
  __typename?: 'CreatedWebhookSubscription';
  /** 签名密钥 (whsec_…; verify each delivery’s webhook-signature with it; store it now, it cannot be shown again) */
  secret: Scalars['String']['output'];
  /** 订阅 (the subscription) */
  subscription: WebhookSubscription;
};

/** 时间条件 Conditions on a point in time. */
export type DateTimeFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** After. */
  gt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** At or after. */
  gte?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** true: has no value; false: has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Before. */
  lt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** At or before. */
  lte?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 发现方式 How the risk came to light. */
export type DiscoveryChannel =
  /** 基层干部排查 (found by village or township cadres) */
  | 'CADRE_SCREENING'
  /** 部门筛查预警 (alert from departments’ data screening) */
  | 'DEPARTMENT_ALERT'
  /** 农户自主申报 (the household declared it) */
  | 'SELF_DECLARED';

/** 评估期 Evaluation period: the year or one of its quarters. */
export type EvaluationPeriod =
  /** 年度 (whole year) */
  | 'ANNUAL'
  /** 第一季度 (first quarter) */
  | 'Q1'
  /** 第二季度 (second quarter) */
  | 'Q2'
  /** 第三季度 (third quarter) */
  | 'Q3'
  /** 第四季度 (fourth quarter) */
  | 'Q4';

/** Conditions on EvaluationPeriod. */
export type EvaluationPeriodFilter = {
  /** Equal to. */
  eq?: InputMaybe<EvaluationPeriod>;
  /** One of. */
  in?: InputMaybe<Array<EvaluationPeriod>>;
  /** Not equal to. */
  ne?: InputMaybe<EvaluationPeriod>;
  /** None of. */
  notIn?: InputMaybe<Array<EvaluationPeriod>>;
};

/** 评估等次 Rating of a county evaluation. */
export type EvaluationRating =
  /** 一般 (average) */
  | 'AVERAGE'
  /** 较好 (fairly good) */
  | 'FAIRLY_GOOD'
  /** 好 (good) */
  | 'GOOD'
  /** 较差 (poor) */
  | 'POOR';

/** Conditions on EvaluationRating. */
export type EvaluationRatingFilter = {
  /** Equal to. */
  eq?: InputMaybe<EvaluationRating>;
  /** One of. */
  in?: InputMaybe<Array<EvaluationRating>>;
  /** Not equal to. */
  ne?: InputMaybe<EvaluationRating>;
  /** None of. */
  notIn?: InputMaybe<Array<EvaluationRating>>;
};

/** 退岗原因 Reason for leaving a post. */
export type ExitReason =
  /** 死亡 (deceased) */
  | 'DECEASED'
  /** 考核不合格 (failed assessment) */
  | 'FAILED_ASSESSMENT'
  /** 不再符合条件 (no longer eligible) */
  | 'NO_LONGER_ELIGIBLE'
  /** 其他 (other) */
  | 'OTHER'
  /** 实现其他就业 (found other employment) */
  | 'OTHER_EMPLOYMENT'
  /** 聘期届满 (term ended) */
  | 'TERM_ENDED'
  /** 主动退出 (voluntary) */
  | 'VOLUNTARY';

/** 衔接资金 FundAllocation: linkage funds allocated to a key county for one year, source and purpose. */
export type FundAllocation = {
  __typename?: 'FundAllocation';
  /** 下达金额 (amount allocated, yuan) */
  amount: Scalars['Money']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 县级区划代码 (county code, copied from the key county) */
  countyCode: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 已支出金额 (amount disbursed, yuan; never more than the amount) */
  disbursed: Scalars['Money']['output'];
  /** 支出进度 (disbursed ÷ amount, %, rounded half up to 0.1 from the exact fen) */
  disbursementRate: Maybe<Scalars['Float']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 产业资金占比 (industry share of this allocation: 100 for INDUSTRY, else 0) */
  industryShare: Maybe<Scalars['Float']['output']>;
  /** 重点帮扶县 (the key county) */
  keyCounty: Maybe<KeyCounty>;
  /** 备注 (notes) */
  notes: Maybe<Scalars['String']['output']>;
  /** 项目数 (number of projects) */
  projectCount: Scalars['Int']['output'];
  /** 已开工项目数 (projects started; never more than the project count) */
  projectsStarted: Scalars['Int']['output'];
  /** 资金用途 (purpose) */
  purpose: FundPurpose;
  /** 资金来源 (source) */
  source: FundSource;
  /** 开工率 (projects started ÷ projects, %, rounded half up to 0.1; null without projects) */
  startRate: Maybe<Scalars['Float']['output']>;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** A page of FundAllocation rows with the total count. */
export type FundAllocationConnection = {
  __typename?: 'FundAllocationConnection';
  /** The rows of this page with their cursors. */
  edges: Array<FundAllocationEdge>;
  /** The rows of this page. */
  nodes: Array<FundAllocation>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A FundAllocation with its cursor. */
export type FundAllocationEdge = {
  __typename?: 'FundAllocationEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: FundAllocation;
};

/** 衔接资金筛选 Conditions on fund allocations. */
export type FundAllocationFilter = {
  /** 下达金额 (amount) */
  amount?: InputMaybe<MoneyFilter>;
  /** All of these. */
  and?: InputMaybe<Array<FundAllocationFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 县 (county code) */
  county?: InputMaybe<RegionCodeFilter>;
  /** 支出进度 (disbursed ÷ amount, %) */
  disbursementRate?: InputMaybe<PercentFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 重点帮扶县 (key county id) */
  keyCounty?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<FundAllocationFilter>>;
  /** 资金用途 (purpose) */
  purpose?: InputMaybe<FundPurposeFilter>;
  /** 资金来源 (source) */
  source?: InputMaybe<FundSourceFilter>;
  /** 开工率 (projects started ÷ projects, %) */
  startRate?: InputMaybe<PercentFilter>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 年度 (year) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for FundAllocation lists; give several for a multi-key sort. */
export type FundAllocationOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: FundAllocationSortField;
};

/** 排序字段 Fields FundAllocation lists can be sorted by (each backed by an index). */
export type FundAllocationSortField =
  /** Sort by amount. */
  | 'amount'
  /** Sort by countyCode. */
  | 'countyCode'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by source. */
  | 'source'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by year. */
  | 'year';

/** 资金用途 Purpose of a fund allocation. */
export type FundPurpose =
  /** 就业帮扶 (employment) */
  | 'EMPLOYMENT'
  /** 产业发展 (industry development) */
  | 'INDUSTRY'
  /** 基础设施 (infrastructure) */
  | 'INFRASTRUCTURE'
  /** 其他 (other) */
  | 'OTHER'
  /** 公共服务 (public services) */
  | 'PUBLIC_SERVICE';

/** Conditions on FundPurpose. */
export type FundPurposeFilter = {
  /** Equal to. */
  eq?: InputMaybe<FundPurpose>;
  /** One of. */
  in?: InputMaybe<Array<FundPurpose>>;
  /** Not equal to. */
  ne?: InputMaybe<FundPurpose>;
  /** None of. */
  notIn?: InputMaybe<Array<FundPurpose>>;
};

/** 资金来源 Source of linkage funds (衔接资金). */
export type FundSource =
  /** 中央 (central government) */
  | 'CENTRAL'
  /** 市县 (city and county) */
  | 'CITY_COUNTY'
  /** 省级 (province / autonomous region) */
  | 'PROVINCIAL';

/** Conditions on FundSource. */
export type FundSourceFilter = {
  /** Equal to. */
  eq?: InputMaybe<FundSource>;
  /** One of. */
  in?: InputMaybe<Array<FundSource>>;
  /** Not equal to. */
  ne?: InputMaybe<FundSource>;
  /** None of. */
  notIn?: InputMaybe<Array<FundSource>>;
};

/** 资金汇总 FundSummary: linkage funds summed (by source, or in total), with 支出进度 and 开工率. */
export type FundSummary = {
  __typename?: 'FundSummary';
  /** 下达金额 (amount, yuan) */
  amount: Scalars['Money']['output'];
  /** 已支出金额 (disbursed, yuan) */
  disbursed: Scalars['Money']['output'];
  /** 支出进度 (disbursed ÷ amount, %, rounded half up to 0.1 from the exact integers; null when nothing allocated) */
  disbursementRate: Maybe<Scalars['Float']['output']>;
  /** 产业发展资金 (amount for industry, yuan) */
  industryAmount: Scalars['Money']['output'];
  /** 产业资金占比 (industry ÷ amount, %, rounded half up to 0.1; null when nothing allocated) */
  industryShare: Maybe<Scalars['Float']['output']>;
  /** 项目数 (projects) */
  projectCount: Scalars['Int']['output'];
  /** 已开工项目数 (projects started) */
  projectsStarted: Scalars['Int']['output'];
  /** 资金来源 (source; null for the total) */
  source: Maybe<FundSource>;
  /** 开工率 (started ÷ projects, %, rounded half up to 0.1; null when no projects) */
  startRate: Maybe<Scalars['Float']['output']>;
  /** 年度 (year; null when summed over years) */
  year: Maybe<Scalars['Int']['output']>;
};

/** 资金来源 Funding source of a post. */
export type FundingSource =
  /** 村集体收入 (village collective income) */
  | 'COLLECTIVE_INCOME'
  /** 衔接资金 (connection funds) */
  | 'CONNECTION_FUNDS'
  /** 东西部协作资金 (east–west cooperation funds) */
  | 'EAST_WEST_FUNDS'
  /** 财政资金 (fiscal funds) */
  | 'FISCAL'
  /** 其他 (other) */
  | 'OTHER'
  /** 光伏收益 (photovoltaic-station income; only for poverty-exited or marginal households) */
  | 'PV_INCOME';

/** Conditions on FundingSource. */
export type FundingSourceFilter = {
  /** Equal to. */
  eq?: InputMaybe<FundingSource>;
  /** One of. */
  in?: InputMaybe<Array<FundingSource>>;
  /** Not equal to. */
  ne?: InputMaybe<FundingSource>;
  /** None of. */
  notIn?: InputMaybe<Array<FundingSource>>;
};

/** 性别 Gender. */
export type Gender =
  /** 女 (female) */
  | 'FEMALE'
  /** 男 (male) */
  | 'MALE';

/** Conditions on Gender. */
export type GenderFilter = {
  /** Equal to. */
  eq?: InputMaybe<Gender>;
  /** One of. */
  in?: InputMaybe<Array<Gender>>;
  /** Not equal to. */
  ne?: InputMaybe<Gender>;
  /** None of. */
  notIn?: InputMaybe<Array<Gender>>;
};

/** 服务状态 Health of the service. */
export type Health = {
  __typename?: 'Health';
  /** Database kind in use. */
  database: Scalars['String']['output'];
  /** The service answers. */
  ok: Scalars['Boolean']['output'];
};

/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type Household = {
  __typename?: 'Household';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 低于监测标准 (income per person of the year below the province’s line in force at the year’s end, or today for the running year; null when the year has no income records or no line) */
  belowLine: Maybe<Scalars['Boolean']['output']>;
  /** 监测对象记录 (the household’s monitoring cases) */
  cases: MonitoringCaseConnection;
  /** 户类别 (脱贫户 / 监测户 / 一般农户) */
  category: HouseholdCategory;
  /** 合规自付支出 (compliant out-of-pocket costs, yuan; personal data: null without monitoring.reveal) */
  compliantExpenses: Maybe<Scalars['Money']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 饮水安全有保障 (safe drinking water secured) */
  drinkingWaterSecured: Scalars['Boolean']['output'];
  /** 义务教育有保障 (compulsory education secured) */
  educationSecured: Scalars['Boolean']['output'];
  /** 户主 (head of the household) */
  headPerson: Maybe<Person>;
  /** 户主 id (head of the household, a person) */
  headPersonId: Scalars['String']['output'];
  /** 住房安全有保障 (housing safety secured) */
  housingSecured: Scalars['Boolean']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 人均纯收入 (income per person of the year, yuan: income records less compliant costs, over the size; personal data: null without monitoring.reveal, and null for a year without records) */
  incomePerPerson: Maybe<Scalars['Money']['output']>;
  /** 收入记录 (income records by year and source) */
  incomes: HouseholdIncomeConnection;
  /** 劳动力人数 (members able to work) */
  labourers: Scalars['Int']['output'];
  /** 基本医疗保险有保障 (basic medical insurance secured) */
  medicalInsuranceSecured: Scalars['Boolean']['output'];
  /** 家庭成员 (members of the household with their relation to the head) */
  members: HouseholdMemberConnection;
  /** 三保障和饮水核实日期 (date the four items were last checked) */
  securedCheckedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 家庭人口 (household size, the divisor of income per person) */
  size: Scalars['Int']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 所在村 (village) */
  village: Maybe<Region>;
  /** 走访记录 (visits to the household) */
  visits: HouseholdVisitConnection;
};


/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type HouseholdBelowLineArgs = {
  year: Scalars['Int']['input'];
};


/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type HouseholdCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MonitoringCaseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MonitoringCaseOrder>>;
};


/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type HouseholdIncomePerPersonArgs = {
  year: Scalars['Int']['input'];
};


/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type HouseholdIncomesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdIncomeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdIncomeOrder>>;
};


/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type HouseholdMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdMemberFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdMemberOrder>>;
};


/** 农户 Household: a rural household, its income and its 三保障 and drinking-water status. */
export type HouseholdVisitsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdVisitFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdVisitOrder>>;
};

/** 户类别 Household category. */
export type HouseholdCategory =
  /** 监测户 (monitored household) */
  | 'MONITORED'
  /** 一般农户 (ordinary household) */
  | 'ORDINARY'
  /** 脱贫户 (poverty-exited household) */
  | 'POVERTY_EXITED';

/** Conditions on HouseholdCategory. */
export type HouseholdCategoryFilter = {
  /** Equal to. */
  eq?: InputMaybe<HouseholdCategory>;
  /** One of. */
  in?: InputMaybe<Array<HouseholdCategory>>;
  /** Not equal to. */
  ne?: InputMaybe<HouseholdCategory>;
  /** None of. */
  notIn?: InputMaybe<Array<HouseholdCategory>>;
};

/** A page of Household rows with the total count. */
export type HouseholdConnection = {
  __typename?: 'HouseholdConnection';
  /** The rows of this page with their cursors. */
  edges: Array<HouseholdEdge>;
  /** The rows of this page. */
  nodes: Array<Household>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Household with its cursor. */
export type HouseholdEdge = {
  __typename?: 'HouseholdEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Household;
};

/** 农户筛选 Conditions on households. */
export type HouseholdFilter = {
  /** All of these. */
  and?: InputMaybe<Array<HouseholdFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 低于监测标准的年度 (households whose income per person of this year is below the line in force at its end) */
  belowLineIn?: InputMaybe<Scalars['Int']['input']>;
  /** 户类别 (category) */
  category?: InputMaybe<HouseholdCategoryFilter>;
  /** 饮水安全有保障 (drinking water secured) */
  drinkingWaterSecured?: InputMaybe<BooleanFilter>;
  /** 义务教育有保障 (education secured) */
  educationSecured?: InputMaybe<BooleanFilter>;
  /** 户主 (head of household) */
  headPerson?: InputMaybe<IdFilter>;
  /** 住房安全有保障 (housing secured) */
  housingSecured?: InputMaybe<BooleanFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 基本医疗保险有保障 (medical insurance secured) */
  medicalInsuranceSecured?: InputMaybe<BooleanFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<HouseholdFilter>>;
  /** 家庭人口 (size) */
  size?: InputMaybe<IntFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 所在村 (village; within a township or county) */
  village?: InputMaybe<RegionCodeFilter>;
};

/** 农户收入 HouseholdIncome: a household’s income of one year from one source. */
export type HouseholdIncome = {
  __typename?: 'HouseholdIncome';
  /** 金额 (yuan; personal data: null without monitoring.reveal) */
  amount: Maybe<Scalars['Money']['output']>;
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 农户 (household) */
  household: Maybe<Household>;
  /** 农户 id (household id) */
  householdId: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 区划代码 (region code for jurisdiction: the household’s village code) */
  regionCode: Scalars['String']['output'];
  /** 收入来源 (source) */
  source: IncomeSource;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** A page of HouseholdIncome rows with the total count. */
export type HouseholdIncomeConnection = {
  __typename?: 'HouseholdIncomeConnection';
  /** The rows of this page with their cursors. */
  edges: Array<HouseholdIncomeEdge>;
  /** The rows of this page. */
  nodes: Array<HouseholdIncome>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A HouseholdIncome with its cursor. */
export type HouseholdIncomeEdge = {
  __typename?: 'HouseholdIncomeEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: HouseholdIncome;
};

/** 农户收入筛选 Conditions on household income records. */
export type HouseholdIncomeFilter = {
  /** All of these. */
  and?: InputMaybe<Array<HouseholdIncomeFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 农户 (household) */
  household?: InputMaybe<IdFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<HouseholdIncomeFilter>>;
  /** 区划 (region of the household) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 收入来源 (source) */
  source?: InputMaybe<IncomeSourceFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 年度 (year) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for HouseholdIncome lists; give several for a multi-key sort. */
export type HouseholdIncomeOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: HouseholdIncomeSortField;
};

/** 排序字段 Fields HouseholdIncome lists can be sorted by (each backed by an index). */
export type HouseholdIncomeSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by year. */
  | 'year';

/** 家庭成员 HouseholdMember: a person of a household and their relation to the head. */
export type HouseholdMember = {
  __typename?: 'HouseholdMember';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 农户 (household) */
  household: Maybe<Household>;
  /** 农户 id (household id) */
  householdId: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 人员 (the person; null when outside your person jurisdiction) */
  person: Maybe<Person>;
  /** 人员 id (person id; a person belongs to one household) */
  personId: Scalars['String']['output'];
  /** 区划代码 (region code for jurisdiction: the household’s village code) */
  regionCode: Scalars['String']['output'];
  /** 与户主关系 (relation to the head) */
  relation: HouseholdRelation;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of HouseholdMember rows with the total count. */
export type HouseholdMemberConnection = {
  __typename?: 'HouseholdMemberConnection';
  /** The rows of this page with their cursors. */
  edges: Array<HouseholdMemberEdge>;
  /** The rows of this page. */
  nodes: Array<HouseholdMember>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A HouseholdMember with its cursor. */
export type HouseholdMemberEdge = {
  __typename?: 'HouseholdMemberEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: HouseholdMember;
};

/** 家庭成员筛选 Conditions on household members. */
export type HouseholdMemberFilter = {
  /** All of these. */
  and?: InputMaybe<Array<HouseholdMemberFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 农户 (household) */
  household?: InputMaybe<IdFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<HouseholdMemberFilter>>;
  /** 人员 (person) */
  person?: InputMaybe<IdFilter>;
  /** 区划 (region of the household) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 与户主关系 (relation) */
  relation?: InputMaybe<HouseholdRelationFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for HouseholdMember lists; give several for a multi-key sort. */
export type HouseholdMemberOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: HouseholdMemberSortField;
};

/** 排序字段 Fields HouseholdMember lists can be sorted by (each backed by an index). */
export type HouseholdMemberSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by relation. */
  | 'relation'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** One sort key for Household lists; give several for a multi-key sort. */
export type HouseholdOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: HouseholdSortField;
};

/** 与户主关系 Relation of a member to the head of the household. */
export type HouseholdRelation =
  /** 子女 (child) */
  | 'CHILD'
  /** 儿媳/女婿 (child-in-law) */
  | 'CHILD_IN_LAW'
  /** 孙子女/外孙子女 (grandchild) */
  | 'GRANDCHILD'
  /** 祖父母/外祖父母 (grandparent) */
  | 'GRANDPARENT'
  /** 户主 (the head) */
  | 'HEAD'
  /** 其他 (other) */
  | 'OTHER'
  /** 父母 (parent) */
  | 'PARENT'
  /** 兄弟姐妹 (sibling) */
  | 'SIBLING'
  /** 配偶 (spouse) */
  | 'SPOUSE';

/** Conditions on HouseholdRelation. */
export type HouseholdRelationFilter = {
  /** Equal to. */
  eq?: InputMaybe<HouseholdRelation>;
  /** One of. */
  in?: InputMaybe<Array<HouseholdRelation>>;
  /** Not equal to. */
  ne?: InputMaybe<HouseholdRelation>;
  /** None of. */
  notIn?: InputMaybe<Array<HouseholdRelation>>;
};

/** 排序字段 Fields Household lists can be sorted by (each backed by an index). */
export type HouseholdSortField =
  /** Sort by category. */
  | 'category'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by size. */
  | 'size'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by villageCode. */
  | 'villageCode';

/** 走访记录 HouseholdVisit: a visit to a household by a work-team member or cadre. */
export type HouseholdVisit = {
  __typename?: 'HouseholdVisit';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 走访情况 (findings) */
  findings: Scalars['String']['output'];
  /** 农户 (household) */
  household: Maybe<Household>;
  /** 农户 id (household id) */
  householdId: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 区划代码 (region code for jurisdiction: the household’s village code) */
  regionCode: Scalars['String']['output'];
  /** 风险上升 (the visit found the risk rising; blocks a risk elimination of the household) */
  riskRising: Scalars['Boolean']['output'];
  /** 驻村干部 (the work-team member who visited) */
  teamMember: Maybe<TeamMember>;
  /** 驻村干部 id (the work-team member who visited, when one did) */
  teamMemberId: Maybe<Scalars['String']['output']>;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 走访日期 (visit date; not in the future) */
  visitedOn: Scalars['LocalDate']['output'];
  /** 走访人 (who visited: a work-team member or cadre) */
  visitor: Scalars['String']['output'];
};

/** A page of HouseholdVisit rows with the total count. */
export type HouseholdVisitConnection = {
  __typename?: 'HouseholdVisitConnection';
  /** The rows of this page with their cursors. */
  edges: Array<HouseholdVisitEdge>;
  /** The rows of this page. */
  nodes: Array<HouseholdVisit>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A HouseholdVisit with its cursor. */
export type HouseholdVisitEdge = {
  __typename?: 'HouseholdVisitEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: HouseholdVisit;
};

/** 走访记录筛选 Conditions on household visits. */
export type HouseholdVisitFilter = {
  /** All of these. */
  and?: InputMaybe<Array<HouseholdVisitFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 农户 (household) */
  household?: InputMaybe<IdFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<HouseholdVisitFilter>>;
  /** 区划 (region of the household) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 风险上升 (risk rising) */
  riskRising?: InputMaybe<BooleanFilter>;
  /** 驻村干部 (work-team member) */
  teamMember?: InputMaybe<IdFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 走访日期 (visit date) */
  visitedOn?: InputMaybe<LocalDateFilter>;
};

/** One sort key for HouseholdVisit lists; give several for a multi-key sort. */
export type HouseholdVisitOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: HouseholdVisitSortField;
};

/** 排序字段 Fields HouseholdVisit lists can be sorted by (each backed by an index). */
export type HouseholdVisitSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by visitedOn. */
  | 'visitedOn';

/** 标识条件 Conditions on an id or a reference to another record. */
export type IdFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of. */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** true: has no value; false: has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** 收入来源 Source of a household income record. */
export type IncomeSource =
  /** 经营性收入 (household business) */
  | 'BUSINESS'
  /** 财产性收入 (property) */
  | 'PROPERTY'
  /** 转移性收入 (transfers: pensions, allowances, subsidies) */
  | 'TRANSFER'
  /** 工资性收入 (wages) */
  | 'WAGES';

/** Conditions on IncomeSource. */
export type IncomeSourceFilter = {
  /** Equal to. */
  eq?: InputMaybe<IncomeSource>;
  /** One of. */
  in?: InputMaybe<Array<IncomeSource>>;
  /** Not equal to. */
  ne?: InputMaybe<IncomeSource>;
  /** None of. */
  notIn?: InputMaybe<Array<IncomeSource>>;
};

/** 产业资金占比条件 Share of a year’s linkage funds that goes to industry (产业发展), e.g. { year: 2022, lt: 55 } for “industry share below 55%”. Counties with no funds that year never match. */
export type IndustryShareFilter = {
  /** 大于 (more than this percentage) */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** 不低于 (at least this percentage) */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** 小于 (less than this percentage) */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** 不高于 (at most this percentage) */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** 年度 (year of the funds) */
  year: Scalars['Int']['input'];
};

/** 整数条件 Conditions on a whole number. */
export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** One of. */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: has no value; false: has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['Int']['input']>;
};

/** 已签发的接口密钥 A newly issued API key: `key` is shown this once and never again. */
export type IssuedApiKeyResult = {
  __typename?: 'IssuedApiKeyResult';
  /** 密钥设置 (the key’s scopes, jurisdiction, expiry and rate limit) */
  apiKey: ApiKey;
  /** 密钥 (the key; send as `Authorization: Bearer <key>`; store it now, it cannot be shown again) */
  key: Scalars['String']['output'];
};

/** 聘任 JobPlacement: one person’s application for and tenure on a welfare post (以岗聘任、有序退岗). */
export type JobPlacement = {
  __typename?: 'JobPlacement';
  /** 协议编号 (agreement number, recorded at onboarding) */
  agreementNumber: Maybe<Scalars['String']['output']>;
  /** 申请说明 (application note) */
  applicationNote: Maybe<Scalars['String']['output']>;
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<JobPlacementAvailableAction>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 退岗日期 (exit date: the last day on post) */
  exitDate: Maybe<Scalars['LocalDate']['output']>;
  /** 退岗原因 (exit reason) */
  exitReason: Maybe<ExitReason>;
  /** 待退岗 (flagged for exit after two consecutive failed monthly assessments) */
  flaggedForExit: Scalars['Boolean']['output'];
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 异议 (objections raised against this record in any of its publicities, oldest first) */
  objections: Array<Objection>;
  /** 人员 (the applicant; null when outside your person jurisdiction) */
  person: Maybe<Person>;
  /** 人员 id (person id) */
  personId: Scalars['String']['output'];
  /** 岗位 (the post) */
  post: Maybe<WelfarePost>;
  /** 岗位 id (post id) */
  postId: Scalars['String']['output'];
  /** 优先类别 (priority category, derived from the person when applying) */
  priorityCategory: PriorityCategory;
  /** 公示 (the current or latest publicity of this record; null when never publicized) */
  publicity: Maybe<Publicity>;
  /** 公示开始时间 (when publicity started) */
  publicizedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 区划代码 (region code for jurisdiction: the post’s village code) */
  regionCode: Scalars['String']['output'];
  /** 上岗日期 (start date on post) */
  startDate: Maybe<Scalars['LocalDate']['output']>;
  /** 状态 (status; changes only through transitionJobPlacement) */
  status: JobPlacementStatus;
  /** 在岗补贴 (monthly subsidy payments of this placement) */
  subsidyPayments: SubsidyPaymentConnection;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** 聘任 JobPlacement: one person’s application for and tenure on a welfare post (以岗聘任、有序退岗). */
export type JobPlacementSubsidyPaymentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SubsidyPaymentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<SubsidyPaymentOrder>>;
};

/** 聘任操作 Actions of the job-placement workflow. */
export type JobPlacementAction =
  /** 县级审批通过 (county approval: TOWNSHIP_REVIEWED → APPROVED; eligibility and headcount re-checked) */
  | 'COUNTY_APPROVE'
  /** 退岗 (exit: ONBOARDED → EXITED; payload exitReason, comment required) */
  | 'EXIT'
  /** 上岗 (onboard: APPROVED → ONBOARDED; payload agreementNumber and startDate) */
  | 'ONBOARD'
  /** 公示 (start publicity: VILLAGE_REVIEWED → PUBLICIZING) */
  | 'PUBLICIZE'
  /** 驳回 (reject from any review step; comment required) */
  | 'REJECT'
  /** 乡镇审核通过 (township review after the publicity period: PUBLICIZING → TOWNSHIP_REVIEWED) */
  | 'TOWNSHIP_APPROVE'
  /** 村级评议通过 (village review: APPLIED → VILLAGE_REVIEWED) */
  | 'VILLAGE_APPROVE'
  /** 撤回申请 (applicant withdraws before approval; comment required) */
  | 'WITHDRAW';

/** 一项可执行的操作 An action the caller may take on this JobPlacement now. */
export type JobPlacementAvailableAction = {
  __typename?: 'JobPlacementAvailableAction';
  /** The action to pass to the transition mutation. */
  action: JobPlacementAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of JobPlacement rows with the total count. */
export type JobPlacementConnection = {
  __typename?: 'JobPlacementConnection';
  /** The rows of this page with their cursors. */
  edges: Array<JobPlacementEdge>;
  /** The rows of this page. */
  nodes: Array<JobPlacement>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A JobPlacement with its cursor. */
export type JobPlacementEdge = {
  __typename?: 'JobPlacementEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: JobPlacement;
};

/** 聘任筛选 Conditions on job placements. */
export type JobPlacementFilter = {
  /** All of these. */
  and?: InputMaybe<Array<JobPlacementFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 退岗日期 (exit date) */
  exitDate?: InputMaybe<LocalDateFilter>;
  /** 待退岗 (flagged for exit) */
  flaggedForExit?: InputMaybe<BooleanFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<JobPlacementFilter>>;
  /** 人员 (person) */
  person?: InputMaybe<IdFilter>;
  /** 岗位 (post) */
  post?: InputMaybe<IdFilter>;
  /** 优先类别 (priority category) */
  priorityCategory?: InputMaybe<PriorityCategoryFilter>;
  /** 区划 (region of the post; `within` a township or county) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 上岗日期 (start date) */
  startDate?: InputMaybe<LocalDateFilter>;
  /** 状态 (status) */
  status?: InputMaybe<JobPlacementStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for JobPlacement lists; give several for a multi-key sort. */
export type JobPlacementOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: JobPlacementSortField;
};

/** 排序字段 Fields JobPlacement lists can be sorted by (each backed by an index). */
export type JobPlacementSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by priorityCategory. */
  | 'priorityCategory'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 聘任状态 Status of a job placement. */
export type JobPlacementStatus =
  /** 申请 (applied) */
  | 'APPLIED'
  /** 县级审批 (approved by the county) */
  | 'APPROVED'
  /** 退岗 (exited) */
  | 'EXITED'
  /** 上岗 (on post) */
  | 'ONBOARDED'
  /** 公示 (being publicized) */
  | 'PUBLICIZING'
  /** 驳回 (rejected) */
  | 'REJECTED'
  /** 乡镇审核 (reviewed by the township) */
  | 'TOWNSHIP_REVIEWED'
  /** 村级评议 (reviewed by the village) */
  | 'VILLAGE_REVIEWED'
  /** 撤回 (withdrawn by the applicant) */
  | 'WITHDRAWN';

/** Conditions on JobPlacementStatus. */
export type JobPlacementStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<JobPlacementStatus>;
  /** One of. */
  in?: InputMaybe<Array<JobPlacementStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<JobPlacementStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<JobPlacementStatus>>;
};

/** 聘任操作参数 Payload of a job-placement action. */
export type JobPlacementTransitionInput = {
  /** 协议编号 (agreement number; ONBOARD) */
  agreementNumber?: InputMaybe<Scalars['String']['input']>;
  /** 退岗日期 (exit date, the last day on post; EXIT, default today) */
  exitDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 退岗原因 (exit reason; EXIT) */
  exitReason?: InputMaybe<ExitReason>;
  /** 公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the post’s village) */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** 上岗日期 (start date; ONBOARD, within the post’s term) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 重点帮扶县 KeyCounty: a county named a national or provincial key assistance county. */
export type KeyCounty = {
  __typename?: 'KeyCounty';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 在岗驻村干部 (cadres on duty in those teams) */
  cadresOnDuty: Scalars['Int']['output'];
  /** 所属市 (the city/prefecture the county belongs to) */
  city: Maybe<Region>;
  /** 县 (the county region) */
  county: Maybe<Region>;
  /** 县级区划代码 (county region code, 6 digits; unique) */
  countyCode: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 确定年份 (year it was named) */
  designatedYear: Scalars['Int']['output'];
  /** 风险已消除 (monitoring cases whose risk was eliminated; null without monitoring.read) */
  eliminatedMonitoringCases: Maybe<Scalars['Int']['output']>;
  /** 监测评估 (evaluations of this county) */
  evaluations: CountyEvaluationConnection;
  /** 原深度贫困县 (former deep-poverty county) */
  formerDeepPoverty: Scalars['Boolean']['output'];
  /** 衔接资金明细 (fund allocations of this county) */
  fundAllocations: FundAllocationConnection;
  /** 衔接资金 (funds by year and source, newest year first; one grouped statement for all counties in the list) */
  funds: Array<FundSummary>;
  /** 衔接资金合计 (funds of a year in total, with 支出进度, 开工率 and industry share) */
  fundsTotal: FundSummary;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 产业资金占比 (share of a year’s funds for industry, %, rounded to 0.1; null when no funds) */
  industryShare: Maybe<Scalars['Float']['output']>;
  /** 最新监测评估 (latest evaluation: highest year, annual after the quarters) */
  latestEvaluation: Maybe<CountyEvaluation>;
  /** 级别 (level: national or provincial) */
  level: KeyCountyLevel;
  /** 监测户 (households under monitoring now: identified cases not yet eliminated; null without monitoring.read; one grouped statement for all counties in the list) */
  monitoredHouseholds: Maybe<Scalars['Int']['output']>;
  /** 备注 (notes) */
  notes: Maybe<Scalars['String']['output']>;
  /** 超时未认定 (monitoring cases undecided after their 15 days; null without monitoring.read) */
  overdueMonitoringCases: Maybe<Scalars['Int']['output']>;
  /** 在岗人数 (people on post now: ONBOARDED placements in the county) */
  peopleOnPost: Scalars['Int']['output'];
  /** 摘帽年份 (year the county exited poverty) */
  povertyExitYear: Maybe<Scalars['Int']['output']>;
  /** 状态 (status: still a key county or exited) */
  status: KeyCountyStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 岗位名额 (places, i.e. headcount, of those posts) */
  welfarePlaces: Scalars['Int']['output'];
  /** 公益性岗位 (OPEN public-welfare posts in the county; one grouped statement for all counties in the list) */
  welfarePosts: Scalars['Int']['output'];
  /** 在驻工作队 (ACTIVE resident work teams in the county; one grouped statement for all counties in the list) */
  workTeamsOnDuty: Scalars['Int']['output'];
};


/** 重点帮扶县 KeyCounty: a county named a national or provincial key assistance county. */
export type KeyCountyEvaluationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CountyEvaluationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<CountyEvaluationOrder>>;
};


/** 重点帮扶县 KeyCounty: a county named a national or provincial key assistance county. */
export type KeyCountyFundAllocationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FundAllocationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<FundAllocationOrder>>;
};


/** 重点帮扶县 KeyCounty: a county named a national or provincial key assistance county. */
export type KeyCountyFundsArgs = {
  year: InputMaybe<Scalars['Int']['input']>;
};


/** 重点帮扶县 KeyCounty: a county named a national or provincial key assistance county. */
export type KeyCountyFundsTotalArgs = {
  year: Scalars['Int']['input'];
};


/** 重点帮扶县 KeyCounty: a county named a national or provincial key assistance county. */
export type KeyCountyIndustryShareArgs = {
  year: Scalars['Int']['input'];
};

/** A page of KeyCounty rows with the total count. */
export type KeyCountyConnection = {
  __typename?: 'KeyCountyConnection';
  /** The rows of this page with their cursors. */
  edges: Array<KeyCountyEdge>;
  /** The rows of this page. */
  nodes: Array<KeyCounty>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A KeyCounty with its cursor. */
export type KeyCountyEdge = {
  __typename?: 'KeyCountyEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: KeyCounty;
};

/** 重点帮扶县筛选 Conditions on key counties. */
export type KeyCountyFilter = {
  /** All of these. */
  and?: InputMaybe<Array<KeyCountyFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 县 (county; `within` a province or city, e.g. "15") */
  county?: InputMaybe<RegionCodeFilter>;
  /** 确定年份 (year named) */
  designatedYear?: InputMaybe<IntFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 产业资金占比 (share of the year’s funds for industry, %) */
  industryShare?: InputMaybe<IndustryShareFilter>;
  /** 级别 (level) */
  level?: InputMaybe<KeyCountyLevelFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<KeyCountyFilter>>;
  /** 状态 (status) */
  status?: InputMaybe<KeyCountyStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** 重点帮扶县级别 Level at which a key assistance county was named. */
export type KeyCountyLevel =
  /** 国家乡村振兴重点帮扶县 (national key county) */
  | 'NATIONAL'
  /** 省级乡村振兴重点帮扶县 (provincial/regional key county) */
  | 'PROVINCIAL';

/** 按级别统计 Key counties of one level. */
export type KeyCountyLevelCount = {
  __typename?: 'KeyCountyLevelCount';
  /** 帮扶中 (of which still ACTIVE) */
  active: Scalars['Int']['output'];
  /** 重点帮扶县数 (key counties, all statuses) */
  count: Scalars['Int']['output'];
  /** 级别 (level) */
  level: KeyCountyLevel;
};

/** Conditions on KeyCountyLevel. */
export type KeyCountyLevelFilter = {
  /** Equal to. */
  eq?: InputMaybe<KeyCountyLevel>;
  /** One of. */
  in?: InputMaybe<Array<KeyCountyLevel>>;
  /** Not equal to. */
  ne?: InputMaybe<KeyCountyLevel>;
  /** None of. */
  notIn?: InputMaybe<Array<KeyCountyLevel>>;
};

/** One sort key for KeyCounty lists; give several for a multi-key sort. */
export type KeyCountyOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: KeyCountySortField;
};

/** 重点帮扶县汇总 KeyCountyRollup: key counties and their linkage funds within a region for a year, computed in the database. */
export type KeyCountyRollup = {
  __typename?: 'KeyCountyRollup';
  /** 按级别 (key counties named by that year, by level) */
  byLevel: Array<KeyCountyLevelCount>;
  /** 按来源 (funds of the year by source) */
  fundsBySource: Array<FundSummary>;
  /** 合计 (funds of the year in total) */
  fundsTotal: FundSummary;
  /** 区划代码 (region code the rollup covers, within your jurisdiction) */
  regionCode: Scalars['String']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** 排序字段 Fields KeyCounty lists can be sorted by (each backed by an index). */
export type KeyCountySortField =
  /** Sort by countyCode. */
  | 'countyCode'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by designatedYear. */
  | 'designatedYear'
  /** Sort by level. */
  | 'level'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 重点帮扶状态 Whether the county is still a key county. */
export type KeyCountyStatus =
  /** 帮扶中 (still a key county) */
  | 'ACTIVE'
  /** 已退出 (no longer a key county) */
  | 'EXITED';

/** Conditions on KeyCountyStatus. */
export type KeyCountyStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<KeyCountyStatus>;
  /** One of. */
  in?: InputMaybe<Array<KeyCountyStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<KeyCountyStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<KeyCountyStatus>>;
};

/** 劳动能力 Labour capacity. */
export type LabourCapacity =
  /** 全劳力 (full labour capacity) */
  | 'FULL'
  /** 无劳动能力 (no labour capacity) */
  | 'NONE'
  /** 弱劳力/半劳力 (weak or half labour capacity) */
  | 'WEAK';

/** Conditions on LabourCapacity. */
export type LabourCapacityFilter = {
  /** Equal to. */
  eq?: InputMaybe<LabourCapacity>;
  /** One of. */
  in?: InputMaybe<Array<LabourCapacity>>;
  /** Not equal to. */
  ne?: InputMaybe<LabourCapacity>;
  /** None of. */
  notIn?: InputMaybe<Array<LabourCapacity>>;
};

/** 日期条件 Conditions on a calendar date (YYYY-MM-DD). */
export type LocalDateFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['LocalDate']['input']>;
  /** After. */
  gt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** On or after. */
  gte?: InputMaybe<Scalars['LocalDate']['input']>;
  /** true: has no value; false: has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Before. */
  lt?: InputMaybe<Scalars['LocalDate']['input']>;
  /** On or before. */
  lte?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 登录结果 A new session. */
export type LoginResult = {
  __typename?: 'LoginResult';
  /** 须绑定动态口令 (true for an administrator without a second factor: this session may only call enrolTotp and confirmTotp) */
  secondFactorEnrolmentRequired: Scalars['Boolean']['output'];
  /** Session token: send as `Authorization: Bearer <token>` (also set as an httpOnly cookie). */
  token: Scalars['String']['output'];
  /** The signed-in user. */
  user: User;
};

/** 帮扶措施类型 Kind of an assistance measure (一户一策). */
export type MeasureKind =
  /** 消费帮扶 (consumption assistance) */
  | 'CONSUMPTION'
  /** 教育帮扶 (education) */
  | 'EDUCATION'
  /** 就业帮扶 (employment) */
  | 'EMPLOYMENT'
  /** 住房安全 (housing) */
  | 'HOUSING'
  /** 产业帮扶 (industry) */
  | 'INDUSTRY'
  /** 保险 (insurance, e.g. 防贫保) */
  | 'INSURANCE'
  /** 医疗救助 (medical assistance) */
  | 'MEDICAL'
  /** 其他 (other) */
  | 'OTHER'
  /** 社会救助/低保 (social assistance, minimum living allowance) */
  | 'SOCIAL_ASSISTANCE'
  /** 公益性岗位 (public-welfare post; links the placement) */
  | 'WELFARE_POST';

/** 措施计数 Assistance measures of one kind. */
export type MeasureKindCount = {
  __typename?: 'MeasureKindCount';
  /** 帮扶资金 (money of these measures, yuan) */
  amount: Scalars['Money']['output'];
  /** 措施数 (measures) */
  count: Scalars['Int']['output'];
  /** 措施类型 (kind) */
  kind: MeasureKind;
};

/** Conditions on MeasureKind. */
export type MeasureKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<MeasureKind>;
  /** One of. */
  in?: InputMaybe<Array<MeasureKind>>;
  /** Not equal to. */
  ne?: InputMaybe<MeasureKind>;
  /** None of. */
  notIn?: InputMaybe<Array<MeasureKind>>;
};

/** 措施落实状态 Progress of an assistance measure. */
export type MeasureStatus =
  /** 已取消 (cancelled) */
  | 'CANCELLED'
  /** 已落实 (done) */
  | 'DONE'
  /** 落实中 (in progress) */
  | 'IN_PROGRESS'
  /** 已计划 (planned) */
  | 'PLANNED';

/** Conditions on MeasureStatus. */
export type MeasureStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<MeasureStatus>;
  /** One of. */
  in?: InputMaybe<Array<MeasureStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<MeasureStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<MeasureStatus>>;
};

/** 年度考核 MemberAssessment: a cadre’s annual assessment on the four criteria. */
export type MemberAssessment = {
  __typename?: 'MemberAssessment';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 集体经济发展得分 (collective economy growth, score 0–100) */
  collectiveEconomyScore: Scalars['Int']['output'];
  /** 评语 (comment) */
  comment: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 驻村干部 (the member) */
  member: Maybe<TeamMember>;
  /** 考核等次 (rating) */
  rating: AssessmentRating;
  /** 工作实效得分 (results, score 0–100) */
  resultsScore: Scalars['Int']['output'];
  /** 驻村时间得分 (time in the village, score 0–100; assessed, not tracked) */
  timeInVillageScore: Scalars['Int']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 驻村代码 (village code of the member) */
  villageCode: Scalars['String']['output'];
  /** 群众评价得分 (villagers’ evaluation, score 0–100) */
  villagerEvaluationScore: Scalars['Int']['output'];
  /** 考核年度 (year) */
  year: Scalars['Int']['output'];
};

/** A page of MemberAssessment rows with the total count. */
export type MemberAssessmentConnection = {
  __typename?: 'MemberAssessmentConnection';
  /** The rows of this page with their cursors. */
  edges: Array<MemberAssessmentEdge>;
  /** The rows of this page. */
  nodes: Array<MemberAssessment>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A MemberAssessment with its cursor. */
export type MemberAssessmentEdge = {
  __typename?: 'MemberAssessmentEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: MemberAssessment;
};

/** 年度考核筛选 Conditions on assessments. */
export type MemberAssessmentFilter = {
  /** All of these. */
  and?: InputMaybe<Array<MemberAssessmentFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 驻村干部 (member id) */
  member?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<MemberAssessmentFilter>>;
  /** 考核等次 (rating) */
  rating?: InputMaybe<AssessmentRatingFilter>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 驻村 (village code) */
  village?: InputMaybe<RegionCodeFilter>;
  /** 考核年度 (year) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for MemberAssessment lists; give several for a multi-key sort. */
export type MemberAssessmentOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: MemberAssessmentSortField;
};

/** 排序字段 Fields MemberAssessment lists can be sorted by (each backed by an index). */
export type MemberAssessmentSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by rating. */
  | 'rating'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by year. */
  | 'year';

/** 队内职务 Role in the work team. */
export type MemberRole =
  /** 第一书记 (first secretary, leads the team) */
  | 'FIRST_SECRETARY'
  /** 队员 (team member) */
  | 'MEMBER';

/** Conditions on MemberRole. */
export type MemberRoleFilter = {
  /** Equal to. */
  eq?: InputMaybe<MemberRole>;
  /** One of. */
  in?: InputMaybe<Array<MemberRole>>;
  /** Not equal to. */
  ne?: InputMaybe<MemberRole>;
  /** None of. */
  notIn?: InputMaybe<Array<MemberRole>>;
};

/** 驻村状态 Whether a cadre is still on duty. */
export type MemberStatus =
  /** 期满 (term completed) */
  | 'COMPLETED'
  /** 在岗 (on duty) */
  | 'ON_DUTY'
  /** 召回 (recalled) */
  | 'RECALLED'
  /** 轮换 (rotated out, replaced) */
  | 'ROTATED';

/** Conditions on MemberStatus. */
export type MemberStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<MemberStatus>;
  /** One of. */
  in?: InputMaybe<Array<MemberStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<MemberStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<MemberStatus>>;
};

/** 金额条件 Conditions on an amount of money (yuan, e.g. "1000.00"). */
export type MoneyFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Money']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Money']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Money']['input']>;
  /** true: has no value; false: has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Money']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Money']['input']>;
};

/** 监测对象 MonitoringCase: a household at risk of relapse into poverty, from the clue to the county’s decision. */
export type MonitoringCase = {
  __typename?: 'MonitoringCase';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<MonitoringCaseAvailableAction>;
  /** 有未显示的风险类型 (a health cause was withheld from you) */
  causesWithheld: Scalars['Boolean']['output'];
  /** 入户核查情况 (findings of the household check) */
  checkFindings: Maybe<Scalars['String']['output']>;
  /** 预警日期 (clue date: the 15 days to a decision run from it) */
  clueDate: Scalars['LocalDate']['output'];
  /** 信息比对结果 (result of the departments’ data check) */
  comparisonResult: Maybe<Scalars['String']['output']>;
  /** 承诺授权书编号 (reference of the household’s signed consent) */
  consentReference: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 剩余天数 (days left to the deadline, negative when overdue; null once decided) */
  daysLeft: Maybe<Scalars['Int']['output']>;
  /** 认定时限 (decision due by this date: clue date + 15 days) */
  deadline: Scalars['LocalDate']['output'];
  /** 认定日期 (date of the county’s decision) */
  decidedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 风险描述 (what the clue says; no health detail) */
  description: Maybe<Scalars['String']['output']>;
  /** 发现方式 (how the risk came to light) */
  discoveredBy: DiscoveryChannel;
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** 农户 (household) */
  household: Maybe<Household>;
  /** 农户 id (household id) */
  householdId: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 帮扶措施 (the assistance plan, 一户一策) */
  measures: AssistanceMeasureConnection;
  /** 异议 (objections raised against this record in any of its publicities, oldest first) */
  objections: Array<Objection>;
  /** 已超时 (undecided after its deadline; set by the daily job and by every step) */
  overdue: Scalars['Boolean']['output'];
  /** 公示 (the current or latest publicity of this record; null when never publicized) */
  publicity: Maybe<Publicity>;
  /** 公示开始时间 (when the village publicity started) */
  publicizedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 区划代码 (region code for jurisdiction: the household’s village code) */
  regionCode: Scalars['String']['output'];
  /** 风险类型 (causes; illness and disability are health data, listed only for holders of monitoring.reveal) */
  riskCauses: Array<RiskCause>;
  /** 状态 (status; changes only through transitionMonitoringCase) */
  status: MonitoringCaseStatus;
  /** 监测类型 (脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户) */
  type: MonitoringType;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** 监测对象 MonitoringCase: a household at risk of relapse into poverty, from the clue to the county’s decision. */
export type MonitoringCaseMeasuresArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AssistanceMeasureFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AssistanceMeasureOrder>>;
};

/** 监测对象认定操作 Actions of the identification workflow. */
export type MonitoringCaseAction =
  /** 入户核查 (household check: CLUE → CHECKED; payload checkFindings) */
  | 'CHECK'
  /** 信息比对 (departments’ data compared: CONSENTED → COMPARED; payload comparisonResult) */
  | 'COMPARE'
  /** 承诺授权 (the household’s signed consent: CHECKED → CONSENTED; payload consentReference) */
  | 'CONSENT'
  /** 县级审定纳入 (county decision: TOWNSHIP_REVIEWED → IDENTIFIED) */
  | 'COUNTY_IDENTIFY'
  /** 村级公示 (village publicity: VILLAGE_REVIEWED → PUBLICIZING) */
  | 'PUBLICIZE'
  /** 不予纳入 (not identified, from any step before the decision; comment required) */
  | 'REJECT'
  /** 乡镇审核通过 (township review after the publicity: PUBLICIZING → TOWNSHIP_REVIEWED) */
  | 'TOWNSHIP_APPROVE'
  /** 民主评议通过 (village review: COMPARED → VILLAGE_REVIEWED) */
  | 'VILLAGE_REVIEW';

/** 一项可执行的操作 An action the caller may take on this MonitoringCase now. */
export type MonitoringCaseAvailableAction = {
  __typename?: 'MonitoringCaseAvailableAction';
  /** The action to pass to the transition mutation. */
  action: MonitoringCaseAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of MonitoringCase rows with the total count. */
export type MonitoringCaseConnection = {
  __typename?: 'MonitoringCaseConnection';
  /** The rows of this page with their cursors. */
  edges: Array<MonitoringCaseEdge>;
  /** The rows of this page. */
  nodes: Array<MonitoringCase>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A MonitoringCase with its cursor. */
export type MonitoringCaseEdge = {
  __typename?: 'MonitoringCaseEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: MonitoringCase;
};

/** 监测对象筛选 Conditions on monitoring cases. */
export type MonitoringCaseFilter = {
  /** All of these. */
  and?: InputMaybe<Array<MonitoringCaseFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 预警日期 (clue date) */
  clueDate?: InputMaybe<LocalDateFilter>;
  /** 认定时限 (deadline) */
  deadline?: InputMaybe<LocalDateFilter>;
  /** 农户 (household) */
  household?: InputMaybe<IdFilter>;
  /** 农户收入低于监测标准的年度 (cases whose household’s income per person of this year is below the line in force at its end) */
  householdBelowLineIn?: InputMaybe<Scalars['Int']['input']>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<MonitoringCaseFilter>>;
  /** 已超时 (overdue: undecided after the 15 days, or decided late) */
  overdue?: InputMaybe<BooleanFilter>;
  /** 区划 (region of the household; within a village, township or county) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 风险类型 (has this cause among its causes) */
  riskCause?: InputMaybe<RiskCause>;
  /** 状态 (status) */
  status?: InputMaybe<MonitoringCaseStatusFilter>;
  /** 监测类型 (type) */
  type?: InputMaybe<MonitoringTypeFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for MonitoringCase lists; give several for a multi-key sort. */
export type MonitoringCaseOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: MonitoringCaseSortField;
};

/** 排序字段 Fields MonitoringCase lists can be sorted by (each backed by an index). */
export type MonitoringCaseSortField =
  /** Sort by clueDate. */
  | 'clueDate'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by deadline. */
  | 'deadline'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 监测对象状态 Status of a monitoring case (identification: 风险预警 → 入户核查 → 承诺授权 → 信息比对 → 民主评议 → 公示 → 乡镇审核 → 县级审定). */
export type MonitoringCaseStatus =
  /** 已入户核查 (household checked on a visit) */
  | 'CHECKED'
  /** 风险预警 (clue recorded; the 15 days run from the clue date) */
  | 'CLUE'
  /** 已信息比对 (departments’ data compared) */
  | 'COMPARED'
  /** 已承诺授权 (the household signed its consent to data checks) */
  | 'CONSENTED'
  /** 风险已消除 (risk eliminated by the county’s decision on a RiskElimination; the household may be identified again) */
  | 'ELIMINATED'
  /** 已纳入 (identified as a monitored household by the county) */
  | 'IDENTIFIED'
  /** 不予纳入 (not identified; the decision and its reason are in the history) */
  | 'NOT_IDENTIFIED'
  /** 村级公示中 (village publicity) */
  | 'PUBLICIZING'
  /** 乡镇已审核 (township review passed) */
  | 'TOWNSHIP_REVIEWED'
  /** 已民主评议 (village review passed) */
  | 'VILLAGE_REVIEWED';

/** Conditions on MonitoringCaseStatus. */
export type MonitoringCaseStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<MonitoringCaseStatus>;
  /** One of. */
  in?: InputMaybe<Array<MonitoringCaseStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<MonitoringCaseStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<MonitoringCaseStatus>>;
};

/** 监测对象认定操作参数 Payload of an identification step. */
export type MonitoringCaseTransitionInput = {
  /** 入户核查情况 (household check findings; CHECK) */
  checkFindings?: InputMaybe<Scalars['String']['input']>;
  /** 信息比对结果 (result of the departments’ data check; COMPARE) */
  comparisonResult?: InputMaybe<Scalars['String']['input']>;
  /** 承诺授权书编号 (reference of the signed consent; CONSENT) */
  consentReference?: InputMaybe<Scalars['String']['input']>;
  /** 公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the household’s village) */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
};

/** 监测标准 MonitoringLine: a province’s monitoring income line and the date it takes effect. */
export type MonitoringLine = {
  __typename?: 'MonitoringLine';
  /** 监测标准 (yuan per person per year) */
  amount: Scalars['Money']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 依据文件 (the notice that set it) */
  basis: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 执行日期 (in force from this date until the next line’s) */
  effectiveFrom: Scalars['LocalDate']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 省份 (province) */
  province: Maybe<Region>;
  /** 省级区划代码 (province code, 2 digits) */
  provinceCode: Scalars['String']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 年度 (year the line was set for) */
  year: Scalars['Int']['output'];
};

/** A page of MonitoringLine rows with the total count. */
export type MonitoringLineConnection = {
  __typename?: 'MonitoringLineConnection';
  /** The rows of this page with their cursors. */
  edges: Array<MonitoringLineEdge>;
  /** The rows of this page. */
  nodes: Array<MonitoringLine>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A MonitoringLine with its cursor. */
export type MonitoringLineEdge = {
  __typename?: 'MonitoringLineEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: MonitoringLine;
};

/** 监测标准筛选 Conditions on monitoring lines. */
export type MonitoringLineFilter = {
  /** All of these. */
  and?: InputMaybe<Array<MonitoringLineFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 执行日期 (in force from) */
  effectiveFrom?: InputMaybe<LocalDateFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<MonitoringLineFilter>>;
  /** 省份 (province) */
  province?: InputMaybe<RegionCodeFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 年度 (year) */
  year?: InputMaybe<IntFilter>;
};

/** One sort key for MonitoringLine lists; give several for a multi-key sort. */
export type MonitoringLineOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: MonitoringLineSortField;
};

/** 排序字段 Fields MonitoringLine lists can be sorted by (each backed by an index). */
export type MonitoringLineSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by effectiveFrom. */
  | 'effectiveFrom'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by year. */
  | 'year';

/** 防止返贫监测汇总 MonitoringRollup of a region and year. Cases: those whose clue date lies in the year. Households and the line: every household of the region against the line in force at the year’s end (today for the running year). Visits: those of the year. */
export type MonitoringRollup = {
  __typename?: 'MonitoringRollup';
  /** 按状态 (cases by status) */
  byStatus: Array<MonitoringStatusCount>;
  /** 按类型 (cases by type) */
  byType: Array<MonitoringTypeCount>;
  /** 监测对象数 (cases with a clue in the year) */
  cases: Scalars['Int']['output'];
  /** 已审定 (cases decided: identified or not) */
  decided: Scalars['Int']['output'];
  /** 按期审定 (decided within 15 days of the clue) */
  decidedWithinDeadline: Scalars['Int']['output'];
  /** 按期审定率 (decided within 15 days ÷ decided, %, one decimal) */
  decidedWithinDeadlineShare: Maybe<Scalars['Float']['output']>;
  /** 风险消除户数 (risk eliminations decided in the year) */
  eliminated: Scalars['Int']['output'];
  /** 农户数 (households) */
  households: Scalars['Int']['output'];
  /** 低于监测标准户数 (households whose income per person of the year is below the line) */
  householdsBelowLine: Scalars['Int']['output'];
  /** 帮扶措施 (measures of the region’s cases by kind) */
  measuresByKind: Array<MeasureKindCount>;
  /** 超时未审定 (undecided after the 15 days) */
  overdue: Scalars['Int']['output'];
  /** 区划代码 (region code; empty for your whole jurisdiction) */
  regionCode: Scalars['String']['output'];
  /** 季度走访 (visits of the year by quarter, with coverage) */
  visitsByQuarter: Array<QuarterVisits>;
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** 状态计数 Cases in one status. */
export type MonitoringStatusCount = {
  __typename?: 'MonitoringStatusCount';
  /** 户数 (cases) */
  count: Scalars['Int']['output'];
  /** 状态 (status) */
  status: MonitoringCaseStatus;
};

/** 监测类型 Type of monitored household. */
export type MonitoringType =
  /** 边缘易致贫户 (marginal household at risk of poverty) */
  | 'MARGINAL'
  /** 突发严重困难户 (household in sudden severe hardship) */
  | 'SUDDEN_HARDSHIP'
  /** 脱贫不稳定户 (unstable poverty-exited household) */
  | 'UNSTABLE';

/** 类型计数 Cases of one monitoring type. */
export type MonitoringTypeCount = {
  __typename?: 'MonitoringTypeCount';
  /** 户数 (cases) */
  count: Scalars['Int']['output'];
  /** 监测类型 (type) */
  type: MonitoringType;
};

/** Conditions on MonitoringType. */
export type MonitoringTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<MonitoringType>;
  /** One of. */
  in?: InputMaybe<Array<MonitoringType>>;
  /** Not equal to. */
  ne?: InputMaybe<MonitoringType>;
  /** None of. */
  notIn?: InputMaybe<Array<MonitoringType>>;
};

/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 调整结对 Adjust a pairing: end it (reason required) and start its successor on the same day, in one transaction. Returns the successor. */
  adjustPairing: Pairing;
  /** Archive a assistance measure (帮扶措施) (归档): hidden from lists unless asked for, never destroyed. */
  archiveAssistanceMeasure: AssistanceMeasure;
  /** Archive a assistance product (帮扶产品) (归档): hidden from lists unless asked for, never destroyed. */
  archiveAssistanceProduct: AssistanceProduct;
  /** Archive a cooperation project (协作项目) (归档): hidden from lists unless asked for, never destroyed. */
  archiveCooperationProject: CooperationProject;
  /** Archive a county evaluation (监测评估) (归档): hidden from lists unless asked for, never destroyed. */
  archiveCountyEvaluation: CountyEvaluation;
  /** Archive a fund allocation (衔接资金) (归档): hidden from lists unless asked for, never destroyed. */
  archiveFundAllocation: FundAllocation;
  /** Archive a household (农户) (归档): hidden from lists unless asked for, never destroyed. */
  archiveHousehold: Household;
  /** Archive a household income (农户收入) (归档): hidden from lists unless asked for, never destroyed. */
  archiveHouseholdIncome: HouseholdIncome;
  /** Archive a household member (家庭成员) (归档): hidden from lists unless asked for, never destroyed. */
  archiveHouseholdMember: HouseholdMember;
  /** Archive a household visit (走访记录) (归档): hidden from lists unless asked for, never destroyed. */
  archiveHouseholdVisit: HouseholdVisit;
  /** Archive a job placement (公益性岗位聘任) (归档): hidden from lists unless asked for, never destroyed. */
  archiveJobPlacement: JobPlacement;
  /** Archive a key assistance county (重点帮扶县) (归档): hidden from lists unless asked for, never destroyed. */
  archiveKeyCounty: KeyCounty;
  /** Archive a annual assessment (年度考核) (归档): hidden from lists unless asked for, never destroyed. */
  archiveMemberAssessment: MemberAssessment;
  /** Archive a monitoring case (监测对象) (归档): hidden from lists unless asked for, never destroyed. */
  archiveMonitoringCase: MonitoringCase;
  /** Archive a monitoring line (监测标准) (归档): hidden from lists unless asked for, never destroyed. */
  archiveMonitoringLine: MonitoringLine;
  /** Archive a organization (单位) (归档): hidden from lists unless asked for, never destroyed. */
  archiveOrganization: Organization;
  /** Archive a person (人员) (归档): hidden from lists unless asked for, never destroyed. */
  archivePerson: Person;
  /** Archive a product sale (销售记录) (归档): hidden from lists unless asked for, never destroyed. */
  archiveProductSale: ProductSale;
  /** Archive a risk elimination (风险消除) (归档): hidden from lists unless asked for, never destroyed. */
  archiveRiskElimination: RiskElimination;
  /** Archive a work-team member (驻村干部) (归档): hidden from lists unless asked for, never destroyed. */
  archiveTeamMember: TeamMember;
  /** Archive a training (培训) (归档): hidden from lists unless asked for, never destroyed. */
  archiveTraining: Training;
  /** Archive a user account (用户) (归档): hidden from lists unless asked for, never destroyed. */
  archiveUser: User;
  /** Archive a welfare post (公益性岗位) (归档): hidden from lists unless asked for, never destroyed. */
  archiveWelfarePost: WelfarePost;
  /** Archive a resident work team (驻村工作队) (归档): hidden from lists unless asked for, never destroyed. */
  archiveWorkTeam: WorkTeam;
  /** 确认动态口令 Confirm the enrolment with the current 6-digit code; from then on sign-in needs a code. */
  confirmTotp: Scalars['Boolean']['output'];
  /** Create a assistance measure (帮扶措施). */
  createAssistanceMeasure: AssistanceMeasure;
  /** Create a assistance product (帮扶产品). */
  createAssistanceProduct: AssistanceProduct;
  /** Create a cooperation project (协作项目). */
  createCooperationProject: CooperationProject;
  /** Create a county evaluation (监测评估). */
  createCountyEvaluation: CountyEvaluation;
  /** Create a fund allocation (衔接资金). */
  createFundAllocation: FundAllocation;
  /** Create a household (农户). */
  createHousehold: Household;
  /** Create a household income (农户收入). */
  createHouseholdIncome: HouseholdIncome;
  /** Create a household member (家庭成员). */
  createHouseholdMember: HouseholdMember;
  /** Create a household visit (走访记录). */
  createHouseholdVisit: HouseholdVisit;
  /** Create a job placement (公益性岗位聘任). */
  createJobPlacement: JobPlacement;
  /** Create a key assistance county (重点帮扶县). */
  createKeyCounty: KeyCounty;
  /** Create a annual assessment (年度考核). */
  createMemberAssessment: MemberAssessment;
  /** Create a monitoring case (监测对象). */
  createMonitoringCase: MonitoringCase;
  /** Create a monitoring line (监测标准). */
  createMonitoringLine: MonitoringLine;
  /** Create a organization (单位). */
  createOrganization: Organization;
  /** 新建结对 Create a pairing with a start and an optional end date. A period overlapping another pairing of the same kind between the same helper and helped sides (with or without a helper organization) is refused (CONFLICT PAIRING_OVERLAP); the kind fixes which region levels may pair (BAD_USER_INPUT kindLevel). */
  createPairing: Pairing;
  /** Create a person (人员). */
  createPerson: Person;
  /** Create a risk elimination (风险消除). */
  createRiskElimination: RiskElimination;
  /** Create a work-team member (驻村干部). */
  createTeamMember: TeamMember;
  /** Create a training (培训). */
  createTraining: Training;
  /** Create a user account (用户). */
  createUser: User;
  /** 新建事件推送订阅 Subscribe a URL to committed changes; returns the signing secret once. */
  createWebhookSubscription: CreatedWebhookSubscription;
  /** Create a welfare post (公益性岗位). */
  createWelfarePost: WelfarePost;
  /** Create a resident work team (驻村工作队). */
  createWorkTeam: WorkTeam;
  /** 删除推送订阅 Delete a webhook; nothing more is delivered to it. */
  deleteWebhookSubscription: WebhookSubscription;
  /** 结束结对 End a pairing on a date, today or later (kept, never deleted). Partners keep seeing the paired area until that date; the status turns ENDED on it. */
  endPairing: Pairing;
  /** 结束驻村 End an on-duty membership without a replacement (ROTATED or RECALLED, with a reason). Refused on an ACTIVE team when it would leave it without its first secretary or below WORK_TEAM_MIN_SIZE. */
  endTeamMembership: TeamMember;
  /** 绑定动态口令 Start enrolling a TOTP second factor for yourself: returns the secret once; confirm with confirmTotp. */
  enrolTotp: TotpEnrolmentResult;
  /** 认定到期处理 Move every certified product whose validity has passed to EXPIRED (one workflow step each); returns them. */
  expireCertifications: Array<AssistanceProduct>;
  /** 生成月度补贴 Generate the monthly payroll of a county for a month that has ended: one CALCULATED payment per placement on post during the month. Amount: 0 for a FAIL assessment; monthly subsidy × attendance days ÷ working days when attendance is given; otherwise monthly subsidy × days on post ÷ days in month; rounded half up to the fen. Idempotent: existing payments are never changed. */
  generateSubsidyPayroll: SubsidyPayrollResult;
  /** 签发接口密钥 Issue an API key to a third-party app (security administrators). The key is returned once; only its hash is stored. */
  issueApiKey: IssuedApiKeyResult;
  /** 登录 Sign in with username and password (and TOTP code when the account has a second factor). */
  login: LoginResult;
  /** 退出 End the current session. */
  logout: Scalars['Boolean']['output'];
  /** 暂停推送 Pause a webhook; events keep queueing and are delivered after it resumes. */
  pauseWebhookSubscription: WebhookSubscription;
  /** 登记异议 Record an objection against a record in publicity (in your jurisdiction). It blocks the step after publicity (CONFLICT, rule OPEN_OBJECTION) until decided, and is written to the record’s history. */
  recordObjection: Objection;
  /** 批量录入销售 Record many sales in one call, all or nothing; every bad row is reported as rows.N.field. Sales of products not certified in that month are kept with assisted = false. */
  recordProductSales: RecordProductSalesResult;
  /** 录入考核 Record attendance and the PASS/FAIL assessment of a CALCULATED payment and recalculate its amount (FAIL withholds it; attendance prorates it); two FAIL months in a row flag the placement for exit. */
  recordSubsidyAssessment: SubsidyPayment;
  /** 重新推送 Send a delivery’s event again now (the redeliver button); the attempt is logged. */
  redeliverWebhook: WebhookDelivery;
  /** 登记查询 Register operations for an API key (an app’s persisted-query manifest); each is validated against the schema; registering one again changes nothing. */
  registerTrustedDocuments: Array<TrustedDocument>;
  /** 删除登记的查询 Remove a registered operation; a trusted-documents key can no longer run it. */
  removeTrustedDocument: Scalars['Boolean']['output'];
  /** 更换驻村干部 Replace an on-duty member: the old membership ends as ROTATED with the reason (kept as history) and the new one starts, in one transaction; returns the new membership. */
  replaceTeamMember: TeamMember;
  /** 重置密码 Set a new password for a user (security administrators): the password policy applies, the lockout is cleared and all the user’s sessions end. */
  resetPassword: User;
  /** 重置动态口令 Remove a user’s second factor (lost phone); the user enrols a new one at the next sign-in. Ends the user’s sessions. */
  resetSecondFactor: User;
  /** 处理异议 Decide an open objection (whoever may take the step after publicity: the township for placements, the certifying province for products). UPHOLD sends the record back to the status before publicity; DISMISS lets the step proceed. Both are written to the record’s history. */
  resolveObjection: Objection;
  /** Restore an archived assistance measure (帮扶措施) (恢复). */
  restoreAssistanceMeasure: AssistanceMeasure;
  /** Restore an archived assistance product (帮扶产品) (恢复). */
  restoreAssistanceProduct: AssistanceProduct;
  /** Restore an archived cooperation project (协作项目) (恢复). */
  restoreCooperationProject: CooperationProject;
  /** Restore an archived county evaluation (监测评估) (恢复). */
  restoreCountyEvaluation: CountyEvaluation;
  /** Restore an archived fund allocation (衔接资金) (恢复). */
  restoreFundAllocation: FundAllocation;
  /** Restore an archived household (农户) (恢复). */
  restoreHousehold: Household;
  /** Restore an archived household income (农户收入) (恢复). */
  restoreHouseholdIncome: HouseholdIncome;
  /** Restore an archived household member (家庭成员) (恢复). */
  restoreHouseholdMember: HouseholdMember;
  /** Restore an archived household visit (走访记录) (恢复). */
  restoreHouseholdVisit: HouseholdVisit;
  /** Restore an archived job placement (公益性岗位聘任) (恢复). */
  restoreJobPlacement: JobPlacement;
  /** Restore an archived key assistance county (重点帮扶县) (恢复). */
  restoreKeyCounty: KeyCounty;
  /** Restore an archived annual assessment (年度考核) (恢复). */
  restoreMemberAssessment: MemberAssessment;
  /** Restore an archived monitoring case (监测对象) (恢复). */
  restoreMonitoringCase: MonitoringCase;
  /** Restore an archived monitoring line (监测标准) (恢复). */
  restoreMonitoringLine: MonitoringLine;
  /** Restore an archived organization (单位) (恢复). */
  restoreOrganization: Organization;
  /** Restore an archived person (人员) (恢复). */
  restorePerson: Person;
  /** Restore an archived product sale (销售记录) (恢复). */
  restoreProductSale: ProductSale;
  /** Restore an archived risk elimination (风险消除) (恢复). */
  restoreRiskElimination: RiskElimination;
  /** Restore an archived work-team member (驻村干部) (恢复). */
  restoreTeamMember: TeamMember;
  /** Restore an archived training (培训) (恢复). */
  restoreTraining: Training;
  /** Restore an archived user account (用户) (恢复). */
  restoreUser: User;
  /** Restore an archived welfare post (公益性岗位) (恢复). */
  restoreWelfarePost: WelfarePost;
  /** Restore an archived resident work team (驻村工作队) (恢复). */
  restoreWorkTeam: WorkTeam;
  /** 恢复推送 Resume a paused webhook: the event that failed is tried again at once, then the rest in order. */
  resumeWebhookSubscription: WebhookSubscription;
  /** 查看敏感信息 Reveal a person’s ID number and phone in clear; needs person.reveal and a reason, and is audited. */
  revealPerson: RevealedPerson;
  /** 吊销接口密钥 Revoke an API key; it stops working at once. */
  revokeApiKey: ApiKey;
  /** 轮换接口密钥 Give an API key a new secret, returned once; the old secret stops working at once. Scopes, jurisdiction, expiry and rate limit stay. */
  rotateApiKey: IssuedApiKeyResult;
  /** 仅限登记的查询 Require (or stop requiring) that an API key runs only its registered operations. */
  setApiKeyTrustedDocumentsOnly: ApiKey;
  /** 设置参训人员 Set who attended a training (adds new ones, archives removed ones). */
  setTrainingAttendees: Training;
  /** Move a AssistanceProduct through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionAssistanceProduct: AssistanceProduct;
  /** Move a CooperationProject through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionCooperationProject: CooperationProject;
  /** Move a JobPlacement through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionJobPlacement: JobPlacement;
  /** Move a MonitoringCase through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionMonitoringCase: MonitoringCase;
  /** Move a RiskElimination through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionRiskElimination: RiskElimination;
  /** Move a SubsidyPayment through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionSubsidyPayment: SubsidyPayment;
  /** Move a WelfarePost through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionWelfarePost: WelfarePost;
  /** Move a WorkTeam through its workflow (流转). Status changes only here; each step is recorded in `history`. */
  transitionWorkTeam: WorkTeam;
  /** Change a assistance measure (帮扶措施). Status never changes here; use its workflow. */
  updateAssistanceMeasure: AssistanceMeasure;
  /** Change a assistance product (帮扶产品). Status never changes here; use its workflow. */
  updateAssistanceProduct: AssistanceProduct;
  /** Change a cooperation project (协作项目). Status never changes here; use its workflow. */
  updateCooperationProject: CooperationProject;
  /** Change a county evaluation (监测评估). Status never changes here; use its workflow. */
  updateCountyEvaluation: CountyEvaluation;
  /** Change a fund allocation (衔接资金). Status never changes here; use its workflow. */
  updateFundAllocation: FundAllocation;
  /** Change a household (农户). Status never changes here; use its workflow. */
  updateHousehold: Household;
  /** Change a household income (农户收入). Status never changes here; use its workflow. */
  updateHouseholdIncome: HouseholdIncome;
  /** Change a household member (家庭成员). Status never changes here; use its workflow. */
  updateHouseholdMember: HouseholdMember;
  /** Change a household visit (走访记录). Status never changes here; use its workflow. */
  updateHouseholdVisit: HouseholdVisit;
  /** Change a job placement (公益性岗位聘任). Status never changes here; use its workflow. */
  updateJobPlacement: JobPlacement;
  /** Change a key assistance county (重点帮扶县). Status never changes here; use its workflow. */
  updateKeyCounty: KeyCounty;
  /** Change a annual assessment (年度考核). Status never changes here; use its workflow. */
  updateMemberAssessment: MemberAssessment;
  /** Change a monitoring case (监测对象). Status never changes here; use its workflow. */
  updateMonitoringCase: MonitoringCase;
  /** Change a monitoring line (监测标准). Status never changes here; use its workflow. */
  updateMonitoringLine: MonitoringLine;
  /** Change a organization (单位). Status never changes here; use its workflow. */
  updateOrganization: Organization;
  /** 修改结对目标 Change a pairing’s annual targets and remark. */
  updatePairing: Pairing;
  /** Change a person (人员). Status never changes here; use its workflow. */
  updatePerson: Person;
  /** Change a administrative region (行政区划). Status never changes here; use its workflow. */
  updateRegion: Region;
  /** Change a risk elimination (风险消除). Status never changes here; use its workflow. */
  updateRiskElimination: RiskElimination;
  /** Change a work-team member (驻村干部). Status never changes here; use its workflow. */
  updateTeamMember: TeamMember;
  /** Change a training (培训). Status never changes here; use its workflow. */
  updateTraining: Training;
  /** Change a user account (用户). Status never changes here; use its workflow. */
  updateUser: User;
  /** Change a welfare post (公益性岗位). Status never changes here; use its workflow. */
  updateWelfarePost: WelfarePost;
  /** Change a resident work team (驻村工作队). Status never changes here; use its workflow. */
  updateWorkTeam: WorkTeam;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationAdjustPairingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: AdjustPairingInput;
  reason: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveAssistanceMeasureArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveAssistanceProductArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveCooperationProjectArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveCountyEvaluationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveFundAllocationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveHouseholdIncomeArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveHouseholdMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveHouseholdVisitArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveJobPlacementArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveKeyCountyArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveMemberAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveMonitoringCaseArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveMonitoringLineArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchivePersonArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveProductSaleArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveRiskEliminationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveTeamMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveTrainingArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveUserArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveWelfarePostArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationArchiveWorkTeamArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationConfirmTotpArgs = {
  code: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateAssistanceMeasureArgs = {
  input: CreateAssistanceMeasureInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateAssistanceProductArgs = {
  input: CreateAssistanceProductInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateCooperationProjectArgs = {
  input: CreateCooperationProjectInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateCountyEvaluationArgs = {
  input: CreateCountyEvaluationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateFundAllocationArgs = {
  input: CreateFundAllocationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateHouseholdArgs = {
  input: CreateHouseholdInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateHouseholdIncomeArgs = {
  input: CreateHouseholdIncomeInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateHouseholdMemberArgs = {
  input: CreateHouseholdMemberInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateHouseholdVisitArgs = {
  input: CreateHouseholdVisitInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateJobPlacementArgs = {
  input: CreateJobPlacementInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateKeyCountyArgs = {
  input: CreateKeyCountyInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateMemberAssessmentArgs = {
  input: CreateMemberAssessmentInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateMonitoringCaseArgs = {
  input: CreateMonitoringCaseInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateMonitoringLineArgs = {
  input: CreateMonitoringLineInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreatePairingArgs = {
  input: CreatePairingInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreatePersonArgs = {
  input: CreatePersonInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateRiskEliminationArgs = {
  input: CreateRiskEliminationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateTeamMemberArgs = {
  input: CreateTeamMemberInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateTrainingArgs = {
  input: CreateTrainingInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateWebhookSubscriptionArgs = {
  input: CreateWebhookSubscriptionInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateWelfarePostArgs = {
  input: CreateWelfarePostInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationCreateWorkTeamArgs = {
  input: CreateWorkTeamInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationEndPairingArgs = {
  endDate: Scalars['LocalDate']['input'];
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationEndTeamMembershipArgs = {
  endDate: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  status: MemberStatus;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationGenerateSubsidyPayrollArgs = {
  assessments: InputMaybe<Array<SubsidyAssessmentInput>>;
  countyCode: Scalars['String']['input'];
  month: Scalars['YearMonth']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationIssueApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  totp: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationPauseWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRecordObjectionArgs = {
  input: RecordObjectionInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRecordProductSalesArgs = {
  rows: Array<ProductSaleRowInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRecordSubsidyAssessmentArgs = {
  assessment: Assessment;
  attendanceDays: InputMaybe<Scalars['Int']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  workingDays: InputMaybe<Scalars['Int']['input']>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRegisterTrustedDocumentsArgs = {
  apiKeyId: Scalars['ID']['input'];
  documents: Array<Scalars['String']['input']>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRemoveTrustedDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationReplaceTeamMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  input: NewTeamMemberInput;
  memberId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationResetPasswordArgs = {
  id: Scalars['ID']['input'];
  password: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationResetSecondFactorArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationResolveObjectionArgs = {
  decision: ObjectionDecision;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreAssistanceMeasureArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreAssistanceProductArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreCooperationProjectArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreCountyEvaluationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreFundAllocationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreHouseholdIncomeArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreHouseholdMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreHouseholdVisitArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreJobPlacementArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreKeyCountyArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreMemberAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreMonitoringCaseArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreMonitoringLineArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestorePersonArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreProductSaleArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreRiskEliminationArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreTeamMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreTrainingArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreUserArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreWelfarePostArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRestoreWorkTeamArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationResumeWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRevealPersonArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationRotateApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationSetApiKeyTrustedDocumentsOnlyArgs = {
  apiKeyId: Scalars['ID']['input'];
  required: Scalars['Boolean']['input'];
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationSetTrainingAttendeesArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  memberIds: Array<Scalars['ID']['input']>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionAssistanceProductArgs = {
  action: ProductAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<ProductTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionCooperationProjectArgs = {
  action: CooperationProjectAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<CooperationProjectTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionJobPlacementArgs = {
  action: JobPlacementAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<JobPlacementTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionMonitoringCaseArgs = {
  action: MonitoringCaseAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<MonitoringCaseTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionRiskEliminationArgs = {
  action: RiskEliminationAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<RiskEliminationTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionSubsidyPaymentArgs = {
  action: SubsidyPaymentAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<SubsidyPaymentTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionWelfarePostArgs = {
  action: WelfarePostAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<WelfarePostTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationTransitionWorkTeamArgs = {
  action: WorkTeamAction;
  comment: InputMaybe<Scalars['String']['input']>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  payload: InputMaybe<WorkTeamTransitionInput>;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateAssistanceMeasureArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAssistanceMeasureInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateAssistanceProductArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateAssistanceProductInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateCooperationProjectArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCooperationProjectInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateCountyEvaluationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateCountyEvaluationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateFundAllocationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateFundAllocationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateHouseholdArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateHouseholdInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateHouseholdIncomeArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateHouseholdIncomeInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateHouseholdMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateHouseholdMemberInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateHouseholdVisitArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateHouseholdVisitInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateJobPlacementArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateJobPlacementInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateKeyCountyArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateKeyCountyInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateMemberAssessmentArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateMemberAssessmentInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateMonitoringCaseArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateMonitoringCaseInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateMonitoringLineArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateMonitoringLineInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateOrganizationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateOrganizationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdatePairingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdatePairingInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdatePersonArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateRegionArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateRegionInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateRiskEliminationArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateRiskEliminationInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateTeamMemberArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateTeamMemberInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateTrainingArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateTrainingInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateUserArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateWelfarePostArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateWelfarePostInput;
};


/** 变更 Writes. Each runs in one transaction with its audit record; status changes only through transitionX mutations. */
export type MutationUpdateWorkTeamArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: UpdateWorkTeamInput;
};

/** 驻村干部信息 A cadre joining a team. */
export type NewTeamMemberInput = {
  /** 性别 (gender) */
  gender: Gender;
  /** 姓名 (name) */
  name: Scalars['String']['input'];
  /** 原单位 (home organization id) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 中共党员 (Party member) */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系电话 (phone; with the name it identifies the person, stored encrypted) */
  phone: Scalars['String']['input'];
  /** 原单位职务 (post) */
  post?: InputMaybe<Scalars['String']['input']>;
  /** 队内职务 (role; default MEMBER, or the replaced member’s role) */
  role?: InputMaybe<MemberRole>;
  /** 驻村开始日期 (start; default the later of today and the term start) */
  startDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 异议 An objection raised against a record in publicity. The objector’s name and contact are shown only to those who decide it. */
export type Objection = {
  __typename?: 'Objection';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可处理 (true when the caller may decide this objection now) */
  canResolve: Scalars['Boolean']['output'];
  /** 异议内容 (what is objected to) */
  content: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 对象 id (the record objected to) */
  entityId: Scalars['ID']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 反映人联系方式 (objector’s contact: in full to those who decide objections, masked to others) */
  objectorContact: Maybe<Scalars['String']['output']>;
  /** 反映人姓名 (objector’s name: in full to those who decide objections, masked to others) */
  objectorName: Maybe<Scalars['String']['output']>;
  /** 公示 id (the publicity the objection was raised in) */
  publicityId: Scalars['ID']['output'];
  /** 登记人 (who recorded the objection) */
  recordedByName: Maybe<Scalars['String']['output']>;
  /** 区划代码 (region code of the record, for jurisdiction) */
  regionCode: Scalars['String']['output'];
  /** 处理意见 (the decision’s reason) */
  resolution: Maybe<Scalars['String']['output']>;
  /** 处理时间 (when it was decided) */
  resolvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 处理人 (who decided it) */
  resolvedByName: Maybe<Scalars['String']['output']>;
  /** 状态 (state) */
  status: ObjectionStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 流程 (workflow: the entity type, e.g. JobPlacement) */
  workflow: Scalars['String']['output'];
};

/** 异议处理结论 How an objection is decided. */
export type ObjectionDecision =
  /** 异议不成立 (dismissed: the step after publicity may proceed) */
  | 'DISMISS'
  /** 异议成立 (upheld: the record goes back to the status before publicity, with the reason in its history) */
  | 'UPHOLD';

/** 异议状态 State of an objection raised during publicity. */
export type ObjectionStatus =
  /** 已终结 (closed without its own decision: the record left publicity — another objection was upheld, or it was rejected or withdrawn) */
  | 'CLOSED'
  /** 异议不成立 (dismissed: the record may proceed) */
  | 'DISMISSED'
  /** 待处理 (open: blocks the step after publicity) */
  | 'OPEN'
  /** 异议成立 (upheld: the record went back to the status before publicity) */
  | 'UPHELD';

/** 排序方向 Sort direction. */
export type OrderDirection =
  /** 升序 (ascending) */
  | 'ASC'
  /** 降序 (descending) */
  | 'DESC';

/** 单位 Organization: dispatching unit, partner government or enterprise, supplier, employer, school or hospital. */
export type Organization = {
  __typename?: 'Organization';
  /** 地址 (address) */
  address: Maybe<Scalars['String']['output']>;
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 联系人 (contact person) */
  contactName: Maybe<Scalars['String']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 统一社会信用代码 (unified social credit code, GB 32100, 18 characters) */
  creditCode: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 单位类型 (kind) */
  kind: OrganizationKind;
  /** 单位名称 (name) */
  name: Scalars['String']['output'];
  /** 所在区划 (region where it is registered) */
  region: Region;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of Organization rows with the total count. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The rows of this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The rows of this page. */
  nodes: Array<Organization>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Organization with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Organization;
};

/** 单位筛选 Conditions on organizations. */
export type OrganizationFilter = {
  /** All of these. */
  and?: InputMaybe<Array<OrganizationFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 统一社会信用代码 (credit code) */
  creditCode?: InputMaybe<StringFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 单位类型 (kind) */
  kind?: InputMaybe<OrganizationKindFilter>;
  /** 单位名称 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<OrganizationFilter>>;
  /** 所在区划 (region) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** 单位类型 Kind of organization. */
export type OrganizationKind =
  /** 中央企业 (central state-owned enterprise) */
  | 'CENTRAL_SOE'
  /** 农民专业合作社 (farmers’ cooperative) */
  | 'COOPERATIVE'
  /** 家庭农场 (family farm) */
  | 'FAMILY_FARM'
  /** 医院 (hospital) */
  | 'HOSPITAL'
  /** 地方国企 (local state-owned enterprise) */
  | 'LOCAL_SOE'
  /** 军队 (military unit) */
  | 'MILITARY'
  /** 其他 (other) */
  | 'OTHER'
  /** 党政机关 (Party or government body) */
  | 'PARTY_GOVERNMENT'
  /** 民营企业 (private enterprise) */
  | 'PRIVATE_ENTERPRISE'
  /** 事业单位 (public institution) */
  | 'PUBLIC_INSTITUTION'
  /** 学校 (school) */
  | 'SCHOOL'
  /** 社会组织 (social organization) */
  | 'SOCIAL_ORGANIZATION'
  /** 高校 (university) */
  | 'UNIVERSITY';

/** Conditions on OrganizationKind. */
export type OrganizationKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<OrganizationKind>;
  /** One of. */
  in?: InputMaybe<Array<OrganizationKind>>;
  /** Not equal to. */
  ne?: InputMaybe<OrganizationKind>;
  /** None of. */
  notIn?: InputMaybe<Array<OrganizationKind>>;
};

/** One sort key for Organization lists; give several for a multi-key sort. */
export type OrganizationOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: OrganizationSortField;
};

/** 排序字段 Fields Organization lists can be sorted by (each backed by an index). */
export type OrganizationSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by kind. */
  | 'kind'
  /** Sort by name. */
  | 'name'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 分页信息 Where this page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last row; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** More rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Rows precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first row on this page. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** 结对关系 Pairing: a helper (region and/or organization) assisting a helped region or organization. */
export type Pairing = {
  __typename?: 'Pairing';
  /** 当前有效 (in force today: started, and its end date not yet reached) */
  activeToday: Scalars['Boolean']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 调整历史 (the whole adjustment chain this pairing belongs to, oldest first, itself included) */
  chain: Array<Pairing>;
  /** 下级结对 (pairings under this one) */
  children: PairingConnection;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 结束日期 (end date: the first day no longer in force; given at creation, or set by ending or adjusting, never in the past; empty while open-ended) */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** 结束原因 (why it ended or was adjusted) */
  endReason: Maybe<Scalars['String']['output']>;
  /** 受帮扶单位 (helped organization, e.g. a school or hospital) */
  helpedOrganization: Maybe<Organization>;
  /** 受帮扶区划 (helped region) */
  helpedRegion: Maybe<Region>;
  /** 受帮扶区划代码 (helped region code: province, city, county or village) */
  helpedRegionCode: Maybe<Scalars['String']['output']>;
  /** 帮扶方单位 (helper organization) */
  helperOrganization: Maybe<Organization>;
  /** 帮扶方区划 (helper region) */
  helperRegion: Maybe<Region>;
  /** 帮扶方区划代码 (helper region code, e.g. 11 北京市 or 110105 朝阳区) */
  helperRegionCode: Maybe<Scalars['String']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 结对类型 (kind) */
  kind: PairingKind;
  /** 上级结对 (parent pairing, e.g. the province-level agreement) */
  parent: Maybe<Pairing>;
  /** 前序结对 (predecessor: the pairing this one replaced) */
  predecessor: Maybe<Pairing>;
  /** 协作项目 (cooperation projects under this pairing) */
  projects: CooperationProjectConnection;
  /** 管辖区划 (region code used for jurisdiction: the helped side’s region) */
  regionCode: Scalars['String']['output'];
  /** 备注 (remark, e.g. agreement number) */
  remark: Maybe<Scalars['String']['output']>;
  /** 开始日期 (start date: the first day in force) */
  startDate: Scalars['LocalDate']['output'];
  /** 状态 (status: ENDED once the end date has come; a pairing whose end lies ahead stays ACTIVE until then; see activeToday) */
  status: PairingStatus;
  /** 后续结对 (successor: the pairing that replaced this one) */
  successor: Maybe<Pairing>;
  /** 年度目标·帮扶资金 (annual target: assistance funds, yuan) */
  targetFunds: Maybe<Scalars['Money']['output']>;
  /** 年度目标·劳务输转人数 (annual target: labour transfers) */
  targetLabourTransfers: Maybe<Scalars['Int']['output']>;
  /** 年度目标·消费帮扶采购额 (annual target: purchases of assisted products, yuan) */
  targetPurchases: Maybe<Scalars['Money']['output']>;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** 结对关系 Pairing: a helper (region and/or organization) assisting a helped region or organization. */
export type PairingChildrenArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PairingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PairingOrder>>;
};


/** 结对关系 Pairing: a helper (region and/or organization) assisting a helped region or organization. */
export type PairingProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CooperationProjectFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<CooperationProjectOrder>>;
};

/** A page of Pairing rows with the total count. */
export type PairingConnection = {
  __typename?: 'PairingConnection';
  /** The rows of this page with their cursors. */
  edges: Array<PairingEdge>;
  /** The rows of this page. */
  nodes: Array<Pairing>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Pairing with its cursor. */
export type PairingEdge = {
  __typename?: 'PairingEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Pairing;
};

/** 结对筛选 Conditions on pairings. */
export type PairingFilter = {
  /** All of these. */
  and?: InputMaybe<Array<PairingFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 结束日期 (end date; pairings without one do not match a comparison) */
  endDate?: InputMaybe<LocalDateFilter>;
  /** 受帮扶单位 (helped organization) */
  helpedOrganization?: InputMaybe<IdFilter>;
  /** 受帮扶区划 (helped region) */
  helpedRegion?: InputMaybe<RegionCodeFilter>;
  /** 帮扶方单位 (helper organization) */
  helperOrganization?: InputMaybe<IdFilter>;
  /** 帮扶方区划 (helper region) */
  helperRegion?: InputMaybe<RegionCodeFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 结对类型 (kind) */
  kind?: InputMaybe<PairingKindFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<PairingFilter>>;
  /** 上级结对 (parent pairing) */
  parent?: InputMaybe<IdFilter>;
  /** 管辖区划 (jurisdiction region = helped side) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 开始日期 (start date) */
  startDate?: InputMaybe<LocalDateFilter>;
  /** 状态 (status) */
  status?: InputMaybe<PairingStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** 结对类型 Kind of pairing relationship. */
export type PairingKind =
  /** 中央单位定点帮扶 (central units’ designated assistance) */
  | 'DESIGNATED'
  /** 东西部协作 (east–west cooperation) */
  | 'EAST_WEST'
  /** 万企兴万村 (enterprise–village pairing) */
  | 'ENTERPRISE_VILLAGE'
  /** 组团式帮扶 (group assistance of schools and hospitals) */
  | 'GROUP'
  /** 省内对口帮扶 (intra-province pairing) */
  | 'INTRA_PROVINCE'
  /** 领导联系县 (provincial leader’s contact county) */
  | 'LEADER_CONTACT'
  /** 国有企业结对帮扶 (state-owned enterprise pairing with key counties) */
  | 'SOE';

/** Conditions on PairingKind. */
export type PairingKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<PairingKind>;
  /** One of. */
  in?: InputMaybe<Array<PairingKind>>;
  /** Not equal to. */
  ne?: InputMaybe<PairingKind>;
  /** None of. */
  notIn?: InputMaybe<Array<PairingKind>>;
};

/** One sort key for Pairing lists; give several for a multi-key sort. */
export type PairingOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: PairingSortField;
};

/** 结对角色 Which side of a pairing a region is on. */
export type PairingRole =
  /** 任一方 (either side) */
  | 'EITHER'
  /** 受帮扶方 (helped side) */
  | 'HELPED'
  /** 帮扶方 (helper side) */
  | 'HELPER';

/** 排序字段 Fields Pairing lists can be sorted by (each backed by an index). */
export type PairingSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by kind. */
  | 'kind'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by startDate. */
  | 'startDate'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 结对状态 Status of a pairing. */
export type PairingStatus =
  /** 有效 (active) */
  | 'ACTIVE'
  /** 已结束 (ended) */
  | 'ENDED';

/** Conditions on PairingStatus. */
export type PairingStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<PairingStatus>;
  /** One of. */
  in?: InputMaybe<Array<PairingStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<PairingStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<PairingStatus>>;
};

/** 待办 A record waiting for an action the caller may take. */
export type PendingApproval = {
  __typename?: 'PendingApproval';
  /** 可执行操作 (actions the caller may take) */
  actions: Array<Scalars['String']['output']>;
  /** 对象类型 (entity type, e.g. JobPlacement) */
  entity: Scalars['String']['output'];
  /** Record id. */
  id: Scalars['ID']['output'];
  /** 状态 (current status) */
  status: Scalars['String']['output'];
  /** 标题 (short description) */
  title: Scalars['String']['output'];
  /** 更新时间 (waiting since) */
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** 比率条件 Conditions on a percentage (e.g. 支出进度 42.2). Compared exactly against the integer figures, to 0.01 %. */
export type PercentFilter = {
  /** 大于 (more than this percentage) */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** 不低于 (at least this percentage) */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** 小于 (less than this percentage) */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** 不高于 (at most this percentage) */
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** 人员 Person: a rural resident (applicant for posts, household member). */
export type Person = {
  __typename?: 'Person';
  /** 年龄 (age in whole years today) */
  age: Scalars['Int']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 出生日期 (birth date, derived from the ID number) */
  birthDate: Scalars['LocalDate']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 残疾 (has a disability) */
  disabled: Scalars['Boolean']['output'];
  /** 特困 (extreme hardship support) */
  extremeHardship: Scalars['Boolean']['output'];
  /** 性别 (gender, derived from the ID number) */
  gender: Gender;
  /** 户类别 (household category) */
  householdCategory: HouseholdCategory;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 公民身份号码 (citizen ID number, masked such as 6204**********1234; revealPerson shows it to holders of person.reveal) */
  idNumber: Scalars['String']['output'];
  /** 劳动能力 (labour capacity) */
  labourCapacity: LabourCapacity;
  /** 低保 (receives minimum-living allowance) */
  minimumLiving: Scalars['Boolean']['output'];
  /** 监测类型 (monitoring type, for monitored households) */
  monitoringType: Maybe<MonitoringType>;
  /** 姓名 (name) */
  name: Scalars['String']['output'];
  /** 联系电话 (phone, masked such as 138****5678) */
  phone: Maybe<Scalars['String']['output']>;
  /** 易地搬迁 (relocated household) */
  relocated: Scalars['Boolean']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 户籍所在村 (home village) */
  village: Maybe<Region>;
  /** 村干部及近亲属 (village cadre or close relative of one) */
  villageCadreOrRelative: Scalars['Boolean']['output'];
};

/** A page of Person rows with the total count. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The rows of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** The rows of this page. */
  nodes: Array<Person>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Person with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Person;
};

/** 人员筛选 Conditions on persons. */
export type PersonFilter = {
  /** All of these. */
  and?: InputMaybe<Array<PersonFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 出生日期 (birth date) */
  birthDate?: InputMaybe<LocalDateFilter>;
  /** 残疾 (disabled) */
  disabled?: InputMaybe<BooleanFilter>;
  /** 性别 (gender) */
  gender?: InputMaybe<GenderFilter>;
  /** 户类别 (household category) */
  householdCategory?: InputMaybe<HouseholdCategoryFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 公民身份号码 (exact ID number; matched through its keyed hash, never stored in clear) */
  idNumber?: InputMaybe<Scalars['String']['input']>;
  /** 劳动能力 (labour capacity) */
  labourCapacity?: InputMaybe<LabourCapacityFilter>;
  /** 姓名 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<PersonFilter>>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 户籍所在村 (home village; `within` a township, county…) */
  village?: InputMaybe<RegionCodeFilter>;
  /** 村干部及近亲属 (village cadre or relative) */
  villageCadreOrRelative?: InputMaybe<BooleanFilter>;
};

/** One sort key for Person lists; give several for a multi-key sort. */
export type PersonOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: PersonSortField;
};

/** 排序字段 Fields Person lists can be sorted by (each backed by an index). */
export type PersonSortField =
  /** Sort by birthDate. */
  | 'birthDate'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by name. */
  | 'name'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by villageCode. */
  | 'villageCode';

/** 状态计数 Placements in one status. */
export type PlacementStatusCount = {
  __typename?: 'PlacementStatusCount';
  /** 人数 (count) */
  count: Scalars['Int']['output'];
  /** 状态 (status) */
  status: JobPlacementStatus;
};

/** 优先类别 Priority category of an applicant, derived from the person when applying. */
export type PriorityCategory =
  /** 残疾人 (person with a disability) */
  | 'DISABLED'
  /** 低收入人口 (low income: minimum living allowance or extreme hardship) */
  | 'LOW_INCOME'
  /** 监测对象 (monitored household) */
  | 'MONITORED'
  /** 其他 (other) */
  | 'OTHER'
  /** 脱贫劳动力 (poverty-exited household) */
  | 'POVERTY_EXITED'
  /** 易地搬迁群众 (relocated household) */
  | 'RELOCATED';

/** 类别计数 Placements in one priority category. */
export type PriorityCategoryCount = {
  __typename?: 'PriorityCategoryCount';
  /** 优先类别 (priority category) */
  category: PriorityCategory;
  /** 人数 (count) */
  count: Scalars['Int']['output'];
};

/** Conditions on PriorityCategory. */
export type PriorityCategoryFilter = {
  /** Equal to. */
  eq?: InputMaybe<PriorityCategory>;
  /** One of. */
  in?: InputMaybe<Array<PriorityCategory>>;
  /** Not equal to. */
  ne?: InputMaybe<PriorityCategory>;
  /** None of. */
  notIn?: InputMaybe<Array<PriorityCategory>>;
};

/** 认定操作 Certification workflow actions. */
export type ProductAction =
  /** 认定 (certify; only after the minimum publicity days) */
  | 'CERTIFY'
  /** 到期 (mark expired; only once the validity has passed) */
  | 'EXPIRE'
  /** 公示 (start the public notice) */
  | 'PUBLICIZE'
  /** 县级推荐 (county recommends) */
  | 'RECOMMEND'
  /** 不予认定 (reject; comment required) */
  | 'REJECT'
  /** 撤销 (revoke; comment required) */
  | 'REVOKE'
  /** 申报 (submit) */
  | 'SUBMIT';

/** 产品类别 Category of an assistance product. */
export type ProductCategory =
  /** 果蔬 (fruit and vegetables) */
  | 'FRUIT_VEGETABLE'
  /** 粮油 (grain and oil) */
  | 'GRAIN_OIL'
  /** 手工艺品 (handicraft) */
  | 'HANDICRAFT'
  /** 肉禽蛋 (meat, poultry and eggs) */
  | 'MEAT_EGG'
  /** 其他 (other) */
  | 'OTHER'
  /** 加工食品 (processed food) */
  | 'PROCESSED'
  /** 地方特产 (local specialty) */
  | 'SPECIALTY'
  /** 茶叶 (tea) */
  | 'TEA';

/** Conditions on ProductCategory. */
export type ProductCategoryFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProductCategory>;
  /** One of. */
  in?: InputMaybe<Array<ProductCategory>>;
  /** Not equal to. */
  ne?: InputMaybe<ProductCategory>;
  /** None of. */
  notIn?: InputMaybe<Array<ProductCategory>>;
};

/** 销售记录 ProductSale: sales of an assistance product in one month through one channel. */
export type ProductSale = {
  __typename?: 'ProductSale';
  /** 金额 (amount, yuan) */
  amount: Scalars['Money']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 计入帮扶销售 (counts as assisted sales: the certificate was in force on the sale date, or for a monthly total on at least one day of the month; recomputed when it is revoked or expires — a revocation is not retroactive unless it says so) */
  assisted: Scalars['Boolean']['output'];
  /** 采购单位 (buyer organization) */
  buyerOrganization: Maybe<Organization>;
  /** 销售渠道 (channel) */
  channel: SaleChannel;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 月份 (month, YYYY-MM) */
  month: Scalars['YearMonth']['output'];
  /** 产品 (product) */
  product: Maybe<AssistanceProduct>;
  /** 数量 (quantity, in the product’s unit) */
  quantity: Scalars['Int']['output'];
  /** 管辖区划 (region code: the product’s origin county) */
  regionCode: Scalars['String']['output'];
  /** 销售日期 (sale date within the month, when the row is one dated sale; empty for a monthly total) */
  saleDate: Maybe<Scalars['LocalDate']['output']>;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of ProductSale rows with the total count. */
export type ProductSaleConnection = {
  __typename?: 'ProductSaleConnection';
  /** The rows of this page with their cursors. */
  edges: Array<ProductSaleEdge>;
  /** The rows of this page. */
  nodes: Array<ProductSale>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ProductSale with its cursor. */
export type ProductSaleEdge = {
  __typename?: 'ProductSaleEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: ProductSale;
};

/** 销售记录筛选 Conditions on product sales. */
export type ProductSaleFilter = {
  /** All of these. */
  and?: InputMaybe<Array<ProductSaleFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 计入帮扶销售 (assisted) */
  assisted?: InputMaybe<BooleanFilter>;
  /** 采购单位 (buyer organization) */
  buyerOrganization?: InputMaybe<IdFilter>;
  /** 销售渠道 (channel) */
  channel?: InputMaybe<SaleChannelFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 月份 (month) */
  month?: InputMaybe<YearMonthFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<ProductSaleFilter>>;
  /** 产品 (product) */
  product?: InputMaybe<IdFilter>;
  /** 产地区划 (origin region) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for ProductSale lists; give several for a multi-key sort. */
export type ProductSaleOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: ProductSaleSortField;
};

/** 销售记录行 One row of a bulk sales entry. */
export type ProductSaleRowInput = {
  /** 金额 (amount, yuan, > 0) */
  amount: Scalars['Money']['input'];
  /** 采购单位 id (buyer organization, optional) */
  buyerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 销售渠道 (channel) */
  channel: SaleChannel;
  /** 月份 (month, YYYY-MM; not in the future) */
  month: Scalars['YearMonth']['input'];
  /** 产品 id (product) */
  productId: Scalars['ID']['input'];
  /** 数量 (quantity, > 0) */
  quantity: Scalars['Int']['input'];
  /** 销售日期 (sale date, for one dated sale: inside the month and not in the future; then the certificate in force on that day decides whether it is assisted) */
  saleDate?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 排序字段 Fields ProductSale lists can be sorted by (each backed by an index). */
export type ProductSaleSortField =
  /** Sort by channel. */
  | 'channel'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by month. */
  | 'month'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 认定状态 Certification status of an assistance product. */
export type ProductStatus =
  /** 已认定 (certified) */
  | 'CERTIFIED'
  /** 县级推荐 (recommended by the county) */
  | 'COUNTY_RECOMMENDED'
  /** 草稿 (draft) */
  | 'DRAFT'
  /** 已过期 (certificate expired) */
  | 'EXPIRED'
  /** 公示中 (under public notice) */
  | 'PUBLICIZING'
  /** 未通过 (rejected) */
  | 'REJECTED'
  /** 已撤销 (revoked) */
  | 'REVOKED'
  /** 已申报 (submitted) */
  | 'SUBMITTED';

/** Conditions on ProductStatus. */
export type ProductStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<ProductStatus>;
  /** One of. */
  in?: InputMaybe<Array<ProductStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<ProductStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<ProductStatus>>;
};

/** 认定流转附加信息 What a certification step may record. */
export type ProductTransitionInput = {
  /** 撤销生效日期 (REVOKE with retroactive: the first day the certificate is void, before today and not before its validFrom; default its validFrom) */
  effectiveDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the origin county) */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
  /** 追溯撤销 (REVOKE: the certificate is void from effectiveDate, and sales of months after it stop counting as assisted; default false: it stops today) */
  retroactive?: InputMaybe<Scalars['Boolean']['input']>;
  /** 有效期止 (certificate valid to, for CERTIFY; default two years from today, minus one day) */
  validTo?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 按状态计数 Number of projects in one status. */
export type ProjectStatusCount = {
  __typename?: 'ProjectStatusCount';
  /** 项目数 (projects) */
  count: Scalars['Int']['output'];
  /** 状态 (status) */
  status: CooperationProjectStatus;
};

/** 公示 One publicity period of one record: start, minimum days, end and the publishing organization. */
export type Publicity = {
  __typename?: 'Publicity';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 结束时间 (when the record left publicity: next step, return, rejection or withdrawal) */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 期满登记时间 (when the scheduled job recorded the end in the history) */
  endRecordedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 期满 (true once the period has ended, whatever happened to the record since) */
  ended: Scalars['Boolean']['output'];
  /** 公示期满 (when the period ends; the next step is possible from then on) */
  endsAt: Scalars['DateTimeISO']['output'];
  /** 公示对象 id (the record in publicity) */
  entityId: Scalars['ID']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 公示天数 (minimum days configured when publicity started, PUBLICITY_MIN_DAYS) */
  minDays: Scalars['Int']['output'];
  /** 结束方式 (the action that ended publicity, e.g. TOWNSHIP_APPROVE or OBJECTION_UPHELD) */
  outcome: Maybe<Scalars['String']['output']>;
  /** 公示单位 id (publishing organization) */
  publisherId: Scalars['ID']['output'];
  /** 公示单位 (name of the publishing organization when publicity started) */
  publisherName: Scalars['String']['output'];
  /** 区划代码 (region code of the record, for jurisdiction) */
  regionCode: Scalars['String']['output'];
  /** 公示中 (true while the period runs: started, not ended, record still in publicity) */
  running: Scalars['Boolean']['output'];
  /** 公示开始 (when publicity started) */
  startedAt: Scalars['DateTimeISO']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 流程 (workflow: the entity type in publicity, e.g. JobPlacement) */
  workflow: Scalars['String']['output'];
};

/** 公示名单条目 One line of a printed publicity list: only name, gender, village, post or product and supplier, and reason; never an ID number, phone, bank account or health detail. */
export type PublicityListEntry = {
  __typename?: 'PublicityListEntry';
  /** 公示期满 (publicity ends) */
  endsAt: Scalars['DateTimeISO']['output'];
  /** 性别 (gender, for persons) */
  gender: Maybe<Scalars['String']['output']>;
  /** 姓名或产品名称 (person’s name, or product name) */
  name: Scalars['String']['output'];
  /** 岗位 (post, for placements) */
  post: Maybe<Scalars['String']['output']>;
  /** 公示 id (publicity) */
  publicityId: Scalars['ID']['output'];
  /** 公示单位 (publishing organization) */
  publisherName: Scalars['String']['output'];
  /** 公示事由 (reason: e.g. priority category of the applicant, households linked by the product) */
  reason: Scalars['String']['output'];
  /** 对象 id (the record in publicity) */
  recordId: Scalars['ID']['output'];
  /** 公示开始 (publicity started) */
  startedAt: Scalars['DateTimeISO']['output'];
  /** 供应商 (supplier, for products) */
  supplier: Maybe<Scalars['String']['output']>;
  /** 村或产地 (village, or origin county for products) */
  village: Maybe<Scalars['String']['output']>;
};

/** 公示名单 A printable publicity notice: the records whose publicity is running, and the notice text with the configured period and the publishing body. */
export type PublicityNotice = {
  __typename?: 'PublicityNotice';
  /** 公示截止日期 (latest end, YYYY-MM-DD China time; null when the list is empty) */
  endsOn: Maybe<Scalars['String']['output']>;
  /** 名单 (the records in publicity, in order of start) */
  entries: Array<PublicityListEntry>;
  /** 公示天数 (the days configured for these publicities) */
  minDays: Scalars['Int']['output'];
  /** 公示单位 (publishing organizations of the listed records) */
  publishers: Array<Scalars['String']['output']>;
  /** 公示开始日期 (earliest start, YYYY-MM-DD China time; null when the list is empty) */
  startsOn: Maybe<Scalars['String']['output']>;
  /** 公示说明 (notice text in Chinese: period and publishing body) */
  text: Scalars['String']['output'];
  /** Notice text in English. */
  textEn: Scalars['String']['output'];
  /** 标题 (title, e.g. 公益性岗位拟聘人员公示) */
  title: Scalars['String']['output'];
  /** 流程 (workflow) */
  workflow: Scalars['String']['output'];
};

/** 季度走访 Visits of one quarter (003: key groups in quarters 1 and 3, every household in 2 and 4). */
export type QuarterVisits = {
  __typename?: 'QuarterVisits';
  /** 走访覆盖率 (households visited ÷ households, %, one decimal; null without households) */
  coverage: Maybe<Scalars['Float']['output']>;
  /** 走访户数 (households visited at least once) */
  householdsVisited: Scalars['Int']['output'];
  /** 季度 (quarter, 1–4) */
  quarter: Scalars['Int']['output'];
  /** 走访次数 (visits) */
  visits: Scalars['Int']['output'];
};

/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type Query = {
  __typename?: 'Query';
  /** One API key (接口密钥) by id; null when it does not exist or is outside your jurisdiction. */
  apiKey: Maybe<ApiKey>;
  /** 可授权范围 The scopes a key may be given (business domains; administration domains are never granted). */
  apiKeyScopes: Array<Scalars['String']['output']>;
  /** A page of API key (接口密钥) records you may see, filtered and sorted. */
  apiKeys: ApiKeyConnection;
  /** One assistance measure (帮扶措施) by id; null when it does not exist or is outside your jurisdiction. */
  assistanceMeasure: Maybe<AssistanceMeasure>;
  /** A page of assistance measure (帮扶措施) records you may see, filtered and sorted. */
  assistanceMeasures: AssistanceMeasureConnection;
  /** One assistance product (帮扶产品) by id; null when it does not exist or is outside your jurisdiction. */
  assistanceProduct: Maybe<AssistanceProduct>;
  /** A page of assistance product (帮扶产品) records you may see, filtered and sorted. */
  assistanceProducts: AssistanceProductConnection;
  /** 导出审计日志 The matching audit log entries as CSV (UTF-8, newest first, at most 10000 rows). The export itself is recorded in the audit log. */
  auditLogCsv: Scalars['String']['output'];
  /** 审计日志 Audit log entries, newest first by default; filter by actor, entity, record, action and time range. Page through with `after` to export. */
  auditLogs: AuditLogConnection;
  /** 消费帮扶汇总 Sales of a region’s assisted products in a year or month, grouped by channel, category, county or month, within your jurisdiction. */
  consumptionRollup: ConsumptionRollup;
  /** One cooperation project (协作项目) by id; null when it does not exist or is outside your jurisdiction. */
  cooperationProject: Maybe<CooperationProject>;
  /** A page of cooperation project (协作项目) records you may see, filtered and sorted. */
  cooperationProjects: CooperationProjectConnection;
  /** 协作年度汇总 One year of cooperation for a pairing (with the pairings under it) or between a helper and/or helped province, within your jurisdiction. */
  cooperationSummary: CooperationSummary;
  /** One county evaluation (监测评估) by id; null when it does not exist or is outside your jurisdiction. */
  countyEvaluation: Maybe<CountyEvaluation>;
  /** A page of county evaluation (监测评估) records you may see, filtered and sorted. */
  countyEvaluations: CountyEvaluationConnection;
  /** One fund allocation (衔接资金) by id; null when it does not exist or is outside your jurisdiction. */
  fundAllocation: Maybe<FundAllocation>;
  /** A page of fund allocation (衔接资金) records you may see, filtered and sorted. */
  fundAllocations: FundAllocationConnection;
  /** 服务状态 Liveness check; needs no sign-in. */
  health: Health;
  /** One household (农户) by id; null when it does not exist or is outside your jurisdiction. */
  household: Maybe<Household>;
  /** One household income (农户收入) by id; null when it does not exist or is outside your jurisdiction. */
  householdIncome: Maybe<HouseholdIncome>;
  /** A page of household income (农户收入) records you may see, filtered and sorted. */
  householdIncomes: HouseholdIncomeConnection;
  /** One household member (家庭成员) by id; null when it does not exist or is outside your jurisdiction. */
  householdMember: Maybe<HouseholdMember>;
  /** A page of household member (家庭成员) records you may see, filtered and sorted. */
  householdMembers: HouseholdMemberConnection;
  /** One household visit (走访记录) by id; null when it does not exist or is outside your jurisdiction. */
  householdVisit: Maybe<HouseholdVisit>;
  /** A page of household visit (走访记录) records you may see, filtered and sorted. */
  householdVisits: HouseholdVisitConnection;
  /** A page of household (农户) records you may see, filtered and sorted. */
  households: HouseholdConnection;
  /** One job placement (公益性岗位聘任) by id; null when it does not exist or is outside your jurisdiction. */
  jobPlacement: Maybe<JobPlacement>;
  /** A page of job placement (公益性岗位聘任) records you may see, filtered and sorted. */
  jobPlacements: JobPlacementConnection;
  /** A page of key assistance county (重点帮扶县) records you may see, filtered and sorted. */
  keyCounties: KeyCountyConnection;
  /** One key assistance county (重点帮扶县) by id; null when it does not exist or is outside your jurisdiction. */
  keyCounty: Maybe<KeyCounty>;
  /** 重点帮扶县汇总 Key counties by level and the year’s linkage funds by source with 支出进度 and 开工率, within a region (GROUP BY in the database, limited to your jurisdiction). */
  keyCountyRollup: KeyCountyRollup;
  /** 当前用户 The signed-in user, or null. */
  me: Maybe<User>;
  /** One annual assessment (年度考核) by id; null when it does not exist or is outside your jurisdiction. */
  memberAssessment: Maybe<MemberAssessment>;
  /** A page of annual assessment (年度考核) records you may see, filtered and sorted. */
  memberAssessments: MemberAssessmentConnection;
  /** One monitoring case (监测对象) by id; null when it does not exist or is outside your jurisdiction. */
  monitoringCase: Maybe<MonitoringCase>;
  /** A page of monitoring case (监测对象) records you may see, filtered and sorted. */
  monitoringCases: MonitoringCaseConnection;
  /** One monitoring line (监测标准) by id; null when it does not exist or is outside your jurisdiction. */
  monitoringLine: Maybe<MonitoringLine>;
  /** A page of monitoring line (监测标准) records you may see, filtered and sorted. */
  monitoringLines: MonitoringLineConnection;
  /** 防止返贫监测汇总 Monitoring figures of a region (any level inside your jurisdiction) and year: households and those below the line, cases by status and type, decided within 15 days, overdue, eliminated, measures by kind, visits by quarter; computed in the database. */
  monitoringRollup: MonitoringRollup;
  /** 待办数 How many records across all workflows wait for an action you can take (the menu badge). */
  myPendingApprovalCount: Scalars['Int']['output'];
  /** 我的待办 Records across all workflows on which you can act now, oldest first. */
  myPendingApprovals: Array<PendingApproval>;
  /** One organization (单位) by id; null when it does not exist or is outside your jurisdiction. */
  organization: Maybe<Organization>;
  /** A page of organization (单位) records you may see, filtered and sorted. */
  organizations: OrganizationConnection;
  /** One pairing (结对关系) by id; null when it does not exist or is outside your jurisdiction. */
  pairing: Maybe<Pairing>;
  /** A page of pairing (结对关系) records you may see, filtered and sorted. */
  pairings: PairingConnection;
  /** 区划的结对关系 Pairings in which a region (or a region inside it) is the helper side, the helped side, or either. */
  pairingsOfRegion: PairingConnection;
  /** One person (人员) by id; null when it does not exist or is outside your jurisdiction. */
  person: Maybe<Person>;
  /** A page of person (人员) records you may see, filtered and sorted. */
  persons: PersonConnection;
  /** One product sale (销售记录) by id; null when it does not exist or is outside your jurisdiction. */
  productSale: Maybe<ProductSale>;
  /** A page of product sale (销售记录) records you may see, filtered and sorted. */
  productSales: ProductSaleConnection;
  /** 结对网络 The pairing network of a province in force today: pairings started and not yet at their end date, with the province on either side. */
  provincePairingNetwork: PairingConnection;
  /** 公示名单 The printable publicity notice of one workflow: exactly the records whose publicity is running in your jurisdiction (optionally one batch: a publishing organization and a start day), with name, gender, village, post or product and supplier, and reason only — never ID number, phone, bank account or health detail — and the notice text stating the configured period and the publishing body. */
  publicityList: PublicityNotice;
  /** One administrative region (行政区划) by id; null when it does not exist or is outside your jurisdiction. */
  region: Maybe<Region>;
  /** A page of administrative region (行政区划) records you may see, filtered and sorted. */
  regions: RegionConnection;
  /** One risk elimination (风险消除) by id; null when it does not exist or is outside your jurisdiction. */
  riskElimination: Maybe<RiskElimination>;
  /** A page of risk elimination (风险消除) records you may see, filtered and sorted. */
  riskEliminations: RiskEliminationConnection;
  /** One subsidy payment (在岗补贴) by id; null when it does not exist or is outside your jurisdiction. */
  subsidyPayment: Maybe<SubsidyPayment>;
  /** A page of subsidy payment (在岗补贴) records you may see, filtered and sorted. */
  subsidyPayments: SubsidyPaymentConnection;
  /** One work-team member (驻村干部) by id; null when it does not exist or is outside your jurisdiction. */
  teamMember: Maybe<TeamMember>;
  /** A page of work-team member (驻村干部) records you may see, filtered and sorted. */
  teamMembers: TeamMemberConnection;
  /** One training (培训) by id; null when it does not exist or is outside your jurisdiction. */
  training: Maybe<Training>;
  /** A page of training (培训) records you may see, filtered and sorted. */
  trainings: TrainingConnection;
  /** 登记的查询 The operations registered for an API key (its trusted documents). */
  trustedDocuments: Array<TrustedDocument>;
  /** One user account (用户) by id; null when it does not exist or is outside your jurisdiction. */
  user: Maybe<User>;
  /** A page of user account (用户) records you may see, filtered and sorted. */
  users: UserConnection;
  /** 推送记录 Delivery attempts of a subscription, newest first. */
  webhookDeliveries: Array<WebhookDelivery>;
  /** 可订阅的事件类型 Event types a webhook may name (`<Type>.created|updated|archived|restored|transitioned`; `<Type>.*` for all of one type). */
  webhookEventTypes: Array<Scalars['String']['output']>;
  /** 事件推送订阅 Webhook subscriptions: all (security administrators, optionally of one key) or the calling key’s own. */
  webhookSubscriptions: Array<WebhookSubscription>;
  /** One welfare post (公益性岗位) by id; null when it does not exist or is outside your jurisdiction. */
  welfarePost: Maybe<WelfarePost>;
  /** A page of welfare post (公益性岗位) records you may see, filtered and sorted. */
  welfarePosts: WelfarePostConnection;
  /**
   * 公示名单（旧名）Exactly what publicityList(workflow: "JobPlacement") returns for the village of the post, or the village: only records in running publicity, name, gender, village, post and reason — never ID number, phone, bank account or health information (a priority category such as disability is not shown).
   * @deprecated Use publicityList(workflow: "JobPlacement", regionCode: …), which this now answers.
   */
  welfarePublicityList: PublicityNotice;
  /** 公益性岗位汇总 Rollup of posts, places, placements and subsidies for a region (any level) and a year or month, computed in the database. */
  welfareRollup: WelfareRollup;
  /** One resident work team (驻村工作队) by id; null when it does not exist or is outside your jurisdiction. */
  workTeam: Maybe<WorkTeam>;
  /** 驻村工作汇总 Teams and cadres on duty by village type, cadres overdue for training and assessment ratings within a region for a year (GROUP BY in the database, limited to your jurisdiction). */
  workTeamRollup: WorkTeamRollup;
  /** A page of resident work team (驻村工作队) records you may see, filtered and sorted. */
  workTeams: WorkTeamConnection;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryApiKeyArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryApiKeysArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ApiKeyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ApiKeyOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryAssistanceMeasureArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryAssistanceMeasuresArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AssistanceMeasureFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AssistanceMeasureOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryAssistanceProductArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryAssistanceProductsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AssistanceProductFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AssistanceProductOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryAuditLogCsvArgs = {
  filter: InputMaybe<AuditLogFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryAuditLogsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditLogFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<AuditLogOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryConsumptionRollupArgs = {
  groupBy?: ConsumptionGroupBy;
  month: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryCooperationProjectArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryCooperationProjectsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CooperationProjectFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<CooperationProjectOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryCooperationSummaryArgs = {
  helpedProvince: InputMaybe<Scalars['String']['input']>;
  helperProvince: InputMaybe<Scalars['String']['input']>;
  pairingId: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryCountyEvaluationArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryCountyEvaluationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CountyEvaluationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<CountyEvaluationOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryFundAllocationArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryFundAllocationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FundAllocationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<FundAllocationOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdIncomeArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdIncomesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdIncomeFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdIncomeOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdMemberFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdMemberOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdVisitArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdVisitsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdVisitFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdVisitOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryHouseholdsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<HouseholdFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<HouseholdOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryJobPlacementArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryJobPlacementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<JobPlacementFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<JobPlacementOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryKeyCountiesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<KeyCountyFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<KeyCountyOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryKeyCountyArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryKeyCountyRollupArgs = {
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMemberAssessmentArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMemberAssessmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MemberAssessmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MemberAssessmentOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMonitoringCaseArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMonitoringCasesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MonitoringCaseFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MonitoringCaseOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMonitoringLineArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMonitoringLinesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MonitoringLineFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MonitoringLineOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMonitoringRollupArgs = {
  regionCode: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryMyPendingApprovalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryOrganizationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OrganizationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<OrganizationOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryPairingArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryPairingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PairingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PairingOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryPairingsOfRegionArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PairingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PairingOrder>>;
  regionCode: Scalars['String']['input'];
  role?: PairingRole;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryPersonsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PersonFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PersonOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryProductSaleArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryProductSalesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProductSaleFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<ProductSaleOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryProvincePairingNetworkArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PairingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<PairingOrder>>;
  provinceCode: Scalars['String']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryPublicityListArgs = {
  publisherId: InputMaybe<Scalars['ID']['input']>;
  regionCode: InputMaybe<Scalars['String']['input']>;
  startedOn: InputMaybe<Scalars['String']['input']>;
  workflow: Scalars['String']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryRegionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RegionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<RegionOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryRiskEliminationArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryRiskEliminationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RiskEliminationFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<RiskEliminationOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QuerySubsidyPaymentArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QuerySubsidyPaymentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<SubsidyPaymentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<SubsidyPaymentOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryTeamMemberArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryTeamMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TeamMemberFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<TeamMemberOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryTrainingArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryTrainingsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TrainingFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<TrainingOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryTrustedDocumentsArgs = {
  apiKeyId: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryUsersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<UserFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<UserOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWebhookDeliveriesArgs = {
  failedOnly?: Scalars['Boolean']['input'];
  first?: Scalars['Int']['input'];
  subscriptionId: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWebhookSubscriptionsArgs = {
  apiKeyId: InputMaybe<Scalars['ID']['input']>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWelfarePostArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWelfarePostsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<WelfarePostFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<WelfarePostOrder>>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWelfarePublicityListArgs = {
  postId: InputMaybe<Scalars['ID']['input']>;
  villageCode: InputMaybe<Scalars['String']['input']>;
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWelfareRollupArgs = {
  month: InputMaybe<Scalars['Int']['input']>;
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWorkTeamArgs = {
  id: Scalars['ID']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWorkTeamRollupArgs = {
  regionCode: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


/** 查询 Reads. Every field needs a signed-in user or API key unless marked public; rows outside your jurisdiction never appear. */
export type QueryWorkTeamsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<WorkTeamFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<WorkTeamOrder>>;
};

/** 登记异议 An objection raised during publicity. */
export type RecordObjectionInput = {
  /** 异议内容 (what is objected to, at most 2000 characters) */
  content: Scalars['String']['input'];
  /** 反映人联系方式 (objector’s phone or address; kept confidential, shown in full only to those who decide objections, never on a printed list) */
  objectorContact?: InputMaybe<Scalars['String']['input']>;
  /** 反映人姓名 (objector’s name; kept confidential, shown in full only to those who decide objections) */
  objectorName?: InputMaybe<Scalars['String']['input']>;
  /** 对象 id (the record in publicity) */
  recordId: Scalars['ID']['input'];
  /** 流程 (workflow of the record: JobPlacement or AssistanceProduct) */
  workflow: Scalars['String']['input'];
};

/** 批量录入结果 RecordProductSalesResult: what a bulk sales entry stored. */
export type RecordProductSalesResult = {
  __typename?: 'RecordProductSalesResult';
  /** 录入金额 (amount recorded) */
  amount: Scalars['Money']['output'];
  /** 其中帮扶销售金额 (of which assisted sales) */
  assistedAmount: Scalars['Money']['output'];
  /** 计入帮扶销售的条数 (rows counted as assisted sales) */
  assistedRows: Scalars['Int']['output'];
  /** 销售记录 id (ids of the stored rows, in input order) */
  ids: Array<Scalars['String']['output']>;
  /** 录入条数 (rows recorded) */
  recorded: Scalars['Int']['output'];
};

/** 行政区划 Administrative region with the statistics bureau code (统计用区划代码); a region lies inside another exactly when its code starts with the other’s. */
export type Region = {
  __typename?: 'Region';
  /** 各级上级 (all regions above, from the province down) */
  ancestors: Array<Region>;
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 下级区划 (regions directly below, as a connection) */
  children: RegionConnection;
  /** 区划代码 (the region code, e.g. 620422 for 会宁县; also the id) */
  code: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 全称 (full name from the province down, e.g. 甘肃省白银市会宁县) */
  fullName: Scalars['String']['output'];
  /** Id: the region code. */
  id: Scalars['ID']['output'];
  /** 级别 (level) */
  level: RegionLevel;
  /** 名称 (name) */
  name: Scalars['String']['output'];
  /** 上级区划 (parent region; null for provinces) */
  parent: Maybe<Region>;
  /** 脱贫县 (county flagged poverty-exited; consumption-assistance rules depend on it) */
  povertyExitedCounty: Scalars['Boolean']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** 行政区划 Administrative region with the statistics bureau code (统计用区划代码); a region lies inside another exactly when its code starts with the other’s. */
export type RegionChildrenArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RegionFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<RegionOrder>>;
};

/** 区划条件 Conditions on an administrative region code (统计用区划代码). */
export type RegionCodeFilter = {
  /** Exactly this region. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** One of these regions. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: has no region; false: has one. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Code starts with the text (same as within). */
  startsWith?: InputMaybe<Scalars['String']['input']>;
  /** Inside this region (the code starts with it), e.g. "6204" for 白银市. */
  within?: InputMaybe<Scalars['String']['input']>;
};

/** A page of Region rows with the total count. */
export type RegionConnection = {
  __typename?: 'RegionConnection';
  /** The rows of this page with their cursors. */
  edges: Array<RegionEdge>;
  /** The rows of this page. */
  nodes: Array<Region>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Region with its cursor. */
export type RegionEdge = {
  __typename?: 'RegionEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Region;
};

/** 区划筛选 Conditions on regions; all given conditions must hold. */
export type RegionFilter = {
  /** All of these. */
  and?: InputMaybe<Array<RegionFilter>>;
  /** 区划代码 (code) */
  code?: InputMaybe<RegionCodeFilter>;
  /** 级别 (level) */
  level?: InputMaybe<RegionLevelFilter>;
  /** 名称 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<RegionFilter>>;
  /** 上级区划 (parent region code) */
  parent?: InputMaybe<IdFilter>;
  /** 脱贫县 (poverty-exited county flag) */
  povertyExitedCounty?: InputMaybe<BooleanFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 所属区划 (inside this region: the code starts with it, e.g. "6204") */
  within?: InputMaybe<Scalars['String']['input']>;
};

/** 区划级别 Level of an administrative region. */
export type RegionLevel =
  /** 地级 (city/prefecture, 4-digit code) */
  | 'CITY'
  /** 县级 (county/district, 6-digit code) */
  | 'COUNTY'
  /** 省级 (province, 2-digit code) */
  | 'PROVINCE'
  /** 乡级 (township/town/street, 9-digit code) */
  | 'TOWNSHIP'
  /** 村级 (village/community, 12-digit code) */
  | 'VILLAGE';

/** Conditions on RegionLevel. */
export type RegionLevelFilter = {
  /** Equal to. */
  eq?: InputMaybe<RegionLevel>;
  /** One of. */
  in?: InputMaybe<Array<RegionLevel>>;
  /** Not equal to. */
  ne?: InputMaybe<RegionLevel>;
  /** None of. */
  notIn?: InputMaybe<Array<RegionLevel>>;
};

/** One sort key for Region lists; give several for a multi-key sort. */
export type RegionOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: RegionSortField;
};

/** 排序字段 Fields Region lists can be sorted by (each backed by an index). */
export type RegionSortField =
  /** Sort by code. */
  | 'code'
  /** Sort by name. */
  | 'name'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 人员敏感信息 A person’s ID number and phone in clear, returned by an audited reveal. */
export type RevealedPerson = {
  __typename?: 'RevealedPerson';
  /** Person id. */
  id: Scalars['String']['output'];
  /** 公民身份号码 (citizen ID number in clear) */
  idNumber: Scalars['String']['output'];
  /** 联系电话 (phone in clear) */
  phone: Maybe<Scalars['String']['output']>;
};

/** 风险类型 Cause of the risk of relapse into poverty (a case may have several). */
export type RiskCause =
  /** 因意外事故 (accident) */
  | 'ACCIDENT'
  /** 因残 (disability) */
  | 'DISABILITY'
  /** 因灾 (natural disaster) */
  | 'DISASTER'
  /** 因学 (education costs) */
  | 'EDUCATION_COSTS'
  /** 因病 (illness; health detail is personal data) */
  | 'ILLNESS'
  /** 因务工就业不稳 (loss of work) */
  | 'LOSS_OF_WORK'
  /** 其他 (other) */
  | 'OTHER';

/** 风险消除 RiskElimination: the procedure that ends a monitored household’s case. */
export type RiskElimination = {
  __typename?: 'RiskElimination';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<RiskEliminationAvailableAction>;
  /** 监测对象 (case) */
  case: Maybe<MonitoringCase>;
  /** 监测对象 id (case id) */
  caseId: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 消除日期 (date of the county’s decision) */
  decidedOn: Maybe<Scalars['LocalDate']['output']>;
  /** 核查情况 (findings of the check: income, 三保障, risks) */
  findings: Scalars['String']['output'];
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 异议 (objections raised against this record in any of its publicities, oldest first) */
  objections: Array<Objection>;
  /** 公示 (the current or latest publicity of this record; null when never publicized) */
  publicity: Maybe<Publicity>;
  /** 公示开始时间 (when the village publicity started) */
  publicizedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 区划代码 (region code for jurisdiction: the household’s village code) */
  regionCode: Scalars['String']['output'];
  /** 状态 (status; changes only through transitionRiskElimination) */
  status: RiskEliminationStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** 风险消除操作 Actions of the risk-elimination workflow. */
export type RiskEliminationAction =
  /** 县级审定消除 (county decision: TOWNSHIP_REVIEWED → ELIMINATED; the rules are checked again; the case becomes ELIMINATED) */
  | 'COUNTY_ELIMINATE'
  /** 村级公示 (village publicity: VILLAGE_REVIEWED → PUBLICIZING) */
  | 'PUBLICIZE'
  /** 不予消除 (refuse from any step before the decision; comment required) */
  | 'REFUSE'
  /** 乡镇审核通过 (township review after the publicity: PUBLICIZING → TOWNSHIP_REVIEWED) */
  | 'TOWNSHIP_APPROVE'
  /** 民主评议通过 (village review: PROPOSED → VILLAGE_REVIEWED) */
  | 'VILLAGE_REVIEW';

/** 一项可执行的操作 An action the caller may take on this RiskElimination now. */
export type RiskEliminationAvailableAction = {
  __typename?: 'RiskEliminationAvailableAction';
  /** The action to pass to the transition mutation. */
  action: RiskEliminationAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of RiskElimination rows with the total count. */
export type RiskEliminationConnection = {
  __typename?: 'RiskEliminationConnection';
  /** The rows of this page with their cursors. */
  edges: Array<RiskEliminationEdge>;
  /** The rows of this page. */
  nodes: Array<RiskElimination>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A RiskElimination with its cursor. */
export type RiskEliminationEdge = {
  __typename?: 'RiskEliminationEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: RiskElimination;
};

/** 风险消除筛选 Conditions on risk eliminations. */
export type RiskEliminationFilter = {
  /** All of these. */
  and?: InputMaybe<Array<RiskEliminationFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 监测对象 (case) */
  case?: InputMaybe<IdFilter>;
  /** 消除日期 (decided on) */
  decidedOn?: InputMaybe<LocalDateFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<RiskEliminationFilter>>;
  /** 区划 (region of the household) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 状态 (status) */
  status?: InputMaybe<RiskEliminationStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for RiskElimination lists; give several for a multi-key sort. */
export type RiskEliminationOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: RiskEliminationSortField;
};

/** 排序字段 Fields RiskElimination lists can be sorted by (each backed by an index). */
export type RiskEliminationSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by decidedOn. */
  | 'decidedOn'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 风险消除状态 Status of a risk elimination (核查 → 民主评议 → 公示 → 乡镇审核 → 县级审定). */
export type RiskEliminationStatus =
  /** 已消除 (the county decided the risk is eliminated) */
  | 'ELIMINATED'
  /** 已核查提出 (checked and proposed by the village) */
  | 'PROPOSED'
  /** 公示中 (village publicity) */
  | 'PUBLICIZING'
  /** 不予消除 (refused; the reason is in the history) */
  | 'REFUSED'
  /** 乡镇已审核 (township review passed) */
  | 'TOWNSHIP_REVIEWED'
  /** 已民主评议 (village review passed) */
  | 'VILLAGE_REVIEWED';

/** Conditions on RiskEliminationStatus. */
export type RiskEliminationStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<RiskEliminationStatus>;
  /** One of. */
  in?: InputMaybe<Array<RiskEliminationStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<RiskEliminationStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<RiskEliminationStatus>>;
};

/** 风险消除操作参数 Payload of a risk-elimination step. */
export type RiskEliminationTransitionInput = {
  /** 公示单位 id (publishing organization; PUBLICIZE, default your own organization; it must cover the household’s village) */
  publisherId?: InputMaybe<Scalars['ID']['input']>;
};

/** 角色 Role of a user; roles are sets of `domain.verb` permissions. */
export type Role =
  /** 审计管理员 (audit administrator: reads the audit log) */
  | 'AUDIT_ADMIN'
  /** 市级经办人 (city officer) */
  | 'CITY_OFFICER'
  /** 县级审批人 (county bureau officer: final approvals) */
  | 'COUNTY_OFFICER'
  /** 省级管理员 (provincial administrator) */
  | 'PROVINCIAL_ADMIN'
  /** 安全管理员 (security administrator: users, roles, API keys) */
  | 'SECURITY_ADMIN'
  /** 系统管理员 (system administrator: accounts’ technical settings, reference data) */
  | 'SYSTEM_ADMIN'
  /** 乡镇经办人 (township officer) */
  | 'TOWNSHIP_OFFICER'
  /** 只读用户 (read-only viewer) */
  | 'VIEWER'
  /** 村级经办人 (village operator) */
  | 'VILLAGE_OPERATOR';

/** 销售渠道 Sales channel of assisted products. */
export type SaleChannel =
  /** 专柜 (counter) */
  | 'COUNTER'
  /** 东部协作地区 (eastern partner region) */
  | 'EAST_PARTNER'
  /** 电商 (e-commerce) */
  | 'ECOMMERCE'
  /** 企业采购 (enterprise purchase) */
  | 'ENTERPRISE'
  /** 预算单位采购 (procurement by budget units) */
  | 'GOVERNMENT_PROCUREMENT'
  /** 专馆 (hall) */
  | 'HALL'
  /** 直播 (livestream) */
  | 'LIVESTREAM'
  /** 其他 (other) */
  | 'OTHER'
  /** 八三二平台 (832平台, the national 832 platform for products of poverty-exited areas) */
  | 'PLATFORM_832'
  /** 工会 (trade union) */
  | 'TRADE_UNION'
  /** 专区 (zone) */
  | 'ZONE';

/** Conditions on SaleChannel. */
export type SaleChannelFilter = {
  /** Equal to. */
  eq?: InputMaybe<SaleChannel>;
  /** One of. */
  in?: InputMaybe<Array<SaleChannel>>;
  /** Not equal to. */
  ne?: InputMaybe<SaleChannel>;
  /** None of. */
  notIn?: InputMaybe<Array<SaleChannel>>;
};

/** 文本条件 Conditions on a text field; all given conditions must hold. */
export type StringFilter = {
  /** Contains the text (case-sensitive). */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** One of. */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: has no value; false: has a value. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to. */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** None of. */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts with the text. */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** 考核录入 Attendance and assessment of one placement for the payroll month. */
export type SubsidyAssessmentInput = {
  /** 考核结果 (assessment; FAIL withholds the month’s subsidy) */
  assessment: Assessment;
  /** 出勤天数 (attendance days; at most the days on post and the working days) */
  attendanceDays?: InputMaybe<Scalars['Int']['input']>;
  /** 聘任 id (placement) */
  placementId: Scalars['ID']['input'];
  /** 应出勤天数 (working days the post required this month, 1 to the days in the month; default the calendar days of the month) */
  workingDays?: InputMaybe<Scalars['Int']['input']>;
};

/** 在岗补贴 SubsidyPayment: one month’s subsidy for one placement (在岗领补). */
export type SubsidyPayment = {
  __typename?: 'SubsidyPayment';
  /** 补贴金额 (amount: 0 when the assessment is FAIL; monthly subsidy × attendance days ÷ working days once attendance is recorded; before that monthly subsidy × days on post ÷ days in month; rounded half up to the fen) */
  amount: Scalars['Money']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 考核结果 (monthly assessment, PASS/FAIL; empty until recorded) */
  assessment: Maybe<Assessment>;
  /** 出勤天数 (attendance days recorded) */
  attendanceDays: Maybe<Scalars['Int']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<SubsidyPaymentAvailableAction>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 当月天数 (days in the month) */
  daysInMonth: Scalars['Int']['output'];
  /** 在岗天数 (days on post in the month) */
  daysOnPost: Scalars['Int']['output'];
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 月份 (month, YYYY-MM) */
  month: Scalars['YearMonth']['output'];
  /** 月补贴标准 (the post’s monthly subsidy used for this calculation) */
  monthlySubsidy: Scalars['Money']['output'];
  /** 发放日期 (paid date) */
  paidDate: Maybe<Scalars['LocalDate']['output']>;
  /** 发放凭证号 (payment reference) */
  paymentReference: Maybe<Scalars['String']['output']>;
  /** 聘任 (the placement paid) */
  placement: Maybe<JobPlacement>;
  /** 聘任 id (placement id) */
  placementId: Scalars['String']['output'];
  /** 区划代码 (region code for jurisdiction: the post’s village code) */
  regionCode: Scalars['String']['output'];
  /** 状态 (status; changes only through transitionSubsidyPayment) */
  status: SubsidyPaymentStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 应出勤天数 (working days the post required this month; empty means the calendar days of the month) */
  workingDays: Maybe<Scalars['Int']['output']>;
};

/** 补贴发放操作 Actions on a subsidy payment. */
export type SubsidyPaymentAction =
  /** 审核 (approve: CALCULATED → APPROVED) */
  | 'APPROVE'
  /** 发放 (pay: APPROVED → PAID; payload paidDate and paymentReference) */
  | 'PAY';

/** 一项可执行的操作 An action the caller may take on this SubsidyPayment now. */
export type SubsidyPaymentAvailableAction = {
  __typename?: 'SubsidyPaymentAvailableAction';
  /** The action to pass to the transition mutation. */
  action: SubsidyPaymentAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of SubsidyPayment rows with the total count. */
export type SubsidyPaymentConnection = {
  __typename?: 'SubsidyPaymentConnection';
  /** The rows of this page with their cursors. */
  edges: Array<SubsidyPaymentEdge>;
  /** The rows of this page. */
  nodes: Array<SubsidyPayment>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A SubsidyPayment with its cursor. */
export type SubsidyPaymentEdge = {
  __typename?: 'SubsidyPaymentEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: SubsidyPayment;
};

/** 补贴筛选 Conditions on subsidy payments. */
export type SubsidyPaymentFilter = {
  /** 补贴金额 (amount) */
  amount?: InputMaybe<MoneyFilter>;
  /** All of these. */
  and?: InputMaybe<Array<SubsidyPaymentFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 考核结果 (assessment) */
  assessment?: InputMaybe<AssessmentFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 月份 (month) */
  month?: InputMaybe<YearMonthFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<SubsidyPaymentFilter>>;
  /** 聘任 (placement) */
  placement?: InputMaybe<IdFilter>;
  /** 区划 (region of the post) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 状态 (status) */
  status?: InputMaybe<SubsidyPaymentStatusFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for SubsidyPayment lists; give several for a multi-key sort. */
export type SubsidyPaymentOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: SubsidyPaymentSortField;
};

/** 排序字段 Fields SubsidyPayment lists can be sorted by (each backed by an index). */
export type SubsidyPaymentSortField =
  /** Sort by amount. */
  | 'amount'
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by month. */
  | 'month'
  /** Sort by regionCode. */
  | 'regionCode'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 补贴发放状态 Status of a monthly subsidy payment. */
export type SubsidyPaymentStatus =
  /** 已审核 (approved for payment) */
  | 'APPROVED'
  /** 已核算 (calculated) */
  | 'CALCULATED'
  /** 已发放 (paid) */
  | 'PAID';

/** Conditions on SubsidyPaymentStatus. */
export type SubsidyPaymentStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<SubsidyPaymentStatus>;
  /** One of. */
  in?: InputMaybe<Array<SubsidyPaymentStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<SubsidyPaymentStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<SubsidyPaymentStatus>>;
};

/** 补贴发放操作参数 Payload of a subsidy-payment action. */
export type SubsidyPaymentTransitionInput = {
  /** 发放日期 (paid date; PAY) */
  paidDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 发放凭证号 (payment reference; PAY) */
  paymentReference?: InputMaybe<Scalars['String']['input']>;
};

/** 补贴核算结果 Result of generating a monthly payroll. */
export type SubsidyPayrollResult = {
  __typename?: 'SubsidyPayrollResult';
  /** 县代码 (county code) */
  countyCode: Scalars['String']['output'];
  /** 新建 (payments created by this run) */
  created: Scalars['Int']['output'];
  /** 已存在 (payments that already existed and were left unchanged) */
  existing: Scalars['Int']['output'];
  /** 月份 (month) */
  month: Scalars['YearMonth']['output'];
  /** 本月补贴 id (ids of every payment of the month in the county, created or existing) */
  paymentIds: Array<Scalars['ID']['output']>;
  /** 本月合计 (total of all payments of the month in the county) */
  total: Scalars['Money']['output'];
};

/** 驻村干部 TeamMember: one cadre’s membership of a work team (first secretary or member). */
export type TeamMember = {
  __typename?: 'TeamMember';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 年度考核 (annual assessments) */
  assessments: MemberAssessmentConnection;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 离岗日期 (end of duty) */
  endDate: Maybe<Scalars['LocalDate']['output']>;
  /** 性别 (gender) */
  gender: Gender;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 离岗原因 (reason for leaving) */
  leaveReason: Maybe<Scalars['String']['output']>;
  /** 姓名 (name) */
  name: Scalars['String']['output'];
  /** 原单位 (home organization) */
  organization: Maybe<Organization>;
  /** 中共党员 (Party member) */
  partyMember: Scalars['Boolean']['output'];
  /** 联系电话 (phone, always masked) */
  phone: Scalars['String']['output'];
  /** 联系电话 (phone, masked such as 138****5678) */
  phoneMasked: Scalars['String']['output'];
  /** 原单位职务 (post in the home organization) */
  post: Maybe<Scalars['String']['output']>;
  /** 接替的干部 (the membership this one replaced) */
  replacesMember: Maybe<TeamMember>;
  /** 队内职务 (role: first secretary or member) */
  role: MemberRole;
  /** 驻村开始日期 (start of duty) */
  startDate: Scalars['LocalDate']['output'];
  /** 驻村状态 (status; changes through replaceTeamMember, endTeamMembership or the team workflow) */
  status: MemberStatus;
  /** 工作队 (the team) */
  team: Maybe<WorkTeam>;
  /** 参加的培训 (trainings attended, newest first) */
  trainings: Array<Training>;
  /** 本任期参训次数 (trainings attended between the start of duty and the team’s term end) */
  trainingsInTerm: Scalars['Int']['output'];
  /** 本任期未参加培训 (on duty and no training yet in the current term: every cadre is trained at least once per term) */
  untrainedInTerm: Scalars['Boolean']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 驻村代码 (village code, copied from the team) */
  villageCode: Scalars['String']['output'];
};


/** 驻村干部 TeamMember: one cadre’s membership of a work team (first secretary or member). */
export type TeamMemberAssessmentsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<MemberAssessmentFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<MemberAssessmentOrder>>;
};

/** A page of TeamMember rows with the total count. */
export type TeamMemberConnection = {
  __typename?: 'TeamMemberConnection';
  /** The rows of this page with their cursors. */
  edges: Array<TeamMemberEdge>;
  /** The rows of this page. */
  nodes: Array<TeamMember>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A TeamMember with its cursor. */
export type TeamMemberEdge = {
  __typename?: 'TeamMemberEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: TeamMember;
};

/** 驻村干部筛选 Conditions on team members. */
export type TeamMemberFilter = {
  /** All of these. */
  and?: InputMaybe<Array<TeamMemberFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 姓名 (name) */
  name?: InputMaybe<StringFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<TeamMemberFilter>>;
  /** 原单位 (organization id) */
  organization?: InputMaybe<IdFilter>;
  /** 中共党员 (Party member) */
  partyMember?: InputMaybe<BooleanFilter>;
  /** 队内职务 (role) */
  role?: InputMaybe<MemberRoleFilter>;
  /** 驻村状态 (status) */
  status?: InputMaybe<MemberStatusFilter>;
  /** 工作队 (team id) */
  team?: InputMaybe<IdFilter>;
  /** 本任期未参加培训 (true: no training attended between the member’s start and the team’s term end; false: at least one) */
  untrainedInTerm?: InputMaybe<Scalars['Boolean']['input']>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 驻村 (village code) */
  village?: InputMaybe<RegionCodeFilter>;
};

/** One sort key for TeamMember lists; give several for a multi-key sort. */
export type TeamMemberOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: TeamMemberSortField;
};

/** 排序字段 Fields TeamMember lists can be sorted by (each backed by an index). */
export type TeamMemberSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by name. */
  | 'name'
  /** Sort by role. */
  | 'role'
  /** Sort by startDate. */
  | 'startDate'
  /** Sort by status. */
  | 'status'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 动态口令绑定 A new TOTP secret to add to an authenticator app; confirm it with confirmTotp. */
export type TotpEnrolmentResult = {
  __typename?: 'TotpEnrolmentResult';
  /** 密钥 (base32 secret, shown once) */
  secret: Scalars['String']['output'];
  /** 二维码内容 (otpauth:// URI for a QR code) */
  uri: Scalars['String']['output'];
};

/** 培训 Training: a training session for work-team cadres. */
export type Training = {
  __typename?: 'Training';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 参训人员 (members who attended) */
  attendees: Array<TeamMember>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 培训日期 (date) */
  date: Scalars['LocalDate']['output'];
  /** 学时 (hours) */
  hours: Scalars['Float']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 主办单位 (organizer) */
  organizer: Scalars['String']['output'];
  /** 举办地 (organizing region) */
  region: Maybe<Region>;
  /** 举办地区划代码 (region that organizes it; decides who may see it) */
  regionCode: Scalars['String']['output'];
  /** 培训主题 (topic) */
  topic: Scalars['String']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of Training rows with the total count. */
export type TrainingConnection = {
  __typename?: 'TrainingConnection';
  /** The rows of this page with their cursors. */
  edges: Array<TrainingEdge>;
  /** The rows of this page. */
  nodes: Array<Training>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Training with its cursor. */
export type TrainingEdge = {
  __typename?: 'TrainingEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: Training;
};

/** 培训筛选 Conditions on trainings. */
export type TrainingFilter = {
  /** All of these. */
  and?: InputMaybe<Array<TrainingFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 培训日期 (date) */
  date?: InputMaybe<LocalDateFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<TrainingFilter>>;
  /** 举办地 (region) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 培训主题 (topic) */
  topic?: InputMaybe<StringFilter>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
};

/** One sort key for Training lists; give several for a multi-key sort. */
export type TrainingOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: TrainingSortField;
};

/** 排序字段 Fields Training lists can be sorted by (each backed by an index). */
export type TrainingSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by date. */
  | 'date'
  /** Sort by topic. */
  | 'topic'
  /** Sort by updatedAt. */
  | 'updatedAt';

/** 登记的查询 Trusted document: an operation registered for an API key, by its SHA-256 hash. */
export type TrustedDocument = {
  __typename?: 'TrustedDocument';
  /** 接口密钥 (the key it is registered for) */
  apiKeyId: Scalars['ID']['output'];
  /** 登记时间 (registered at) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 查询文本 (the document) */
  document: Scalars['String']['output'];
  /** Document id. */
  id: Scalars['ID']['output'];
  /** 最近使用 (last run, to the minute) */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 操作名 (operation name) */
  operationName: Maybe<Scalars['String']['output']>;
  /** SHA-256 (hex) of the document text: send it as `extensions.persistedQuery.sha256Hash` instead of the text */
  sha256Hash: Scalars['String']['output'];
};

/** 修改帮扶措施 Changes to a measure; the case does not change. */
export type UpdateAssistanceMeasureInput = {
  /** 帮扶资金 (yuan, 0 or more) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 措施内容 (what is done) */
  content?: InputMaybe<Scalars['String']['input']>;
  /** 计划完成日期 (due date) */
  dueOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 措施类型 (kind) */
  kind?: InputMaybe<MeasureKind>;
  /** 公益性岗位聘任 id (required for WELFARE_POST: a placement of a member of the household, not rejected or withdrawn) */
  placementId?: InputMaybe<Scalars['ID']['input']>;
  /** 责任人 (responsible person) */
  responsible?: InputMaybe<Scalars['String']['input']>;
  /** 落实状态 (default PLANNED) */
  status?: InputMaybe<MeasureStatus>;
};

/** 修改帮扶产品 Changes to an assistance product; omitted fields keep their value. County and supplier cannot change. */
export type UpdateAssistanceProductInput = {
  /** 年供应能力 (annual supply capacity, units) */
  annualSupplyCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** 品牌 (brand) */
  brand?: InputMaybe<Scalars['String']['input']>;
  /** 产品类别 (category) */
  category?: InputMaybe<ProductCategory>;
  /** 带动脱贫户数 (poverty-exited households linked) */
  householdsLinked?: InputMaybe<Scalars['Int']['input']>;
  /** 产品名称 (name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 价格 (unit price, yuan) */
  price?: InputMaybe<Scalars['Money']['input']>;
  /** 规格 (specification) */
  spec?: InputMaybe<Scalars['String']['input']>;
  /** 计量单位 (unit) */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** 修改协作项目 Changes to a cooperation project; omitted fields keep their value. Status changes only through the workflow. */
export type UpdateCooperationProjectInput = {
  /** 项目类别 (category) */
  category?: InputMaybe<CooperationCategory>;
  /** 引进企业数 (enterprises introduced) */
  enterprisesIntroduced?: InputMaybe<Scalars['Int']['input']>;
  /** 已支出资金 (funds disbursed, yuan; ≤ in place) */
  fundsDisbursed?: InputMaybe<Scalars['Money']['input']>;
  /** 到位资金 (funds in place, yuan; ≤ planned) */
  fundsInPlace?: InputMaybe<Scalars['Money']['input']>;
  /** 引进投资 (investment attracted, yuan) */
  investmentAttracted?: InputMaybe<Scalars['Money']['input']>;
  /** 带动就业 (jobs created) */
  jobsCreated?: InputMaybe<Scalars['Int']['input']>;
  /** 转移就业人数 (labour transfers) */
  labourTransfers?: InputMaybe<Scalars['Int']['input']>;
  /** 项目名称 (name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 共建产业园区 (co-builds an industrial park) */
  parkCoBuilt?: InputMaybe<Scalars['Boolean']['input']>;
  /** 受益监测人口 (monitored people benefiting) */
  peopleBenefitingMonitored?: InputMaybe<Scalars['Int']['input']>;
  /** 受益脱贫人口 (poverty-exited people benefiting) */
  peopleBenefitingPovertyExited?: InputMaybe<Scalars['Int']['input']>;
  /** 计划资金 (planned funds, yuan) */
  plannedFunds?: InputMaybe<Scalars['Money']['input']>;
  /** 其中脱贫人口 (of which poverty-exited; ≤ labour transfers) */
  povertyExitedLabourTransfers?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改监测评估 Changes to an evaluation; county, year and period cannot change. */
export type UpdateCountyEvaluationInput = {
  /** 评估单位/评估人 (evaluator) */
  evaluator?: InputMaybe<Scalars['String']['input']>;
  /** 脱贫人口收入增长率 (income growth, %, at most two decimals, e.g. 13.98) */
  incomeGrowth?: InputMaybe<Scalars['Float']['input']>;
  /** 监测户数 (monitored households) */
  monitoredHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 脱贫人口人均纯收入 (poverty-exited income per capita, yuan) */
  povertyExitedIncomePerCapita?: InputMaybe<Scalars['Money']['input']>;
  /** 脱贫劳动力务工就业人数 (poverty-exited labourers in work) */
  povertyExitedLabourInWork?: InputMaybe<Scalars['Int']['input']>;
  /** 评估等次 (rating) */
  rating?: InputMaybe<EvaluationRating>;
  /** 已消除风险户数 (risk-eliminated households) */
  riskEliminatedHouseholds?: InputMaybe<Scalars['Int']['input']>;
  /** 农村居民人均可支配收入 (rural income per capita, yuan) */
  ruralIncomePerCapita?: InputMaybe<Scalars['Money']['input']>;
};

/** 修改衔接资金 Changes to a fund allocation; the county cannot change. */
export type UpdateFundAllocationInput = {
  /** 下达金额 (amount, yuan) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 已支出金额 (disbursed, yuan; at most the amount) */
  disbursed?: InputMaybe<Scalars['Money']['input']>;
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 项目数 (projects) */
  projectCount?: InputMaybe<Scalars['Int']['input']>;
  /** 已开工项目数 (projects started; at most the project count) */
  projectsStarted?: InputMaybe<Scalars['Int']['input']>;
  /** 资金用途 (purpose) */
  purpose?: InputMaybe<FundPurpose>;
  /** 资金来源 (source) */
  source?: InputMaybe<FundSource>;
  /** 年度 (year) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改农户收入 Changes to an income record: only its amount. */
export type UpdateHouseholdIncomeInput = {
  /** 金额 (yuan, 0 or more) */
  amount?: InputMaybe<Scalars['Money']['input']>;
};

/** 修改农户 Changes to a household; the head does not change here. */
export type UpdateHouseholdInput = {
  /** 户类别 (category) */
  category?: InputMaybe<HouseholdCategory>;
  /** 合规自付支出 (compliant out-of-pocket costs of the year, yuan; default 0) */
  compliantExpenses?: InputMaybe<Scalars['Money']['input']>;
  /** 饮水安全有保障 (default true) */
  drinkingWaterSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 义务教育有保障 (default true) */
  educationSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 住房安全有保障 (default true) */
  housingSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 劳动力人数 (members able to work, 0..size) */
  labourers?: InputMaybe<Scalars['Int']['input']>;
  /** 基本医疗保险有保障 (default true) */
  medicalInsuranceSecured?: InputMaybe<Scalars['Boolean']['input']>;
  /** 核实日期 (date the four items were checked; not in the future) */
  securedCheckedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 家庭人口 (household size, 1..30) */
  size?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改家庭成员 Changes to a member: only the relation. */
export type UpdateHouseholdMemberInput = {
  /** 与户主关系 (relation to the head; HEAD only for the head) */
  relation?: InputMaybe<HouseholdRelation>;
};

/** 修改走访记录 Changes to a visit; the household does not change. */
export type UpdateHouseholdVisitInput = {
  /** 走访情况 (findings) */
  findings?: InputMaybe<Scalars['String']['input']>;
  /** 风险上升 (the risk is rising; default false) */
  riskRising?: InputMaybe<Scalars['Boolean']['input']>;
  /** 走访日期 (visit date; not in the future) */
  visitedOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 走访人 (who visited; default the team member’s name, required without one) */
  visitor?: InputMaybe<Scalars['String']['input']>;
};

/** 修改聘任 Changes to a placement; status, post and person do not change here. */
export type UpdateJobPlacementInput = {
  /** 申请说明 (application note) */
  applicationNote?: InputMaybe<Scalars['String']['input']>;
};

/** 修改重点帮扶县 Changes to a key county; omitted fields keep their value. The county cannot change. */
export type UpdateKeyCountyInput = {
  /** 确定年份 (year named) */
  designatedYear?: InputMaybe<Scalars['Int']['input']>;
  /** 原深度贫困县 (former deep-poverty county) */
  formerDeepPoverty?: InputMaybe<Scalars['Boolean']['input']>;
  /** 级别 (level) */
  level?: InputMaybe<KeyCountyLevel>;
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 摘帽年份 (poverty-exit year) */
  povertyExitYear?: InputMaybe<Scalars['Int']['input']>;
  /** 状态 (status: ACTIVE or EXITED) */
  status?: InputMaybe<KeyCountyStatus>;
};

/** 修改年度考核 Changes to an assessment; omitted fields keep their value; member and year cannot change. */
export type UpdateMemberAssessmentInput = {
  /** 集体经济发展得分 (collective economy, 0–100) */
  collectiveEconomyScore?: InputMaybe<Scalars['Int']['input']>;
  /** 评语 (comment; optional) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 考核等次 (rating) */
  rating?: InputMaybe<AssessmentRating>;
  /** 工作实效得分 (results, 0–100) */
  resultsScore?: InputMaybe<Scalars['Int']['input']>;
  /** 驻村时间得分 (time in the village, 0–100) */
  timeInVillageScore?: InputMaybe<Scalars['Int']['input']>;
  /** 群众评价得分 (villagers’ evaluation, 0–100) */
  villagerEvaluationScore?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改监测对象 Changes to a case; household and clue date do not change. */
export type UpdateMonitoringCaseInput = {
  /** 风险描述 (what the clue says; no health detail) */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 发现方式 (how it came to light) */
  discoveredBy?: InputMaybe<DiscoveryChannel>;
  /** 风险类型 (causes, one or more) */
  riskCauses?: InputMaybe<Array<RiskCause>>;
  /** 监测类型 (type) */
  type?: InputMaybe<MonitoringType>;
};

/** 修改监测标准 Changes to a monitoring line; the province does not change. */
export type UpdateMonitoringLineInput = {
  /** 监测标准 (yuan per person per year, more than 0) */
  amount?: InputMaybe<Scalars['Money']['input']>;
  /** 依据文件 (the notice that set it) */
  basis?: InputMaybe<Scalars['String']['input']>;
  /** 执行日期 (in force from this date) */
  effectiveFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 年度 (year the line was set for) */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 修改单位 Changes to an organization; omitted fields keep their value. */
export type UpdateOrganizationInput = {
  /** 地址 (address) */
  address?: InputMaybe<Scalars['String']['input']>;
  /** 联系人 (contact person) */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码 (credit code; empty string clears it) */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 单位类型 (kind) */
  kind?: InputMaybe<OrganizationKind>;
  /** 单位名称 (name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 所在区划代码 (region code, any level) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
};

/** 修改结对 Changes to a pairing’s targets and remark. Sides, dates and status change only by adjusting or ending it. */
export type UpdatePairingInput = {
  /** 备注 (remark) */
  remark?: InputMaybe<Scalars['String']['input']>;
  /** 年度目标·帮扶资金 (annual target: funds, yuan) */
  targetFunds?: InputMaybe<Scalars['Money']['input']>;
  /** 年度目标·劳务输转人数 (annual target: labour transfers) */
  targetLabourTransfers?: InputMaybe<Scalars['Int']['input']>;
  /** 年度目标·消费帮扶采购额 (annual target: purchases, yuan) */
  targetPurchases?: InputMaybe<Scalars['Money']['input']>;
};

/** 修改人员 Changes to a person; omitted fields keep their value. The ID number cannot change. */
export type UpdatePersonInput = {
  /** 残疾 (disability) */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 特困 (extreme hardship) */
  extremeHardship?: InputMaybe<Scalars['Boolean']['input']>;
  /** 户类别 (household category) */
  householdCategory?: InputMaybe<HouseholdCategory>;
  /** 劳动能力 (labour capacity) */
  labourCapacity?: InputMaybe<LabourCapacity>;
  /** 低保 (minimum-living allowance) */
  minimumLiving?: InputMaybe<Scalars['Boolean']['input']>;
  /** 监测类型 (monitoring type; required for monitored households) */
  monitoringType?: InputMaybe<MonitoringType>;
  /** 姓名 (name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 联系电话 (mobile 11 digits, or landline with area code) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 易地搬迁 (relocated) */
  relocated?: InputMaybe<Scalars['Boolean']['input']>;
  /** 村干部及近亲属 (village cadre or close relative) */
  villageCadreOrRelative?: InputMaybe<Scalars['Boolean']['input']>;
  /** 户籍所在村代码 (home village code, 12 digits) */
  villageCode?: InputMaybe<Scalars['String']['input']>;
};

/** 区划修改 Changes administrators may make to a region. */
export type UpdateRegionInput = {
  /** 名称 (name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 脱贫县 (poverty-exited county flag; counties only) */
  povertyExitedCounty?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 修改风险消除 Changes to the findings of a proposal. */
export type UpdateRiskEliminationInput = {
  /** 核查情况 (findings of the check: income, 三保障, risks) */
  findings?: InputMaybe<Scalars['String']['input']>;
};

/** 修改驻村干部 Changes to a member; the team and status cannot change here. */
export type UpdateTeamMemberInput = {
  /** 性别 (gender) */
  gender?: InputMaybe<Gender>;
  /** 姓名 (name) */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 原单位 (home organization id) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 中共党员 (Party member) */
  partyMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联系电话 (phone; with the name it identifies the person, stored encrypted) */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 原单位职务 (post) */
  post?: InputMaybe<Scalars['String']['input']>;
  /** 队内职务 (role) */
  role?: InputMaybe<MemberRole>;
};

/** 修改培训 Changes to a training; attendees change with setTrainingAttendees. */
export type UpdateTrainingInput = {
  /** 培训日期 (date) */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 学时 (hours, > 0, at most 200) */
  hours?: InputMaybe<Scalars['Float']['input']>;
  /** 主办单位 (organizer) */
  organizer?: InputMaybe<Scalars['String']['input']>;
  /** 培训主题 (topic) */
  topic?: InputMaybe<Scalars['String']['input']>;
};

/** 修改用户 Changes to a user account; omitted fields keep their value. Disabling ends the account’s sessions at once. */
export type UpdateUserInput = {
  /** 停用 (disable the account; its sessions and API use end at once) */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** 姓名 (display name) */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** 所属单位 (organization id) */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 管辖区划代码 (jurisdiction region code; null = whole country) */
  regionCode?: InputMaybe<Scalars['String']['input']>;
  /** 角色 (roles; an administrator role (三员) cannot be combined with any other role) */
  roles?: InputMaybe<Array<Role>>;
};

/** 修改岗位 Changes to a welfare post; omitted fields keep their value. Status changes only through the workflow. */
export type UpdateWelfarePostInput = {
  /** 开发单位 id (developing organization: who develops the post manages it) */
  developingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 岗位职责 (duties) */
  duties?: InputMaybe<Scalars['String']['input']>;
  /** 资金来源 (funding source) */
  fundingSource?: InputMaybe<FundingSource>;
  /** 岗位数 (headcount, 1..500; not below the active placements) */
  headcount?: InputMaybe<Scalars['Int']['input']>;
  /** 劳动强度 (work intensity) */
  intensity?: InputMaybe<WorkIntensity>;
  /** 月工作时长 (monthly working hours, 1..300) */
  monthlyHours?: InputMaybe<Scalars['Int']['input']>;
  /** 月补贴标准 (monthly subsidy in yuan, greater than 0) */
  monthlySubsidy?: InputMaybe<Scalars['Money']['input']>;
  /** 聘期结束 (term end, not before the start) */
  termEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 聘期开始 (term start) */
  termStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 岗位名称 (title) */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 岗位类型 (type) */
  type?: InputMaybe<WelfarePostType>;
};

/** 修改工作队 Changes to a work team; the village cannot change and the status only through transitionWorkTeam. */
export type UpdateWorkTeamInput = {
  /** 进驻时村集体经济收入 (collective income at start, yuan) */
  collectiveIncomeAtStart?: InputMaybe<Scalars['Money']['input']>;
  /** 最新村集体经济收入 (latest collective income, yuan) */
  collectiveIncomeLatest?: InputMaybe<Scalars['Money']['input']>;
  /** 派出单位 (dispatching organization id) */
  dispatchingOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 备注 (notes) */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** 任期结束 (term end) */
  termEnd?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 任期开始 (term start) */
  termStart?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 村类型 (village type) */
  villageType?: InputMaybe<VillageType>;
};

/** 用户 A person who signs in to the console or API, with roles and a jurisdiction. */
export type User = {
  __typename?: 'User';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 已停用 (disabled accounts cannot sign in and their sessions end at once) */
  disabled: Scalars['Boolean']['output'];
  /** 姓名 (display name) */
  displayName: Scalars['String']['output'];
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 最近登录 (last successful sign-in) */
  lastLoginAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 锁定至 (locked after repeated failed logins until this time) */
  lockedUntil: Maybe<Scalars['DateTimeISO']['output']>;
  /** 所属单位 (organization) */
  organization: Maybe<Organization>;
  /** 权限 (permissions the roles grant, `domain.verb`) */
  permissions: Array<Scalars['String']['output']>;
  /** 管辖区划 (jurisdiction; null = whole country) */
  region: Maybe<Region>;
  /** 管辖区划代码 (jurisdiction code) */
  regionCode: Maybe<Scalars['String']['output']>;
  /** 角色 (roles, e.g. COUNTY_OFFICER) */
  roles: Array<Scalars['String']['output']>;
  /** 已绑定动态口令 (has a TOTP second factor) */
  secondFactorEnrolled: Scalars['Boolean']['output'];
  /** 须绑定动态口令 (an administrator role without a second factor while one is required: the account can only enrol one until it does) */
  secondFactorEnrolmentRequired: Scalars['Boolean']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 用户名 (username, unique) */
  username: Scalars['String']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};

/** A page of User rows with the total count. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The rows of this page with their cursors. */
  edges: Array<UserEdge>;
  /** The rows of this page. */
  nodes: Array<User>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A User with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: User;
};

/** 用户筛选 Conditions on user accounts. */
export type UserFilter = {
  /** All of these. */
  and?: InputMaybe<Array<UserFilter>>;
  /** 归档范围 (archived accounts: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 已停用 (disabled) */
  disabled?: InputMaybe<BooleanFilter>;
  /** 姓名 (display name) */
  displayName?: InputMaybe<StringFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<UserFilter>>;
  /** 管辖区划 (jurisdiction region) */
  region?: InputMaybe<RegionCodeFilter>;
  /** 角色 (has this role) */
  role?: InputMaybe<Role>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 用户名 (username) */
  username?: InputMaybe<StringFilter>;
};

/** One sort key for User lists; give several for a multi-key sort. */
export type UserOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: UserSortField;
};

/** 排序字段 Fields User lists can be sorted by (each backed by an index). */
export type UserSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by displayName. */
  | 'displayName'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by username. */
  | 'username';

/** 村类型 Kind of village a work team is sent to. */
export type VillageType =
  /** 重点帮扶村 (key assistance village) */
  | 'KEY_VILLAGE'
  /** 其他 (other) */
  | 'OTHER'
  /** 脱贫村 (poverty-exited village) */
  | 'POVERTY_EXITED_VILLAGE'
  /** 易地搬迁安置村 (relocation resettlement village) */
  | 'RELOCATION_SITE';

/** Conditions on VillageType. */
export type VillageTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<VillageType>;
  /** One of. */
  in?: InputMaybe<Array<VillageType>>;
  /** Not equal to. */
  ne?: InputMaybe<VillageType>;
  /** None of. */
  notIn?: InputMaybe<Array<VillageType>>;
};

/** 推送记录 One webhook delivery attempt: event, HTTP status, latency, error. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** 时间 (when) */
  at: Scalars['DateTimeISO']['output'];
  /** 第几次尝试 (attempt number for this event) */
  attempt: Scalars['Int']['output'];
  /** 错误 (error, e.g. timeout, refused address, redirect) */
  error: Maybe<Scalars['String']['output']>;
  /** 事件 id (the `webhook-id` header; the same on every retry of one event) */
  eventId: Scalars['ID']['output'];
  /** 事件类型 (event type) */
  eventType: Scalars['String']['output'];
  /** Attempt id (time-ordered). */
  id: Scalars['ID']['output'];
  /** 耗时毫秒 (latency in milliseconds) */
  latencyMs: Scalars['Int']['output'];
  /** 手动重推 (sent by a redeliver request) */
  redelivery: Scalars['Boolean']['output'];
  /** HTTP 状态码 (status code; null when no answer came) */
  statusCode: Maybe<Scalars['Int']['output']>;
  /** 订阅 (subscription) */
  subscriptionId: Scalars['ID']['output'];
  /** 成功 (the target answered 2xx) */
  succeeded: Scalars['Boolean']['output'];
};

/** 推送状态 (webhook subscription status) */
export type WebhookStatus =
  /** 推送中 (delivering) */
  | 'ACTIVE'
  /** 已暂停 (paused by its owner, or by the system after failing too long; `pausedReason` says why) */
  | 'PAUSED';

/** 事件推送订阅 Webhook subscription of an API key: where committed changes are POSTed, which ones, and how delivery is going. */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  /** 所属接口密钥 (the API key that owns it; events follow its scopes and jurisdiction) */
  apiKeyId: Scalars['ID']['output'];
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 连续失败次数 (failed attempts in a row for the event at the head of the queue) */
  consecutiveFailures: Scalars['Int']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 事件类型 (event types, e.g. JobPlacement.transitioned; JobPlacement.* for all of one type) */
  eventTypes: Array<Scalars['String']['output']>;
  /** 失败开始时间 (when the current run of failures began) */
  failingSince: Maybe<Scalars['DateTimeISO']['output']>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 最近成功推送 (last successful delivery) */
  lastDeliveredAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 下次尝试时间 (next attempt after a failure) */
  nextAttemptAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 暂停原因 (why it is paused) */
  pausedReason: Maybe<Scalars['String']['output']>;
  /** 最近推送记录 (the latest delivery attempts) */
  recentDeliveries: Array<WebhookDelivery>;
  /** 区划筛选 (only records in this region; within the key’s jurisdiction) */
  regionCode: Maybe<Scalars['String']['output']>;
  /** 状态 (status) */
  status: WebhookStatus;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 推送地址 (target URL, http or https) */
  url: Scalars['String']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
};


/** 事件推送订阅 Webhook subscription of an API key: where committed changes are POSTed, which ones, and how delivery is going. */
export type WebhookSubscriptionRecentDeliveriesArgs = {
  first?: Scalars['Int']['input'];
};

/** 公益性岗位 WelfarePost: a rural public-welfare post created by need in a village (按需设岗). */
export type WelfarePost = {
  __typename?: 'WelfarePost';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<WelfarePostAvailableAction>;
  /** 关闭时间 (when the post was closed) */
  closedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 开发单位 (developing organization: who develops the post manages it) */
  developingOrganization: Maybe<Organization>;
  /** 岗位职责 (duties) */
  duties: Maybe<Scalars['String']['output']>;
  /** 在岗名额 (filled places: APPROVED or ONBOARDED placements) */
  filledPlaces: Scalars['Int']['output'];
  /** 资金来源 (funding source) */
  fundingSource: FundingSource;
  /** 岗位数 (headcount: number of places) */
  headcount: Scalars['Int']['output'];
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 劳动强度 (work intensity) */
  intensity: WorkIntensity;
  /** 月工作时长 (monthly working hours) */
  monthlyHours: Scalars['Int']['output'];
  /** 月补贴标准 (monthly subsidy in yuan) */
  monthlySubsidy: Scalars['Money']['output'];
  /** 聘任 (placements on this post: applications and tenures) */
  placements: JobPlacementConnection;
  /** 发布时间 (when the post was published) */
  publishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 区划代码 (region code used for jurisdiction; equals the village code) */
  regionCode: Scalars['String']['output'];
  /** 状态 (status; changes only through transitionWelfarePost) */
  status: WelfarePostStatus;
  /** 聘期结束 (term end) */
  termEnd: Scalars['LocalDate']['output'];
  /** 聘期开始 (term start) */
  termStart: Scalars['LocalDate']['output'];
  /** 岗位名称 (title) */
  title: Scalars['String']['output'];
  /** 岗位类型 (type) */
  type: WelfarePostType;
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** 空缺名额 (vacant places = headcount − filled places) */
  vacantPlaces: Scalars['Int']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 所在村 (village of the post) */
  village: Maybe<Region>;
  /** 所在村代码 (village code, 12 digits) */
  villageCode: Scalars['String']['output'];
};


/** 公益性岗位 WelfarePost: a rural public-welfare post created by need in a village (按需设岗). */
export type WelfarePostPlacementsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<JobPlacementFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<JobPlacementOrder>>;
};

/** 岗位操作 Actions on a welfare post. */
export type WelfarePostAction =
  /** 关闭 (close: OPEN → CLOSED) */
  | 'CLOSE'
  /** 发布 (publish: DRAFT → OPEN) */
  | 'PUBLISH';

/** 一项可执行的操作 An action the caller may take on this WelfarePost now. */
export type WelfarePostAvailableAction = {
  __typename?: 'WelfarePostAvailableAction';
  /** The action to pass to the transition mutation. */
  action: WelfarePostAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of WelfarePost rows with the total count. */
export type WelfarePostConnection = {
  __typename?: 'WelfarePostConnection';
  /** The rows of this page with their cursors. */
  edges: Array<WelfarePostEdge>;
  /** The rows of this page. */
  nodes: Array<WelfarePost>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WelfarePost with its cursor. */
export type WelfarePostEdge = {
  __typename?: 'WelfarePostEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: WelfarePost;
};

/** 岗位筛选 Conditions on welfare posts. */
export type WelfarePostFilter = {
  /** All of these. */
  and?: InputMaybe<Array<WelfarePostFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 开发单位 (developing organization) */
  developingOrganization?: InputMaybe<IdFilter>;
  /** 资金来源 (funding source) */
  fundingSource?: InputMaybe<FundingSourceFilter>;
  /** 岗位数 (headcount) */
  headcount?: InputMaybe<IntFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** 月补贴标准 (monthly subsidy) */
  monthlySubsidy?: InputMaybe<MoneyFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<WelfarePostFilter>>;
  /** 状态 (status) */
  status?: InputMaybe<WelfarePostStatusFilter>;
  /** 聘期结束 (term end) */
  termEnd?: InputMaybe<LocalDateFilter>;
  /** 聘期开始 (term start) */
  termStart?: InputMaybe<LocalDateFilter>;
  /** 岗位名称 (title) */
  title?: InputMaybe<StringFilter>;
  /** 岗位类型 (type) */
  type?: InputMaybe<WelfarePostTypeFilter>;
  /** 更新时间 (updated at; for incremental sync) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 所在村 (village; `within` a township or county) */
  village?: InputMaybe<RegionCodeFilter>;
};

/** One sort key for WelfarePost lists; give several for a multi-key sort. */
export type WelfarePostOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: WelfarePostSortField;
};

/** 排序字段 Fields WelfarePost lists can be sorted by (each backed by an index). */
export type WelfarePostSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by headcount. */
  | 'headcount'
  /** Sort by monthlySubsidy. */
  | 'monthlySubsidy'
  /** Sort by status. */
  | 'status'
  /** Sort by termEnd. */
  | 'termEnd'
  /** Sort by termStart. */
  | 'termStart'
  /** Sort by title. */
  | 'title'
  /** Sort by type. */
  | 'type'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by villageCode. */
  | 'villageCode';

/** 岗位状态 Status of a post. */
export type WelfarePostStatus =
  /** 关闭 (closed) */
  | 'CLOSED'
  /** 草稿 (draft) */
  | 'DRAFT'
  /** 开放 (open: accepting applications) */
  | 'OPEN';

/** Conditions on WelfarePostStatus. */
export type WelfarePostStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<WelfarePostStatus>;
  /** One of. */
  in?: InputMaybe<Array<WelfarePostStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<WelfarePostStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<WelfarePostStatus>>;
};

/** 岗位操作参数 Payload of a post action (none is needed today). */
export type WelfarePostTransitionInput = {
  /** 备注 (note; not accepted by any action yet, reserved) */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 岗位类型 Type of rural public-welfare post. */
export type WelfarePostType =
  /** 公益资产管护 (caretaker of public assets) */
  | 'ASSET_CARETAKER'
  /** 保洁 (village cleaning) */
  | 'CLEANING'
  /** 养老服务 (elderly care) */
  | 'ELDERLY_CARE'
  /** 护林/生态护林员 (forest ranger) */
  | 'FOREST_RANGER'
  /** 其他 (other) */
  | 'OTHER'
  /** 护河 (river patrol) */
  | 'RIVER_PATROL'
  /** 护路 (road maintenance) */
  | 'ROAD_MAINTENANCE'
  /** 治安巡逻 (security patrol) */
  | 'SECURITY_PATROL'
  /** 交通协管 (traffic assistant) */
  | 'TRAFFIC_ASSISTANT'
  /** 水管员 (water management) */
  | 'WATER_MANAGEMENT';

/** Conditions on WelfarePostType. */
export type WelfarePostTypeFilter = {
  /** Equal to. */
  eq?: InputMaybe<WelfarePostType>;
  /** One of. */
  in?: InputMaybe<Array<WelfarePostType>>;
  /** Not equal to. */
  ne?: InputMaybe<WelfarePostType>;
  /** None of. */
  notIn?: InputMaybe<Array<WelfarePostType>>;
};

/** 公益性岗位汇总 WelfareRollup for a region and period. Posts: not archived, published (OPEN or CLOSED), term overlapping the period. Placements: those of the counted posts (by current status). On post: placements whose start date ≤ period end and exit date (if any) ≥ period start. Subsidies: payments whose month lies in the period. */
export type WelfareRollup = {
  __typename?: 'WelfareRollup';
  /** 在岗名额 (filled places: APPROVED or ONBOARDED placements now) */
  filledPlaces: Scalars['Int']['output'];
  /** 期间在岗人数 (people on post during the period) */
  onPost: Scalars['Int']['output'];
  /** 期间 (period: YYYY or YYYY-MM) */
  period: Scalars['String']['output'];
  /** 按优先类别 (placements by priority category) */
  placementsByPriority: Array<PriorityCategoryCount>;
  /** 按状态 (placements by status) */
  placementsByStatus: Array<PlacementStatusCount>;
  /** 岗位名额 (places: sum of headcounts) */
  places: Scalars['Int']['output'];
  /** 岗位数 (posts) */
  posts: Scalars['Int']['output'];
  /** 其中脱贫人口 (of whom poverty-exited) */
  povertyExitedOnPost: Scalars['Int']['output'];
  /** 脱贫人口占比 (share of poverty-exited among those on post, %, rounded half up to 0.1, e.g. 66.7; null when nobody is on post) */
  povertyExitedShare: Maybe<Scalars['Float']['output']>;
  /** 区划代码 (region code) */
  regionCode: Scalars['String']['output'];
  /** 核算补贴 (subsidy calculated: all payments of the period) */
  subsidyCalculated: Scalars['Money']['output'];
  /** 已发补贴 (subsidy paid: PAID payments of the period) */
  subsidyPaid: Scalars['Money']['output'];
  /** 空缺名额 (vacant places = places − filled places) */
  vacantPlaces: Scalars['Int']['output'];
};

/** 劳动强度 Work intensity. */
export type WorkIntensity =
  /** 重 (heavy) */
  | 'HEAVY'
  /** 轻 (light) */
  | 'LIGHT'
  /** 中 (medium) */
  | 'MEDIUM';

/** 驻村工作队 WorkTeam: a resident work team sent to a village by a dispatching organization. */
export type WorkTeam = {
  __typename?: 'WorkTeam';
  /** When the record was archived (归档时间); archived records are hidden unless a filter asks for them. */
  archivedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** 可执行操作 What the caller may do with this record now (empty when nothing). */
  availableActions: Array<WorkTeamAvailableAction>;
  /** 进驻时村集体经济收入 (village collective income at start, yuan/year) */
  collectiveIncomeAtStart: Maybe<Scalars['Money']['output']>;
  /** 最新村集体经济收入 (latest village collective income, yuan/year) */
  collectiveIncomeLatest: Maybe<Scalars['Money']['output']>;
  /** 县 (the county of the village) */
  county: Maybe<Region>;
  /** 县级区划代码 (county code of the village) */
  countyCode: Scalars['String']['output'];
  /** When the record was created (创建时间). */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 距任期结束天数 (days from today to the term end; negative once ended) */
  daysUntilTermEnd: Scalars['Int']['output'];
  /** 派出单位 (dispatching organization) */
  dispatchingOrganization: Maybe<Organization>;
  /** 第一书记 (the first secretary on duty) */
  firstSecretary: Maybe<TeamMember>;
  /** 流转记录 Every status change of this record, oldest first. */
  history: Array<WorkflowStep>;
  /** Opaque, stable identifier. */
  id: Scalars['ID']['output'];
  /** 驻村干部 (memberships of this team, current and past; filter status: ON_DUTY for the current team) */
  members: TeamMemberConnection;
  /** 备注 (notes) */
  notes: Maybe<Scalars['String']['output']>;
  /** 在岗人数 (members on duty) */
  onDutyCount: Scalars['Int']['output'];
  /** 状态 (status; changes only through transitionWorkTeam) */
  status: WorkTeamStatus;
  /** 任期结束 (term end; default term start + WORK_TEAM_TERM_YEARS) */
  termEnd: Scalars['LocalDate']['output'];
  /** 任期将满 (the term ends within the given number of days from today) */
  termEndsWithin: Scalars['Boolean']['output'];
  /** 任期开始 (term start) */
  termStart: Scalars['LocalDate']['output'];
  /** When the record last changed (更新时间); filter on it to sync incrementally. */
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic-lock version (版本号); pass it back as `expectedVersion` when updating. */
  version: Scalars['Int']['output'];
  /** 驻村 (the village) */
  village: Maybe<Region>;
  /** 驻村代码 (village code, 12 digits) */
  villageCode: Scalars['String']['output'];
  /** 村类型 (village type) */
  villageType: VillageType;
};


/** 驻村工作队 WorkTeam: a resident work team sent to a village by a dispatching organization. */
export type WorkTeamMembersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TeamMemberFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  offset: InputMaybe<Scalars['Int']['input']>;
  orderBy: InputMaybe<Array<TeamMemberOrder>>;
};


/** 驻村工作队 WorkTeam: a resident work team sent to a village by a dispatching organization. */
export type WorkTeamTermEndsWithinArgs = {
  days: Scalars['Int']['input'];
};

/** 工作队操作 Workflow actions on a work team. */
export type WorkTeamAction =
  /** 进驻 (station the team: exactly one first secretary and the configured number of members on duty) */
  | 'ACTIVATE'
  /** 审批 (approve the proposed team) */
  | 'APPROVE'
  /** 期满 (complete the term; members on duty end as COMPLETED) */
  | 'COMPLETE'
  /** 召回 (recall the team; a reason is required; members on duty end as RECALLED) */
  | 'RECALL';

/** 一项可执行的操作 An action the caller may take on this WorkTeam now. */
export type WorkTeamAvailableAction = {
  __typename?: 'WorkTeamAvailableAction';
  /** The action to pass to the transition mutation. */
  action: WorkTeamAction;
  /** A comment or reason must be given. */
  commentRequired: Scalars['Boolean']['output'];
  /** 名称 (Chinese label for the button) */
  label: Scalars['String']['output'];
  /** Payload fields this action takes. */
  payloadFields: Array<Scalars['String']['output']>;
  /** Payload fields this action requires. */
  payloadRequired: Array<Scalars['String']['output']>;
  /** Status the record moves to. */
  toStatus: Scalars['String']['output'];
};

/** A page of WorkTeam rows with the total count. */
export type WorkTeamConnection = {
  __typename?: 'WorkTeamConnection';
  /** The rows of this page with their cursors. */
  edges: Array<WorkTeamEdge>;
  /** The rows of this page. */
  nodes: Array<WorkTeam>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WorkTeam with its cursor. */
export type WorkTeamEdge = {
  __typename?: 'WorkTeamEdge';
  /** Opaque keyset cursor of this row; stable while rows are inserted. */
  cursor: Scalars['String']['output'];
  /** The row. */
  node: WorkTeam;
};

/** 工作队筛选 Conditions on work teams. */
export type WorkTeamFilter = {
  /** All of these. */
  and?: InputMaybe<Array<WorkTeamFilter>>;
  /** 归档范围 (archived records: hidden by default) */
  archived?: InputMaybe<ArchiveScope>;
  /** 县 (county code) */
  county?: InputMaybe<RegionCodeFilter>;
  /** 派出单位 (dispatching organization id) */
  dispatchingOrganization?: InputMaybe<IdFilter>;
  /** Id. */
  id?: InputMaybe<IdFilter>;
  /** Any of these. */
  or?: InputMaybe<Array<WorkTeamFilter>>;
  /** 状态 (status) */
  status?: InputMaybe<WorkTeamStatusFilter>;
  /** 任期结束 (term end) */
  termEnd?: InputMaybe<LocalDateFilter>;
  /** 任期将满 (term ends within this many days from today, today included; ended terms excluded) */
  termEndsWithinDays?: InputMaybe<Scalars['Int']['input']>;
  /** 任期开始 (term start) */
  termStart?: InputMaybe<LocalDateFilter>;
  /** 更新时间 (updated at) */
  updatedAt?: InputMaybe<DateTimeFilter>;
  /** 驻村 (village; `within` a township, county…) */
  village?: InputMaybe<RegionCodeFilter>;
  /** 村类型 (village type) */
  villageType?: InputMaybe<VillageTypeFilter>;
};

/** One sort key for WorkTeam lists; give several for a multi-key sort. */
export type WorkTeamOrder = {
  /** Sort direction (default ASC). */
  direction?: InputMaybe<OrderDirection>;
  /** The field to sort by. */
  field: WorkTeamSortField;
};

/** 驻村工作汇总 WorkTeamRollup: teams and cadres on duty by village type, members overdue for training and assessment ratings within a region for a year (GROUP BY in the database). */
export type WorkTeamRollup = {
  __typename?: 'WorkTeamRollup';
  /** 考核等次 (the year’s assessments by rating) */
  assessmentRatings: Array<AssessmentRatingCount>;
  /** 按村类型 (by village type) */
  byVillageType: Array<WorkTeamTypeCount>;
  /** 在岗驻村干部合计 (cadres on duty in total) */
  cadresOnDuty: Scalars['Int']['output'];
  /** 未按期培训 (cadres on duty in ACTIVE teams with no training in their current term) */
  membersOverdueForTraining: Scalars['Int']['output'];
  /** 区划代码 (region code) */
  regionCode: Scalars['String']['output'];
  /** 在驻工作队合计 (ACTIVE teams in total) */
  teams: Scalars['Int']['output'];
  /** 年度 (year) */
  year: Scalars['Int']['output'];
};

/** 排序字段 Fields WorkTeam lists can be sorted by (each backed by an index). */
export type WorkTeamSortField =
  /** Sort by createdAt. */
  | 'createdAt'
  /** Sort by status. */
  | 'status'
  /** Sort by termEnd. */
  | 'termEnd'
  /** Sort by termStart. */
  | 'termStart'
  /** Sort by updatedAt. */
  | 'updatedAt'
  /** Sort by villageCode. */
  | 'villageCode';

/** 工作队状态 Status of a work team (changes only through transitionWorkTeam). */
export type WorkTeamStatus =
  /** 在驻 (stationed in the village) */
  | 'ACTIVE'
  /** 已审批 (approved, not yet in the village) */
  | 'APPROVED'
  /** 期满 (term completed) */
  | 'COMPLETED'
  /** 拟派 (proposed) */
  | 'PROPOSED'
  /** 召回 (recalled) */
  | 'RECALLED';

/** Conditions on WorkTeamStatus. */
export type WorkTeamStatusFilter = {
  /** Equal to. */
  eq?: InputMaybe<WorkTeamStatus>;
  /** One of. */
  in?: InputMaybe<Array<WorkTeamStatus>>;
  /** Not equal to. */
  ne?: InputMaybe<WorkTeamStatus>;
  /** None of. */
  notIn?: InputMaybe<Array<WorkTeamStatus>>;
};

/** 工作队流转信息 What a work-team step may carry. */
export type WorkTeamTransitionInput = {
  /** 生效日期 (effective date for COMPLETE / RECALL: the end date of members on duty; default today) */
  date?: InputMaybe<Scalars['LocalDate']['input']>;
};

/** 按村类型统计 Teams and cadres on duty for one village type. */
export type WorkTeamTypeCount = {
  __typename?: 'WorkTeamTypeCount';
  /** 在岗驻村干部 (cadres ON_DUTY in those teams) */
  cadresOnDuty: Scalars['Int']['output'];
  /** 在岗第一书记 (first secretaries ON_DUTY in those teams) */
  firstSecretaries: Scalars['Int']['output'];
  /** 在驻工作队 (ACTIVE teams whose term overlaps the year) */
  teams: Scalars['Int']['output'];
  /** 村类型 (village type) */
  villageType: VillageType;
};

/** 流转记录 One step in a record’s workflow history. */
export type WorkflowStep = {
  __typename?: 'WorkflowStep';
  /** 代行级别 (the lower level this step belongs to when a higher level took it under WORKFLOW_DELEGATION; null when taken at its own level) */
  actedFor: Maybe<RegionLevel>;
  /** 动作 (action taken, e.g. COUNTY_APPROVE) */
  action: Scalars['String']['output'];
  /** 动作名称 (Chinese label of the action) */
  actionLabel: Scalars['String']['output'];
  /** 操作人 id (actor id) */
  actorId: Maybe<Scalars['String']['output']>;
  /** 操作人 (actor name) */
  actorName: Maybe<Scalars['String']['output']>;
  /** 时间 (when) */
  at: Scalars['DateTimeISO']['output'];
  /** 意见 (comment or reason given by the actor) */
  comment: Maybe<Scalars['String']['output']>;
  /** 对象 id (the record that moved) */
  entityId: Scalars['ID']['output'];
  /** 原状态 (status before) */
  fromStatus: Scalars['String']['output'];
  /** Step id (time-ordered). */
  id: Scalars['ID']['output'];
  /** 附加信息 (the action payload as JSON, e.g. agreement number and start date) */
  payload: Maybe<Scalars['String']['output']>;
  /** 新状态 (status after) */
  toStatus: Scalars['String']['output'];
  /** 流程 (workflow: the entity type, e.g. JobPlacement) */
  workflow: Scalars['String']['output'];
};

/** 月份条件 Conditions on a month (YYYY-MM). */
export type YearMonthFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['YearMonth']['input']>;
  /** From this month on. */
  gte?: InputMaybe<Scalars['YearMonth']['input']>;
  /** One of. */
  in?: InputMaybe<Array<Scalars['YearMonth']['input']>>;
  /** Up to this month. */
  lte?: InputMaybe<Scalars['YearMonth']['input']>;
};
