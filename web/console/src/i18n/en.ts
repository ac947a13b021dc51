import { errorsEn } from '@suishoupai/web-shared/i18n/errors'
import type { Messages } from './zh-CN'

export const en: Messages = {
  app: { title: 'Suishoupai · Command centre', signOut: 'Sign out', signedInAs: '{name} ({roles})' },
  roles: { screener: 'Screener', handler: 'Handler', inspector: 'Inspector', admin: 'Admin', leader: 'Duty chief' },
  queues: { SCREENING: 'To screen', EXTENSIONS: 'Extensions to decide', DEPARTMENT: 'My department', CHECK: 'To check on site', VERIFICATION: 'To verify', APPROVALS: 'Approvals', PARKED: 'Parked and deferred' },
  queue: {
    caseNumber: 'Case', category: 'Type', address: 'Address', state: 'State', deadline: 'Deadline', overdue: 'Overdue',
    created: 'Reported', empty: 'Queue is empty', keys: 'Keys: J/K to move, Enter to open', refreshed: 'Refreshes every 15 s',
  },
  desk: {
    stage: 'Stage', stageDue: 'Due', stageEnded: 'Done', stageOpen: 'Open', stageNames: { SCREENING: 'Screening', CHECK: 'Check', DISPATCH: 'Dispatch', VERIFICATION: 'Verification' } as Record<string, string>,
    markDuplicate: 'Duplicate of this', contact: 'Contact', extensions: 'Extensions granted',
    resumeAt: 'Resumes', outcome: 'Outcome', outcomes: { RESOLVED: 'Fixed', UNRESOLVED: 'Closed unresolved' } as Record<string, string>,
    back: 'Back to queue', details: 'Case', description: 'Description', address: 'Address', category: 'Type', department: 'Department',
    grid: 'Grid', component: 'Component', deadline: 'Deadline', left: '{t} left', overdueBy: 'Overdue by {t}', reporter: 'Reporter',
    source: 'Source', reminders: '{n} reminders, {m} escalations', rework: '{n} rework(s)', photos: 'Photos', timeline: 'Timeline',
    map: 'Location and nearby open cases', nearby: 'Nearby open cases', actions: 'Actions', reload: 'Someone else changed the case; reloaded',
  },
  actions: {
    urgency: 'Urgency',
    FILE: 'File', NOT_FILE: 'Do not file', DUPLICATE: 'Duplicate', DISPATCH: 'Dispatch', RETURN: 'Return', REQUEST_EXTENSION: 'Request extension',
    DECIDE_EXTENSION: 'Decide extension', DISPOSE: 'Report fixed', VERIFY: 'Verify', CHECK: 'Send to check', REPORT_CHECK: 'Check result',
    REQUEST_SUSPENSION: 'Request suspension', DECIDE_SUSPENSION: 'Decide suspension', DEFER: 'Defer', RESUME: 'Resume', VOID: 'Void',
    CLOSE_UNRESOLVED: 'Close unresolved', until: 'Until', suspensionAsked: 'Asks to park it until {until}: {reason}',
    extensionAsked: 'Asks for {hours} more hours: {reason}',
    found: 'Found (back to screening)', notFound: 'Not found (not filed)', checkPhotos: 'On-site photos',
    reason: 'Reason', note: 'Note', duplicateOf: 'Duplicate of (case number)', suggested: 'Suggested: {dept}', noSuggestion: 'No routing rule matches; choose a department',
    departmentPick: 'Department', hours: 'Hours', approve: 'Approve', reject: 'Reject', passed: 'Passed', failed: 'Failed (rework)',
    afterPhotos: 'After-photos', pickPhotos: 'Choose photos', confirm: 'OK', cancel: 'Cancel', done: 'Done: {action}',
    confirmIrreversible: 'This cannot be undone. {action}?',
  },
  dashboard: {
    rank: 'Rank', score: 'Score', due: 'Due', downloadXlsx: 'Download Excel',
    title: 'Performance', refresh: 'Refresh', received: 'Received', trend: 'Last six months', map: 'By grid', overdue: 'Overdue',
    noneOverdue: 'Nothing overdue', bulletins: 'Monthly bulletins', noBulletins: 'No bulletins yet', month: 'Month', download: 'Download CSV',
    by: { DEPARTMENT: 'By department', CATEGORY: 'By category', SOURCE: 'By source', GRID: 'By grid' },
    heat: 'Heat map', heatSummary: '{cases} cases in {cells} cells of {meters} m', heatTruncated: ' (only the {cells} busiest cells shown)',
  },
  indicators: {
    screeningOnTimeRate: 'Screened on time', checkOnTimeRate: 'Checked on time', dispatchOnTimeRate: 'Dispatched on time', verificationOnTimeRate: 'Verified on time',
    dueClosureRate: 'Closed of due', onTimeClosureRate: 'Closed on time of due', extensionRate: 'Extension rate',
    filingRate: 'Filing rate', dispatchAccuracy: 'Dispatch accuracy', onTimeDisposalRate: 'On-time disposal', closureRate: 'Closure rate',
    reworkRate: 'Rework rate', averageSatisfaction: 'Satisfaction',
  },
  menu: { dashboard: 'Performance' },
  admin: {
    title: 'Administration', new: 'New', edit: 'Edit', save: 'Save', saved: 'Saved', empty: 'Nothing yet',
    confirm: '{action} {id}? This cannot be undone.', clientName: 'Client name', keyOnce: 'New key (shown only now; store it): {key}',
    resources: {
      categories: 'Categories', departments: 'Departments', routingRules: 'Routing rules', calendar: 'Working calendar', rewards: 'Rewards',
      channels: 'Notification channels', deadLetters: 'Dead letters', apiKeys: 'Open311 API keys', areas: 'Areas and grids', components: 'Components',
    },
    actions: { retry: 'Retry', discard: 'Discard', revoke: 'Revoke', createKey: 'Create key' },
    fields: {
      code: 'Code', kind: 'Kind', group: 'Group', groupCode: 'Group code', groupName: 'Group name', name: 'Name', nameEn: 'English name',
      filingConditions: 'Filing conditions', timeLimitHours: 'Time limit (h)', urgentTimeLimitHours: 'Urgent time limit (h)', workingHours: 'Working hours', urgency: 'Urgency', points: 'Points',
      defaultDepartmentCode: 'Default department', autoDispatch: 'Auto-dispatch', active: 'Active', id: 'Id', categoryCode: 'Category', areaCode: 'Area',
      priority: 'Priority', departmentCode: 'Department', description: 'Description', day: 'Day', sku: 'SKU', cost: 'Cost', stock: 'Stock',
      perPersonLimit: 'Per person', activeFrom: 'From', activeTo: 'To', ownerKind: 'Owner kind', ownerCode: 'Owner', url: 'URL',
      secret: 'Signing secret', channelId: 'Channel', topic: 'Topic', attempts: 'Attempts', lastError: 'Last error', createdAt: 'Created',
      clientName: 'Client', keyPrefix: 'Key prefix', createdBy: 'Created by', revokedAt: 'Revoked', parentCode: 'Parent',
    },
    drawnArea: 'New area', drawHint: 'Or draw one on the map with the polygon tool on its left.',
    tester: 'Routing tester: choose a category, then click the map to see which department a report there would get', testerCategory: 'Category', byDefault: 'category default', noRoute: 'No department fits (manual dispatch)',
    importComponents: 'Import components', componentsHint: 'GeoJSON points or CSV (id,categoryCode,name,lat,lon,ownerDepartmentCode,maintainerDepartmentCode,state); the map shows the 20 nearest within 200 m of its centre.',
    import: 'Import GeoJSON', importHint: 'Choose a GeoJSON FeatureCollection (properties: code, name, kind, parentCode)', imported: '{saved} imported, {refused} refused',
  },
  sources: {
    CITIZEN: 'Citizen', STAFF: 'City staff', OPEN311: 'Open311', SUPERVISOR: 'Inspector patrol', HOTLINE: 'Hotline',
    LEADERSHIP: 'Leadership', DEPARTMENT: 'Another department', MEDIA: 'Media', VIDEO: 'Cameras',
  } as Record<string, string>,
  register: {
    title: 'Register a case', source: 'Source', pickCategory: 'Pick a category', contactName: 'Contact', contactPhone: 'Phone',
    photos: 'Photos (optional)', submit: 'Register', clickMap: 'Click the map where the problem is', done: 'Registered: {number}',
  },
  urgency: { NORMAL: 'Normal', URGENT: 'Urgent' } as Record<string, string>,
  states: {
    SUBMITTED: 'Reported', CHECKING: 'Being checked', FILED: 'Filed', NOT_FILED: 'Not filed', DUPLICATE: 'Duplicate',
    DISPATCHED: 'Dispatched', RETURNED: 'Returned', SUSPENDED: 'Suspended', DEFERRED: 'Deferred', DISPOSED: 'Fixed',
    CLOSED: 'Closed', VOIDED: 'Voided',
  },
  signIn: {
    title: 'Command centre sign-in', oidc: 'Sign in with the city account', dev: 'Dev sign-in (local trial)', as: 'Sign in as {role}',
    failed: 'Sign-in failed; try again', notStaff: 'This account has no staff role',
  },
  errors: errorsEn,
}
