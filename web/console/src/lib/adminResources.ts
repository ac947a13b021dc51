// The reference data an admin keeps, declared once: where each list comes from, where a row is saved, its key,
// and the fields of its form (in the save call's own names). AdminPage renders every one of them.

export type FieldType = 'text' | 'textarea' | 'number' | 'bool' | 'select' | 'date' | 'datetime' | 'secret'

export interface Field {
  name: string
  type: FieldType
  options?: string[]
  /** Only when creating (a natural key cannot be renamed: save-* upserts by it). */
  createOnly?: boolean
  required?: boolean
}

export interface RowAction {
  name: 'retry' | 'discard' | 'revoke' | 'unblock'
  path: '/retry-notification' | '/discard-notification' | '/revoke-api-key' | '/unblock-reporter'
  /** Shown only where the row is in this state. */
  when?: (row: Record<string, unknown>) => boolean
  /** The call's body for the row ({"id"} unless said otherwise). */
  body?: (row: Record<string, unknown>) => Record<string, unknown>
}

export interface AdminResource {
  name: string
  list: string
  query?: Record<string, string>
  save?: string
  key: string
  columns: string[]
  fields: Field[]
  actions?: RowAction[]
}

export const ADMIN_RESOURCES: AdminResource[] = [
  {
    name: 'categories', list: '/list-categories', save: '/save-category', key: 'code',
    columns: ['code', 'group', 'name', 'timeLimitHours', 'urgentTimeLimitHours', 'urgency', 'points', 'filingConditions'],
    fields: [
      { name: 'code', type: 'text', createOnly: true, required: true },
      { name: 'kind', type: 'select', options: ['EVENT', 'COMPONENT'], required: true },
      { name: 'groupCode', type: 'text', required: true },
      { name: 'groupName', type: 'text', required: true },
      { name: 'name', type: 'text', required: true },
      { name: 'nameEn', type: 'text' },
      { name: 'filingConditions', type: 'textarea' },
      { name: 'timeLimitHours', type: 'number', required: true },
      { name: 'urgentTimeLimitHours', type: 'number' },
      { name: 'workingHours', type: 'bool' },
      { name: 'urgency', type: 'select', options: ['NORMAL', 'URGENT', 'CRITICAL'] },
      { name: 'points', type: 'number' },
      { name: 'defaultDepartmentCode', type: 'text' },
      { name: 'autoDispatch', type: 'bool' },
      { name: 'active', type: 'bool' },
    ],
  },
  {
    name: 'departments', list: '/list-departments', save: '/save-department', key: 'code',
    columns: ['code', 'name', 'nameEn', 'kind', 'active'],
    fields: [
      { name: 'code', type: 'text', createOnly: true, required: true },
      { name: 'name', type: 'text', required: true },
      { name: 'nameEn', type: 'text' },
      { name: 'kind', type: 'select', options: ['BUREAU', 'UTILITY', 'DISTRICT', 'ENTERPRISE'] },
      { name: 'active', type: 'bool' },
    ],
  },
  {
    name: 'routingRules', list: '/list-routing-rules', save: '/save-routing-rule', key: 'id',
    columns: ['id', 'categoryCode', 'areaCode', 'priority', 'departmentCode', 'description', 'active'],
    fields: [
      { name: 'id', type: 'number', createOnly: true },
      { name: 'categoryCode', type: 'text', required: true },
      { name: 'areaCode', type: 'text' },
      { name: 'priority', type: 'number' },
      { name: 'departmentCode', type: 'text', required: true },
      { name: 'description', type: 'text' },
      { name: 'active', type: 'bool' },
    ],
  },
  {
    name: 'calendar', list: '/list-calendar-days', save: '/save-calendar-day', key: 'day',
    columns: ['day', 'kind', 'name'],
    fields: [
      { name: 'day', type: 'date', createOnly: true, required: true },
      { name: 'kind', type: 'select', options: ['HOLIDAY', 'WORKDAY'], required: true },
      { name: 'name', type: 'text' },
    ],
  },
  {
    name: 'rewards', list: '/list-rewards', save: '/save-reward', key: 'sku',
    columns: ['sku', 'name', 'cost', 'stock', 'perPersonLimit', 'activeFrom', 'activeTo', 'active'],
    fields: [
      { name: 'sku', type: 'text', createOnly: true, required: true },
      { name: 'name', type: 'text', required: true },
      { name: 'cost', type: 'number', required: true },
      { name: 'stock', type: 'number', required: true },
      { name: 'perPersonLimit', type: 'number' },
      { name: 'activeFrom', type: 'datetime' },
      { name: 'activeTo', type: 'datetime' },
      { name: 'active', type: 'bool' },
    ],
  },
  {
    name: 'channels', list: '/list-channels', save: '/save-channel', key: 'id',
    columns: ['id', 'ownerKind', 'ownerCode', 'kind', 'url', 'active'],
    fields: [
      { name: 'ownerKind', type: 'select', options: ['DEPARTMENT', 'COMMAND_CENTRE', 'LEADERSHIP', 'CITIZEN', 'FULFILMENT'], required: true },
      { name: 'ownerCode', type: 'text' },
      { name: 'url', type: 'text', required: true },
      { name: 'secret', type: 'secret', required: true },
      { name: 'active', type: 'bool' },
    ],
  },
  {
    name: 'deadLetters', list: '/list-notifications', query: { state: 'DEAD', page: '0', size: '200' }, key: 'id',
    columns: ['id', 'channelId', 'topic', 'attempts', 'lastError', 'createdAt'],
    fields: [],
    actions: [
      { name: 'retry', path: '/retry-notification' },
      { name: 'discard', path: '/discard-notification' },
    ],
  },
  {
    name: 'apiKeys', list: '/list-api-keys', key: 'id',
    columns: ['id', 'clientName', 'keyPrefix', 'createdBy', 'createdAt', 'revokedAt'],
    fields: [],
    actions: [{ name: 'revoke', path: '/revoke-api-key', when: (row) => !row.revokedAt }],
  },
  {
    name: 'templates', list: '/list-templates', save: '/save-template', key: 'code',
    columns: ['code', 'state', 'categoryCode', 'text', 'active'],
    fields: [
      { name: 'code', type: 'text', createOnly: true, required: true },
      {
        name: 'state', type: 'select', required: true,
        options: ['FILED', 'NOT_FILED', 'DUPLICATE', 'CHECKING', 'DISPATCHED', 'RETURNED', 'DISPOSED', 'CLOSED', 'SUSPENDED', 'DEFERRED', 'VOIDED', 'PROGRESS'],
      },
      { name: 'categoryCode', type: 'text' },
      { name: 'text', type: 'textarea', required: true },
      { name: 'active', type: 'bool' },
    ],
  },
  {
    name: 'blockedReporters', list: '/list-blocked-reporters', save: '/block-reporter', key: 'accountId',
    columns: ['accountId', 'reason', 'until', 'blockedBy', 'createdAt'],
    fields: [
      { name: 'accountId', type: 'text', createOnly: true, required: true },
      { name: 'reason', type: 'text', required: true },
      { name: 'until', type: 'datetime' },
    ],
    actions: [{ name: 'unblock', path: '/unblock-reporter', body: (row) => ({ accountId: row.accountId }) }],
  },
]

export function resource(name: string): AdminResource | undefined {
  return ADMIN_RESOURCES.find((r) => r.name === name)
}
