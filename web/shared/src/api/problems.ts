import type { components } from './schema'

type ProblemBody = components['responses']['Problem']['content']['application/problem+json']

/** Every stable error code the API can answer, derived from its OpenAPI document: a new code breaks the build
 *  until the app has a message for it (see i18n). */
export type ProblemCode = ProblemBody['code']

/** What the app itself knows went wrong before or without an answer. */
export type ClientCode = 'NETWORK' | 'UNEXPECTED'

export class ApiError extends Error {
  constructor(
    readonly code: ProblemCode | ClientCode,
    readonly status: number,
    readonly title: string,
    readonly detail?: string,
    readonly errors: { field: string; message: string }[] = [],
  ) {
    super(`${code}: ${title}`)
    this.name = 'ApiError'
  }

  /** Worth trying again later with the same idempotency key: the network, a busy or unavailable server. */
  get retriable(): boolean {
    return this.code === 'NETWORK' || this.status === 503 || this.status === 502 || this.status === 504
      || this.code === 'REQUEST_IN_PROGRESS' || this.status === 429
  }
}

/** Reads a problem-details body (or anything else a proxy may answer) into an ApiError; never shows raw bodies. */
export function toApiError(status: number, body: unknown): ApiError {
  if (body && typeof body === 'object' && 'code' in body && typeof (body as { code: unknown }).code === 'string') {
    const p = body as Partial<ProblemBody> & { errors?: { field: string; message: string }[] }
    return new ApiError(p.code as ProblemCode, status, p.title ?? '', p.detail, Array.isArray(p.errors) ? p.errors : [])
  }
  return new ApiError('UNEXPECTED', status, `HTTP ${status}`)
}
