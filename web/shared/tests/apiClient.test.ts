import { describe, expect, it } from 'vitest'
import { createApi } from '../src/api/client'
import { ApiError } from '../src/api/problems'

function fakeFetch(status: number, body: unknown, contentType = 'application/json', seen: Request[] = []): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init)
    seen.push(request)
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })
  }
}

describe('the API client', () => {
  it('sends the bearer token and the query, and answers the typed body', async () => {
    const seen: Request[] = []
    const api = createApi('http://api.test/', () => 'tok', fakeFetch(200, { balance: 12, earnedToday: 2 }, 'application/json', seen))
    const answer = await api.get('/points-balance')
    expect(answer.balance).toBe(12)
    expect(seen[0].headers.get('Authorization')).toBe('Bearer tok')
    expect(seen[0].url).toBe('http://api.test/points-balance')
  })

  it('leaves empty query values out and sends no token when signed out', async () => {
    const seen: Request[] = []
    const api = createApi('http://api.test', () => null, fakeFetch(200, { items: [], page: 0, size: 20, total: 0 }, 'application/json', seen))
    await api.get('/search-cases', { q: '井盖', place: '', size: '20' })
    const url = new URL(seen[0].url)
    expect(url.searchParams.get('q')).toBe('井盖')
    expect(url.searchParams.has('place')).toBe(false)
    expect(seen[0].headers.has('Authorization')).toBe(false)
  })

  it('turns a problem-details answer into an ApiError with its stable code', async () => {
    const api = createApi('http://api.test', () => 't', fakeFetch(422, { type: 'about:blank', title: 'Outside', status: 422, code: 'OUT_OF_SERVICE_AREA' }, 'application/problem+json'))
    const error = await api.post('/submit-report', { idempotencyKey: 'k-12345678' }).catch((e) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error.code).toBe('OUT_OF_SERVICE_AREA')
    expect(error.status).toBe(422)
    expect(error.retriable).toBe(false)
  })

  it('never passes a raw body on: a proxy\'s HTML error page becomes UNEXPECTED', async () => {
    const api = createApi('http://api.test', () => null, fakeFetch(502, '<html>Bad gateway</html>', 'text/html'))
    const error = await api.get('/list-categories').catch((e) => e)
    expect(error.code).toBe('UNEXPECTED')
    expect(error.retriable).toBe(true)
    expect(error.message).not.toContain('<html>')
  })

  it('reports a failed connection as NETWORK, which the outbox retries', async () => {
    const api = createApi('http://api.test', () => null, async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await api.get('/list-categories').catch((e) => e)
    expect(error.code).toBe('NETWORK')
    expect(error.retriable).toBe(true)
  })
})
