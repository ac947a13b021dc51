import { describe, expect, it } from 'vitest'
import { MemoryQueueStore, OfflineQueue, type QueuedReport, type SendOutcome } from '../src/lib/offlineQueue'

function report(id: string, createdAt: string): QueuedReport {
  return {
    id, idempotencyKey: `key-${id}`, categoryCode: '01-04-02', description: 'd',
    location: { lat: 29.84, lon: 114.32, coordSystem: 'WGS84' }, media: [], createdAt, owner: 'citizen-a',
  }
}

describe('the offline outbox', () => {
  it('sends what waits, oldest first, with each report\'s own idempotency key, and forgets what was sent', async () => {
    const sentKeys: string[] = []
    const queue = new OfflineQueue(new MemoryQueueStore(), async (r): Promise<SendOutcome> => {
      sentKeys.push(r.idempotencyKey)
      return { sent: true, caseNumber: `XN-${r.id}` }
    })
    await queue.enqueue(report('b', '2026-12-02T10:00:01Z'))
    await queue.enqueue(report('a', '2026-12-02T10:00:00Z'))
    const result = await queue.flush()
    expect(sentKeys).toEqual(['key-a', 'key-b'])
    expect(result.sent.map((s) => s.caseNumber)).toEqual(['XN-a', 'XN-b'])
    expect(await queue.list()).toEqual([])
  })

  it('keeps everything while the network is down and sends it, with the same key, when it returns', async () => {
    let online = false
    const keys: string[] = []
    const queue = new OfflineQueue(new MemoryQueueStore(), async (r): Promise<SendOutcome> => {
      keys.push(r.idempotencyKey)
      return online ? { sent: true, caseNumber: 'XN-1' } : { sent: false, retriable: true, code: 'NETWORK' }
    })
    await queue.enqueue(report('a', '2026-12-02T10:00:00Z'))
    await queue.enqueue(report('b', '2026-12-02T10:00:01Z'))
    const down = await queue.flush()
    expect(down.waiting).toBe(2)
    expect(keys).toEqual(['key-a']) // stops at the first network failure
    online = true
    const up = await queue.flush()
    expect(up.sent).toHaveLength(2)
    expect(keys).toEqual(['key-a', 'key-a', 'key-b'])
  })

  it('marks a refused report with its code and does not send it again', async () => {
    let calls = 0
    const queue = new OfflineQueue(new MemoryQueueStore(), async (): Promise<SendOutcome> => {
      calls++
      return { sent: false, retriable: false, code: 'OUT_OF_SERVICE_AREA' }
    })
    await queue.enqueue(report('a', '2026-12-02T10:00:00Z'))
    expect((await queue.flush()).refused).toEqual([{ id: 'a', code: 'OUT_OF_SERVICE_AREA' }])
    await queue.flush()
    expect(calls).toBe(1)
    expect((await queue.list())[0].refused).toBe('OUT_OF_SERVICE_AREA')
  })

  it('runs one flush at a time: the online event and the app start never send a report twice at once', async () => {
    let calls = 0
    let release!: () => void
    const gate = new Promise<void>((r) => (release = r))
    const queue = new OfflineQueue(new MemoryQueueStore(), async (): Promise<SendOutcome> => {
      calls++
      await gate
      return { sent: true, caseNumber: 'XN-1' }
    })
    await queue.enqueue(report('a', '2026-12-02T10:00:00Z'))
    const first = queue.flush()
    const second = queue.flush()
    release()
    await Promise.all([first, second])
    expect(calls).toBe(1)
  })

  it('sends only the signed-in citizen\'s own reports: on a shared phone another\'s waits for them', async () => {
    let signedIn = 'citizen-b'
    const sent: string[] = []
    const queue = new OfflineQueue(
      new MemoryQueueStore(),
      async (r): Promise<SendOutcome> => {
        sent.push(r.id)
        return { sent: true, caseNumber: 'XN-1' }
      },
      (r) => r.owner === signedIn,
    )
    await queue.enqueue(report('a', '2026-12-02T10:00:00Z'))
    expect((await queue.flush()).waiting).toBe(0)
    expect(sent).toEqual([])
    signedIn = 'citizen-a'
    await queue.flush()
    expect(sent).toEqual(['a'])
  })
})
