/**
 * The console's own words (not react-admin's, not the schema's), in both languages, side by side so
 * a missing translation is visible. Schema-derived labels come from the descriptions (see
 * label-overrides.ts); react-admin's own Chinese texts are in zh-CN.ts.
 */
const pairs = {
  title: ['乡村振兴帮扶管理系统', 'Rural Revitalization Assistance'],
  subtitle: ['乡村振兴帮扶管理', 'Assistance administration'],
  'login.title': ['用户登录', 'Sign in'],
  'login.username': ['用户名', 'Username'],
  'login.password': ['密码', 'Password'],
  'login.totp': ['动态验证码（如已启用）', 'One-time code (if enabled)'],
  'login.submit': ['登 录', 'Sign in'],
  'login.failed': ['登录失败', 'Sign-in failed'],
  'login.intranet': ['本系统仅限授权人员使用，操作将被记录审计', 'Authorised users only; actions are audited'],
  'login.schema_error': ['无法读取接口结构，已使用内置版本', 'Could not read the API schema; using the bundled copy'],
  'menu.dashboard': ['工作台', 'Dashboard'],
  'menu.pending': ['我的待办', 'My pending approvals'],
  'menu.other': ['其他', 'Other'],
  'menu.tools': ['工具', 'Tools'],
  'menu.graphiql': ['接口调试', 'GraphQL IDE'],
  'locale.zh': ['简体中文', '简体中文'],
  'locale.en': ['English', 'English'],
  'user.region': ['管辖区域', 'Jurisdiction'],
  'user.roles': ['角色', 'Roles'],
  'common.none': ['无', 'None'],
  'common.all': ['全部', 'All'],
  'common.from': ['起', 'from'],
  'common.to': ['止', 'to'],
  'common.print': ['打印', 'Print'],
  'common.reload': ['重新加载', 'Reload'],
  'common.loading': ['加载中…', 'Loading…'],
  'common.yes': ['是', 'Yes'],
  'common.no': ['否', 'No'],
  'common.records': ['条记录', 'records'],
  'common.detail': ['详情', 'Details'],
  'common.related': ['关联记录', 'Related records'],
  'common.basic': ['基本信息', 'Basic information'],
  'common.system': ['系统信息', 'System information'],
  'action.archive': ['归档', 'Archive'],
  'action.restore': ['恢复', 'Restore'],
  'action.archive_confirm': ['确定归档“%{title}”吗？归档后默认不再显示，可在“归档范围”中查看并恢复。', 'Archive "%{title}"? Archived records are hidden by default and can be restored.'],
  'action.archived': ['已归档', 'Archived'],
  'action.restored': ['已恢复', 'Restored'],
  'action.export_xlsx': ['导出Excel', 'Export Excel'],
  'action.publicity': ['公示名单', 'Publicity list'],
  'workflow.status': ['当前状态', 'Current status'],
  'workflow.actions': ['办理', 'Actions'],
  'workflow.no_actions': ['当前无可办理的操作', 'No action available to you now'],
  'workflow.comment': ['办理意见', 'Comment'],
  'workflow.comment_required': ['此操作须填写意见或理由', 'A comment is required for this action'],
  'workflow.confirm': ['确认提交', 'Submit'],
  'workflow.done': ['已办理：%{action}', 'Done: %{action}'],
  'workflow.history': ['办理记录', 'History'],
  'workflow.no_history': ['暂无办理记录', 'No history yet'],
  'workflow.by': ['办理人', 'By'],
  'workflow.payload': ['附加信息', 'Details'],
  'error.stale_version': ['该记录已被他人修改或办理，您看到的不是最新版本。请重新加载后再操作。', 'Someone else changed or acted on this record first. Reload it and try again.'],
  'error.conflict': ['操作未能完成：%{message}', 'Could not be done: %{message}'],
  'error.forbidden': ['无权执行此操作', 'You are not allowed to do this'],
  'error.not_found': ['记录不存在或不在您的管辖范围内', 'The record does not exist or is outside your jurisdiction'],
  'error.rate_limited': ['请求过于频繁，请稍后再试', 'Too many requests; try again shortly'],
  'error.too_complex': ['查询过于复杂，请缩小范围', 'The query is too complex; narrow it down'],
  'error.invalid': ['提交的信息有误，请检查标红的项目', 'Some values are invalid; check the highlighted fields'],
  'error.network': ['无法连接服务器', 'Cannot reach the server'],
  'error.unauthenticated': ['登录已过期，请重新登录', 'Your session has ended; please sign in again'],
  'pending.title': ['我的待办', 'My pending approvals'],
  'pending.entity': ['业务类型', 'Kind'],
  'pending.item': ['事项', 'Item'],
  'pending.status': ['当前状态', 'Status'],
  'pending.actions': ['可办理操作', 'Actions'],
  'pending.open': ['去办理', 'Open'],
  'pending.empty': ['暂无待办事项', 'Nothing waiting for you'],
  'pending.unavailable': ['服务器暂未提供待办查询', 'The server does not offer pending approvals yet'],
  'dashboard.title': ['工作台', 'Dashboard'],
  'dashboard.welcome': ['您好，%{name}', 'Hello, %{name}'],
  'dashboard.region': ['区域', 'Region'],
  'dashboard.year': ['年度', 'Year'],
  'dashboard.totals': ['业务数据概览', 'Overview'],
  'dashboard.no_data': ['暂无数据', 'No data'],
  'dashboard.by_status': ['%{name}办理状态分布', '%{name} by status'],
  'dashboard.count': ['数量', 'Count'],
  'dashboard.pending': ['待我办理', 'Waiting for me'],
  'region.pick': ['请选择', 'Select'],
  'region.province': ['省', 'Province'],
  'region.city': ['市', 'City'],
  'region.county': ['县', 'County'],
  'region.township': ['乡镇', 'Township'],
  'region.village': ['村', 'Village'],
  'reveal.button': ['查看完整信息', 'Reveal'],
  'reveal.title': ['查看完整个人信息', 'Reveal personal data'],
  'reveal.reason': ['查看事由（将记入审计日志）', 'Reason (recorded in the audit log)'],
  'reveal.submit': ['查看', 'Reveal'],
  'export.sheet': ['数据', 'Data'],
  'export.done': ['已导出 %{count} 条记录', 'Exported %{count} records'],
  'publicity.title': ['%{name}公示名单', '%{name} publicity list'],
  'publicity.notice': ['公示期为七天。如对公示内容有异议，请在公示期内向所在乡镇或县乡村振兴局反映。', 'Objections may be raised with the township or county bureau within seven days.'],
  'publicity.issuer': ['公示单位', 'Issued by'],
  'publicity.date': ['公示日期', 'Date'],
  'publicity.seq': ['序号', 'No.'],
  'publicity.filter_hint': ['名单按当前列表的筛选条件生成', 'The list follows the current list filters'],
  'archive.scope': ['归档范围', 'Archive scope'],
} as const;

type Tree = { [k: string]: string | Tree };

function build(index: 0 | 1): Tree {
  const out: Tree = {};
  for (const [key, v] of Object.entries(pairs)) {
    const parts = key.split('.');
    let node = out;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Tree;
    node[parts[parts.length - 1]] = v[index];
  }
  return out;
}

export const appMessagesZh = build(0);
export const appMessagesEn = build(1);
