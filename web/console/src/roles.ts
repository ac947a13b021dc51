import { session } from '@suishoupai/web-shared/auth/session'

/** The work queues of work-queue, and who has each (the API's access table decides; this only shows). */
export type QueueName = 'SCREENING' | 'EXTENSIONS' | 'DEPARTMENT' | 'CHECK' | 'VERIFICATION' | 'APPROVALS'

export const QUEUES: { name: QueueName; role: string }[] = [
  { name: 'SCREENING', role: 'screener' },
  { name: 'EXTENSIONS', role: 'screener' },
  { name: 'DEPARTMENT', role: 'handler' },
  { name: 'VERIFICATION', role: 'inspector' },
  { name: 'CHECK', role: 'inspector' },
  { name: 'APPROVALS', role: 'leader' },
]

export const STAFF_ROLES = ['screener', 'handler', 'inspector', 'admin', 'leader'] as const

export function has(role: string): boolean {
  return session.roles.includes(role)
}

export function myQueues(): QueueName[] {
  return QUEUES.filter((q) => has(q.role)).map((q) => q.name)
}

/**
 * The actions the case desk offers for a case in a state, by role — the lifecycle's table as the console shows it.
 * The API checks every one again; a refused one comes back as 403/409/422 and is shown in plain words.
 */
export type CaseAction = 'FILE' | 'NOT_FILE' | 'DUPLICATE' | 'CHECK' | 'DISPATCH' | 'RETURN' | 'REQUEST_EXTENSION' | 'DECIDE_EXTENSION' | 'DISPOSE' | 'VERIFY' | 'REPORT_CHECK'

export function actionsFor(state: string, roles: string[], ownDepartment: boolean): CaseAction[] {
  const out: CaseAction[] = []
  if (roles.includes('screener')) {
    if (state === 'SUBMITTED') out.push('FILE', 'NOT_FILE', 'DUPLICATE', 'CHECK')
    if (state === 'FILED' || state === 'RETURNED') out.push('DISPATCH')
    if (state === 'DISPATCHED') out.push('DECIDE_EXTENSION')
  }
  if (roles.includes('handler') && ownDepartment && state === 'DISPATCHED') out.push('DISPOSE', 'REQUEST_EXTENSION', 'RETURN')
  // a second or long extension is the leader's to approve (the API says NEEDS_LEADER to a screener)
  if (roles.includes('leader') && !roles.includes('screener') && state === 'DISPATCHED') out.push('DECIDE_EXTENSION')
  if (roles.includes('inspector') && state === 'DISPOSED') out.push('VERIFY')
  if (roles.includes('inspector') && state === 'CHECKING') out.push('REPORT_CHECK')
  return out
}
