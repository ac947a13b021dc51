import { errorsZh } from '@suishoupai/web-shared/i18n/errors'

export const zhCN = {
  app: { title: '随手拍 · 指挥中心', signOut: '退出', signedInAs: '{name}（{roles}）' },
  roles: { screener: '受理员', handler: '处置人员', inspector: '监督员', admin: '管理员', leader: '值班长' } as Record<string, string>,
  queues: { SCREENING: '待受理', DEPARTMENT: '本部门待处置', VERIFICATION: '待核查' } as Record<string, string>,
  queue: {
    caseNumber: '案件编号', category: '问题类型', address: '地址', state: '状态', deadline: '时限', overdue: '已超时',
    created: '上报时间', empty: '队列已清空', keys: '键盘：J/K 上下，Enter 打开', refreshed: '每 15 秒自动刷新',
  },
  desk: {
    back: '返回队列', details: '案件信息', description: '描述', address: '地址', category: '问题类型', department: '处置部门',
    grid: '网格', component: '部件', deadline: '处置时限', left: '剩余 {t}', overdueBy: '已超时 {t}', reporter: '上报人',
    source: '来源', reminders: '催办 {n} 次，督办 {m} 次', rework: '返工 {n} 次', photos: '照片', timeline: '处理过程',
    map: '位置与附近未结案件', nearby: '附近未结案件', actions: '操作', reload: '案件已被他人更新，已重新载入',
  },
  actions: {
    FILE: '立案', NOT_FILE: '不予立案', DUPLICATE: '重复件', DISPATCH: '派遣', RETURN: '回退', REQUEST_EXTENSION: '申请延期',
    DECIDE_EXTENSION: '审批延期', DISPOSE: '处置完成', VERIFY: '核查',
    reason: '理由', note: '说明', duplicateOf: '重复于（案件编号）', suggested: '建议派遣：{dept}', noSuggestion: '没有匹配的派遣规则，请选择部门',
    departmentPick: '处置部门', hours: '延期小时数', approve: '批准', reject: '驳回', passed: '核查通过', failed: '未通过（返工）',
    afterPhotos: '处置后照片', pickPhotos: '选择照片', confirm: '确定', cancel: '取消', done: '已完成：{action}',
    confirmIrreversible: '此操作不可撤销，确定{action}？',
  },
  states: {
    SUBMITTED: '已上报', CHECKING: '核实中', FILED: '已立案', NOT_FILED: '不予立案', DUPLICATE: '重复上报',
    DISPATCHED: '已派遣', RETURNED: '已回退', SUSPENDED: '挂账', DEFERRED: '缓办', DISPOSED: '处置完成',
    CLOSED: '已结案', VOIDED: '已作废',
  } as Record<string, string>,
  signIn: {
    title: '指挥中心登录', oidc: '统一身份认证登录', dev: '开发登录（本机试用环境）', as: '以{role}身份登录',
    failed: '登录失败，请重试', notStaff: '此账号没有工作人员角色',
  },
  errors: errorsZh,
}

export type Messages = typeof zhCN
