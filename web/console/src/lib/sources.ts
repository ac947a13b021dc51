/** The sources a screener registers with register-case (the API's CaseSource.REGISTERED; it refuses any other). */
export const REGISTERED_SOURCES = ['HOTLINE', 'LEADERSHIP', 'DEPARTMENT', 'MEDIA', 'VIDEO'] as const
