import { errorsZh } from '@suishoupai/web-shared/i18n/errors'

export const zhCN = {
  app: { title: '随手拍 · 指挥中心', signOut: '退出', signedInAs: '{name}（{roles}）' },
  roles: { screener: '受理员', handler: '处置人员', inspector: '监督员', admin: '管理员', leader: '值班长' } as Record<string, string>,
  queues: { SCREENING: '待受理', EXTENSIONS: '待审批延期', DEPARTMENT: '本部门待处置', CHECK: '待核实', VERIFICATION: '待核查', APPROVALS: '待领导审批', PARKED: '挂账与缓办' } as Record<string, string>,
  queue: {
    caseNumber: '案件编号', category: '问题类型', address: '地址', state: '状态', deadline: '时限', overdue: '已超时',
    created: '上报时间', empty: '队列已清空', keys: '键盘：J/K 上下，Enter 打开', refreshed: '每 15 秒自动刷新',
  },
  desk: {
    stage: '环节', stageDue: '时限', stageEnded: '完成', stageOpen: '进行中', stageNames: { SCREENING: '受理', CHECK: '核实', DISPATCH: '派遣', VERIFICATION: '核查' } as Record<string, string>,
    markDuplicate: '是它的重复', contact: '联系人', extensions: '已延期次数',
    resumeAt: '恢复处置时间', outcome: '结案方式', outcomes: { RESOLVED: '已解决', UNRESOLVED: '无法解决' } as Record<string, string>,
    back: '返回队列', details: '案件信息', description: '描述', address: '地址', category: '问题类型', department: '处置部门',
    grid: '网格', component: '部件', deadline: '处置时限', left: '剩余 {t}', overdueBy: '已超时 {t}', reporter: '上报人',
    source: '来源', reminders: '催办 {n} 次，督办 {m} 次', rework: '返工 {n} 次', photos: '照片', timeline: '处理过程',
    map: '位置与附近未结案件', nearby: '附近未结案件', actions: '操作', reload: '案件已被他人更新，已重新载入',
  },
  actions: {
    urgency: '紧急程度',
    FILE: '立案', NOT_FILE: '不予立案', DUPLICATE: '重复件', DISPATCH: '派遣', RETURN: '回退', REQUEST_EXTENSION: '申请延期',
    DECIDE_EXTENSION: '审批延期', DISPOSE: '处置完成', VERIFY: '核查', CHECK: '派核实', REPORT_CHECK: '核实结果',
    REQUEST_SUSPENSION: '申请挂账', DECIDE_SUSPENSION: '审批挂账', DEFER: '缓办', RESUME: '恢复处置', VOID: '作废',
    CLOSE_UNRESOLVED: '无法解决结案', until: '截至', suspensionAsked: '申请挂账至 {until}：{reason}',
    extensionAsked: '申请延期 {hours} 小时：{reason}',
    found: '属实（回到待受理）', notFound: '不属实（不予立案）', checkPhotos: '现场照片',
    reason: '理由', note: '说明', duplicateOf: '重复于（案件编号）', suggested: '建议派遣：{dept}', noSuggestion: '没有匹配的派遣规则，请选择部门',
    departmentPick: '处置部门', hours: '延期小时数', approve: '批准', reject: '驳回', passed: '核查通过', failed: '未通过（返工）',
    afterPhotos: '处置后照片', pickPhotos: '选择照片', confirm: '确定', cancel: '取消', done: '已完成：{action}',
    confirmIrreversible: '此操作不可撤销，确定{action}？',
  },
  dashboard: {
    rank: '排名', score: '综合指标值', due: '应结案数', downloadXlsx: '下载 Excel',
    title: '运行监测', refresh: '刷新', received: '受理数', trend: '近六个月', map: '网格分布', overdue: '超时未处置',
    noneOverdue: '没有超时案件', bulletins: '月度通报', noBulletins: '暂无通报', month: '月份', download: '下载 CSV',
    by: { DEPARTMENT: '按部门', CATEGORY: '按类别', SOURCE: '按来源', GRID: '按网格' } as Record<string, string>,
    heat: '热力图', heatSummary: '{cases} 件，{cells} 个 {meters} 米方格', heatTruncated: '（只显示最集中的 {cells} 个方格）',
  },
  indicators: {
    screeningOnTimeRate: '受理按时率', checkOnTimeRate: '核实按时率', dispatchOnTimeRate: '派遣按时率', verificationOnTimeRate: '核查按时率',
    dueClosureRate: '结案率（应结案）', onTimeClosureRate: '按期结案率', extensionRate: '延期率',
    filingRate: '立案率', dispatchAccuracy: '派遣准确率', onTimeDisposalRate: '按期处置率', closureRate: '结案率',
    reworkRate: '返工率', averageSatisfaction: '满意度',
  } as Record<string, string>,
  menu: { dashboard: '运行监测' },
  admin: {
    title: '系统管理', new: '新增', edit: '编辑', save: '保存', saved: '已保存', empty: '暂无数据',
    confirm: '确定{action}（{id}）？此操作不可撤销。', clientName: '接入方名称', keyOnce: '新密钥（只显示这一次，请立即保存）：{key}',
    resources: {
      categories: '问题类别', departments: '部门', routingRules: '派遣规则', calendar: '工作日历', rewards: '积分奖品',
      channels: '通知渠道', deadLetters: '投递失败的通知', apiKeys: 'Open311 接入密钥', areas: '区域与网格', components: '部件',
    } as Record<string, string>,
    actions: { retry: '重新投递', discard: '丢弃', revoke: '吊销', createKey: '生成密钥' } as Record<string, string>,
    fields: {
      code: '编码', kind: '类型', group: '大类', groupCode: '大类编码', groupName: '大类名称', name: '名称', nameEn: '英文名称',
      filingConditions: '立案条件', timeLimitHours: '处置时限（小时）', urgentTimeLimitHours: '紧急处置时限（小时）', workingHours: '按工作时间计', urgency: '紧急程度', points: '积分',
      defaultDepartmentCode: '默认部门', autoDispatch: '自动派遣', active: '启用', id: '编号', categoryCode: '类别编码', areaCode: '区域编码',
      priority: '优先级', departmentCode: '部门编码', description: '说明', day: '日期', sku: '商品编码', cost: '所需积分', stock: '库存',
      perPersonLimit: '每人限兑', activeFrom: '开始时间', activeTo: '结束时间', ownerKind: '接收方类型', ownerCode: '接收方编码', url: '地址',
      secret: '签名密钥', channelId: '渠道', topic: '主题', attempts: '尝试次数', lastError: '最后错误', createdAt: '创建时间',
      clientName: '接入方', keyPrefix: '密钥前缀', createdBy: '创建人', revokedAt: '吊销时间', parentCode: '上级区域',
    } as Record<string, string>,
    drawnArea: '新绘制的区域', drawHint: '或在地图上用左侧的多边形工具画出区域。',
    tester: '派遣测试：选择类别后点击地图，看这里的上报会派给哪个部门', testerCategory: '问题类别', byDefault: '类别默认部门', noRoute: '没有匹配的部门（将进入人工派遣）',
    importComponents: '导入部件', componentsHint: 'GeoJSON 点或 CSV（id,categoryCode,name,lat,lon,ownerDepartmentCode,maintainerDepartmentCode,state）；地图显示中心 200 米内最近的 20 个部件。',
    import: '导入 GeoJSON', importHint: '选择 GeoJSON 文件（FeatureCollection，properties 含 code、name、kind、parentCode）', imported: '已导入 {saved} 个，拒绝 {refused} 个',
  },
  sources: {
    CITIZEN: '市民上报', STAFF: '工作人员上报', OPEN311: 'Open311 接入', SUPERVISOR: '监督员巡查', HOTLINE: '热线',
    LEADERSHIP: '领导交办', DEPARTMENT: '部门转办', MEDIA: '媒体曝光', VIDEO: '视频监控',
  } as Record<string, string>,
  register: {
    title: '登记案件', source: '来源', pickCategory: '选择问题类别', contactName: '联系人', contactPhone: '联系电话',
    photos: '照片（可选）', submit: '登记', clickMap: '在地图上点击问题位置', done: '已登记：{number}',
  },
  urgency: { NORMAL: '一般', URGENT: '紧急（急要件）' } as Record<string, string>,
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
