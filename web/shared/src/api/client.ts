import createClient, { type Middleware } from 'openapi-fetch'
import type { paths } from './schema'
import { ApiError, toApiError } from './problems'

export type Paths = paths
type GetPaths = { [P in keyof paths]: paths[P] extends { get: object } ? P : never }[keyof paths]
type PostPaths = { [P in keyof paths]: paths[P] extends { post: object } ? P : never }[keyof paths]
type Op<P extends keyof paths, M extends 'get' | 'post'> = NonNullable<paths[P][M]>
type Ok<O> = O extends { responses: { 200: { content: { 'application/json': infer R } } } } ? R : never
type Query<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
type Body<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never

/** The answer of GET or POST on a path, as its OpenAPI document declares it. */
export type GetResult<P extends GetPaths> = Ok<Op<P, 'get'>>
export type PostResult<P extends PostPaths> = Ok<Op<P, 'post'>>
export type PostBody<P extends PostPaths> = Body<Op<P, 'post'>>
export type GetQuery<P extends GetPaths> = Query<Op<P, 'get'>>

export interface ApiClient {
  get<P extends GetPaths>(path: P, query?: GetQuery<P>): Promise<GetResult<P>>
  post<P extends PostPaths>(path: P, body: PostBody<P>): Promise<PostResult<P>>
}

/**
 * The functions' API, typed from web/openapi.json (a copy of the all-in-one app's document, checked against it by
 * WebContractTest). Every failure becomes an ApiError with the problem's stable code; nothing else reaches a page.
 */
export function createApi(baseUrl: string, token: () => string | null, fetchImpl?: typeof fetch): ApiClient {
  const client = createClient<paths>({ baseUrl: baseUrl.replace(/\/$/, ''), fetch: fetchImpl })
  const auth: Middleware = {
    onRequest({ request }) {
      const t = token()
      if (t) request.headers.set('Authorization', `Bearer ${t}`)
      return request
    },
  }
  client.use(auth)

  async function settle(run: () => Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<never> {
    let result
    try {
      result = await run()
    } catch (e) {
      if (e instanceof ApiError) throw e
      throw new ApiError('NETWORK', 0, String(e))
    }
    if (result.response.ok) return result.data as never
    throw toApiError(result.response.status, result.error)
  }

  return {
    get(path, query) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return settle(() => (client.GET as any)(path, { params: { query: clean(query) } }))
    },
    post(path, body) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return settle(() => (client.POST as any)(path, { body }))
    },
  }
}

/** Leaves out empty query values (Funqy binds every parameter it is given). */
function clean(query: object | undefined): Record<string, unknown> | undefined {
  if (!query) return undefined
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') out[k] = v
  }
  return out
}
