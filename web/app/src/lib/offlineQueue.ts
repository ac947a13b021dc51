// A report prepared without a network is kept on the phone (IndexedDB: photos are Blobs) and sent when the network
// returns, with the idempotency key it was given when it was made, so sending it twice never makes two cases.

export interface QueuedMedia {
  kind: 'PHOTO' | 'VIDEO' | 'AUDIO'
  contentType: string
  blob: Blob
  /** Set once uploaded: a retry does not upload it again. */
  key?: string
}

export interface QueuedReport {
  id: string
  idempotencyKey: string
  categoryCode: string
  description: string
  location: { lat: number; lon: number; coordSystem: string; address?: string }
  componentId?: string
  media: QueuedMedia[]
  createdAt: string
  /** Who made it (the token's subject): on a shared phone, one citizen's report is never sent as another's. */
  owner: string | null
  /** The refusal that stopped it (an error code), shown to the citizen; it is not sent again until edited. */
  refused?: string
}

export interface QueueStore {
  all(): Promise<QueuedReport[]>
  put(report: QueuedReport): Promise<void>
  remove(id: string): Promise<void>
}

export type SendOutcome = { sent: true; caseNumber: string } | { sent: false; retriable: boolean; code: string }

export interface FlushResult {
  sent: { id: string; caseNumber: string }[]
  refused: { id: string; code: string }[]
  waiting: number
}

export class OfflineQueue {
  private running: Promise<FlushResult> | null = null

  constructor(
    private readonly store: QueueStore,
    private readonly send: (report: QueuedReport) => Promise<SendOutcome>,
    /** Whose reports may be sent now: the signed-in citizen's own. */
    private readonly sendable: (report: QueuedReport) => boolean = () => true,
  ) {}

  async enqueue(report: QueuedReport): Promise<void> {
    await this.store.put(report)
  }

  list(): Promise<QueuedReport[]> {
    return this.store.all()
  }

  remove(id: string): Promise<void> {
    return this.store.remove(id)
  }

  /** Sends what waits, oldest first; one flush at a time (a second call joins the running one). */
  flush(): Promise<FlushResult> {
    if (!this.running) {
      this.running = this.run().finally(() => {
        this.running = null
      })
    }
    return this.running
  }

  private async run(): Promise<FlushResult> {
    const result: FlushResult = { sent: [], refused: [], waiting: 0 }
    const reports = (await this.store.all()).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    for (const report of reports) {
      if (report.refused || !this.sendable(report)) continue
      const outcome = await this.send(report)
      if (outcome.sent) {
        await this.store.remove(report.id)
        result.sent.push({ id: report.id, caseNumber: outcome.caseNumber })
      } else if (outcome.retriable) {
        result.waiting++
        // keep the uploaded keys the send recorded on the report
        await this.store.put(report)
        break // the network is still down: the rest would fail the same way
      } else {
        await this.store.put({ ...report, refused: outcome.code })
        result.refused.push({ id: report.id, code: outcome.code })
      }
    }
    result.waiting = (await this.store.all()).filter((r) => !r.refused && this.sendable(r)).length
    return result
  }
}

export class MemoryQueueStore implements QueueStore {
  private readonly items = new Map<string, QueuedReport>()
  async all() {
    return [...this.items.values()]
  }
  async put(report: QueuedReport) {
    this.items.set(report.id, report)
  }
  async remove(id: string) {
    this.items.delete(id)
  }
}

/** The store on the phone: one IndexedDB object store of reports, their photos as Blobs. */
export class IndexedDbQueueStore implements QueueStore {
  private db: Promise<IDBDatabase> | null = null

  constructor(private readonly name = 'suishoupai-outbox') {}

  private open(): Promise<IDBDatabase> {
    if (!this.db) {
      this.db = new Promise((resolve, reject) => {
        const req = indexedDB.open(this.name, 1)
        req.onupgradeneeded = () => req.result.createObjectStore('reports', { keyPath: 'id' })
        req.onsuccess = () => resolve(req.result)
        req.onerror = () => reject(req.error)
      })
    }
    return this.db
  }

  private async tx<T>(mode: IDBTransactionMode, work: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const db = await this.open()
    return new Promise((resolve, reject) => {
      const request = work(db.transaction('reports', mode).objectStore('reports'))
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
  }

  all() {
    return this.tx('readonly', (s) => s.getAll() as IDBRequest<QueuedReport[]>)
  }
  async put(report: QueuedReport) {
    await this.tx('readwrite', (s) => s.put(report))
  }
  async remove(id: string) {
    await this.tx('readwrite', (s) => s.delete(id))
  }
}
