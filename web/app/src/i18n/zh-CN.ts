import { errorsZh } from '@suishoupai/web-shared/i18n/errors'

export const zhCN = {
  app: { title: '随手拍', tagline: '随手一拍，城市更美' },
  nav: { home: '首页', report: '我要上报', cases: '查询', mine: '我的', points: '积分' },
  common: {
    loading: '加载中…', empty: '暂无内容', retry: '重试', cancel: '取消', confirm: '确定', copy: '复制',
    copied: '已复制', signIn: '登录', signOut: '退出登录', back: '返回', more: '加载更多', offline: '当前没有网络',
  },
  home: { following: '我的关注', 
    intro: '看到城市里的问题？拍下来告诉我们：井盖破损、垃圾满溢、占道经营、树木倒伏……',
    report: '我要上报', lookup: '查询案件', mine: '我的上报', points: '我的积分',
    outbox: '有 {n} 条上报等待网络恢复后发送', outboxSent: '离线上报已发送：{numbers}',
  },
  report: {
    title: '我要上报',
    photos: '照片', photosHint: '请至少拍两张：远景（拍清位置）、近景（拍清问题）、细节（拍清细节）',
    shotKinds: '远景,近景,细节',
    addPhoto: '拍照/相册', addVideo: '视频', voice: '语音', recording: '录音中… 点击停止', voiceUnsupported: '此浏览器不支持录音',
    moveUp: '前移', remove: '删除',
    category: '问题类型', categoryPlaceholder: '请选择问题类型', categorySearch: '搜索问题类型',
    filingConditions: '立案条件',
    description: '问题描述', descriptionPlaceholder: '请描述问题，例如：人行道上的井盖破损，有安全隐患',
    location: '位置', locate: '重新定位', locating: '正在定位…', locateFailed: '无法获取位置，请在地图上点选',
    mapHint: '拖动图钉或点击地图，把位置放准', address: '详细地址', addressPlaceholder: '例如：金桂路 88 号门口',
    component: '是这个部件吗？', componentNone: '不是这些',
    submit: '提交', submitting: '正在提交…', uploading: '正在上传照片 {done}/{total}',
    savedOffline: '没有网络，已保存在手机上，网络恢复后自动发送',
    missing: {
      photos: '请至少拍 {min} 张照片', tooMany: '照片和视频最多 {max} 个', category: '请选择问题类型',
      description: '请描述问题', descriptionTooLong: '描述最多 {max} 字', location: '请在地图上选择位置',
      tooLarge: '{name} 太大（最大 {max}）',
    },
  },
  done: {
    title: '上报成功', number: '案件编号', hint: '请记下编号，可随时查询处理进度',
    duplicates: '附近可能已有相同问题的上报', distance: '相距 {m} 米', view: '查看案件', again: '再报一件',
  },
  lookup: {
    title: '查询案件', number: '案件编号', numberPlaceholder: '例如 XN-20260101-000001', go: '查询',
    search: '按类型、描述或地点搜索', keyword: '关键词', place: '地点', results: '共 {n} 件', none: '没有找到案件',
  },
  following: { title: '我的关注', list: '正在关注', none: '还没有关注', case: '案件 {n}', area: '区域：{n}', near: '一处地点周围 {r} 米', stop: '取消', placeTitle: '关注一片区域', placeHint: '在地图上选一处（如您家附近），那里的新问题和进展都会通知您', radius: '{r} 米', add: '关注这片区域', added: '已关注，有进展会通知您' },
  case: {
    follow: '关注进展', unfollow: '取消关注', followed: '已关注，有进展会通知您', unfollowed: '已取消关注', supporters: '{n} 人也遇到', support: '我也遇到', supported: '已反馈，谢谢', followUp: '补充情况', followUpHint: '有新情况？写下来，处置部门会收到', followUpSubmit: '提交补充', followUpSent: '已补充，处置部门会收到',
    resumeAt: '恢复处置时间', outcome: '结案方式', why: '原因',
    title: '案件详情', state: '状态', category: '问题类型', department: '处置部门', deadline: '处置时限',
    address: '地址', reported: '上报时间', timeline: '处理进度', photos: '照片', afterPhotos: '处置后照片',
    rate: '评价处理结果', rateHint: '您的评价会计入部门考核', comment: '留言（选填）', rated: '感谢您的评价',
    reopened: '已重新派遣处理', submitRating: '提交评价', duplicateOf: '与案件 {n} 重复，随其处理',
  },
  outcomes: { RESOLVED: '已解决', UNRESOLVED: '未能解决' } as Record<string, string>,
  states: {
    SUBMITTED: '已上报', CHECKING: '核实中', FILED: '已立案', NOT_FILED: '不予立案', DUPLICATE: '重复上报',
    DISPATCHED: '已派遣', RETURNED: '已回退', SUSPENDED: '挂账', DEFERRED: '缓办', DISPOSED: '处置完成',
    CLOSED: '已结案', VOIDED: '已作废',
  } as Record<string, string>,
  steps: {
    SUBMITTED: '上报', CHECKING: '核实', FILED: '立案', NOT_FILED: '不予立案', DUPLICATE: '合并', DISPATCHED: '派遣',
    RETURNED: '回退', SUSPENDED: '挂账', DEFERRED: '缓办', DISPOSED: '处置', CLOSED: '结案', VOIDED: '作废',
  } as Record<string, string>,
  mine: { title: '我的上报', none: '您还没有上报过', signInFirst: '登录后查看您的上报', outbox: '等待发送', refused: '未能发送：{msg}', discard: '删除' },
  points: {
    title: '我的积分', balance: '积分余额', today: '今日获得 {n}', history: '积分明细', mall: '积分商城',
    cost: '{n} 积分', stock: '库存 {n}', limit: '每人限兑 {n}', redeem: '兑换', redeemConfirm: '用 {cost} 积分兑换「{name}」？',
    redeemed: '兑换成功，请留意发放通知', myRedemptions: '我的兑换', none: '暂无记录',
    reasons: { FILED: '上报被立案', CLOSED: '上报已结案', ADJUSTMENT: '人工调整', REDEMPTION: '兑换奖品', REFUND: '兑换退回' } as Record<string, string>,
    redemptionStates: { PENDING: '待发放', FULFILLED: '已发放', CANCELLED: '已取消' } as Record<string, string>,
  },
  signIn: {
    title: '登录', why: '上报、查看我的上报和积分需要登录', oidc: '统一身份认证登录', dev: '开发登录（示例市民）',
    devHint: '仅在本机试用环境出现：选择一位示例市民', custom: '其他账号', signedInAs: '当前用户：{name}',
    failed: '登录失败，请重试',
  },
  errors: errorsZh,
}

export type Messages = typeof zhCN
