import { errorsEn } from '@suishoupai/web-shared/i18n/errors'
import type { Messages } from './zh-CN'

export const en: Messages = {
  app: { title: 'Suishoupai · Command centre', signOut: 'Sign out', signedInAs: '{name} ({roles})' },
  roles: { screener: 'Screener', handler: 'Handler', inspector: 'Inspector', admin: 'Admin', leader: 'Duty chief' },
  queues: { SCREENING: 'To screen', DEPARTMENT: 'My department', VERIFICATION: 'To verify' },
  queue: {
    caseNumber: 'Case', category: 'Type', address: 'Address', state: 'State', deadline: 'Deadline', overdue: 'Overdue',
    created: 'Reported', empty: 'Queue is empty', keys: 'Keys: J/K to move, Enter to open', refreshed: 'Refreshes every 15 s',
  },
  desk: {
    back: 'Back to queue', details: 'Case', description: 'Description', address: 'Address', category: 'Type', department: 'Department',
    grid: 'Grid', component: 'Component', deadline: 'Deadline', left: '{t} left', overdueBy: 'Overdue by {t}', reporter: 'Reporter',
    source: 'Source', reminders: '{n} reminders, {m} escalations', rework: '{n} rework(s)', photos: 'Photos', timeline: 'Timeline',
    map: 'Location and nearby open cases', nearby: 'Nearby open cases', actions: 'Actions', reload: 'Someone else changed the case; reloaded',
  },
  actions: {
    FILE: 'File', NOT_FILE: 'Do not file', DUPLICATE: 'Duplicate', DISPATCH: 'Dispatch', RETURN: 'Return', REQUEST_EXTENSION: 'Request extension',
    DECIDE_EXTENSION: 'Decide extension', DISPOSE: 'Report fixed', VERIFY: 'Verify',
    reason: 'Reason', note: 'Note', duplicateOf: 'Duplicate of (case number)', suggested: 'Suggested: {dept}', noSuggestion: 'No routing rule matches; choose a department',
    departmentPick: 'Department', hours: 'Hours', approve: 'Approve', reject: 'Reject', passed: 'Passed', failed: 'Failed (rework)',
    afterPhotos: 'After-photos', pickPhotos: 'Choose photos', confirm: 'OK', cancel: 'Cancel', done: 'Done: {action}',
    confirmIrreversible: 'This cannot be undone. {action}?',
  },
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
