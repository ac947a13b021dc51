import { session } from '@suishoupai/web-shared/auth/session'

/** The work queues of work-queue, and who has each (the API's access table decides; this only shows). */
export type QueueName = 'SCREENING' | 'EXTENSIONS' | 'DEPARTMENT' | 'MINE' | 'CHECK' | 'VERIFICATION' | 'APPROVALS' | 'PARKED'

export const QUEUES: { name: QueueName; roles: string[] }[] = [
  { name: 'SCREENING', roles: ['screener'] },
  { name: 'EXTENSIONS', roles: ['screener'] },
  { name: 'DEPARTMENT', roles: ['handler'] },
  { name: 'MINE', roles: ['handler'] },
  { name: 'VERIFICATION', roles: ['inspector'] },
  { name: 'CHECK', roles: ['inspector'] },
  { name: 'APPROVALS', roles: ['leader'] },
  { name: 'PARKED', roles: ['screener', 'leader'] },
]

export const STAFF_ROLES = ['screener', 'handler', 'inspector', 'admin', 'leader'] as const

export function has(role: string): boolean {
  return session.roles.includes(role)
}

export function myQueues(): QueueName[] {
  return QUEUES.filter((q) => q.roles.some(has)).map((q) => q.name)
}

/**
 * The actions the case desk offers for a case in a state, by role — the lifecycle's table as the console shows it.
 * The API checks every one again; a refused one comes back as 403/409/422 and is shown in plain words.
 */
export type CaseAction = 'FILE' | 'NOT_FILE' | 'DUPLICATE' | 'CHECK' | 'DISPATCH' | 'RETURN' | 'REQUEST_EXTENSION' | 'DECIDE_EXTENSION' | 'DISPOSE' | 'VERIFY' | 'REPORT_CHECK'
  | 'REQUEST_SUSPENSION' | 'DECIDE_SUSPENSION' | 'DEFER' | 'RESUME' | 'VOID' | 'CLOSE_UNRESOLVED'

/** What the staff view says is waiting for a decision (null on views that do not say). */
export interface Pending {
  extension: boolean
  suspension: boolean
}

const PAUSED = ['SUSPENDED', 'DEFERRED']
const VOIDABLE = ['FILED', 'DISPATCHED', 'RETURNED', 'DISPOSED', ...PAUSED]
const UNRESOLVABLE = ['DISPATCHED', 'DISPOSED', ...PAUSED]

export function actionsFor(state: string, roles: string[], ownDepartment: boolean, pending: Pending = { extension: true, suspension: false }): CaseAction[] {
  const out: CaseAction[] = []
  const screener = roles.includes('screener')
  const leader = roles.includes('leader')
  if (screener) {
    if (state === 'SUBMITTED') out.push('FILE', 'NOT_FILE', 'DUPLICATE', 'CHECK')
    if (state === 'FILED' || state === 'RETURNED') out.push('DISPATCH')
  }
  if (roles.includes('handler') && ownDepartment && state === 'DISPATCHED') {
    out.push('DISPOSE', 'REQUEST_EXTENSION', 'RETURN')
    if (!pending.suspension) out.push('REQUEST_SUSPENSION')
  }
  // a second or long extension is the leader's to approve (the API says NEEDS_LEADER to a screener)
  if ((screener || leader) && state === 'DISPATCHED' && pending.extension) out.push('DECIDE_EXTENSION')
  if (leader && state === 'DISPATCHED') {
    if (pending.suspension) out.push('DECIDE_SUSPENSION')
    out.push('DEFER')
  }
  if ((screener || leader) && PAUSED.includes(state)) out.push('RESUME')
  if (leader && UNRESOLVABLE.includes(state)) out.push('CLOSE_UNRESOLVED')
  if (leader && VOIDABLE.includes(state)) out.push('VOID')
  if (roles.includes('inspector') && state === 'DISPOSED') out.push('VERIFY')
  if (roles.includes('inspector') && state === 'CHECKING') out.push('REPORT_CHECK')
  return out
}
