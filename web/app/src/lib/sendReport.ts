import type { ApiClient } from '@suishoupai/web-shared/api/client'
import { ApiError } from '@suishoupai/web-shared/api/problems'
import type { QueuedReport, SendOutcome } from './offlineQueue'
import { putWithRetry, UploadError, type SignedUpload } from '@suishoupai/web-shared/media/upload'

export interface SubmitAnswer {
  caseNumber: string
  state: string
  possibleDuplicates: { caseNumber: string; distanceMeters: number }[]
}

export type Progress = (done: number, total: number, fraction: number) => void

/**
 * Sends one report: signs and uploads the media not yet uploaded (keys are recorded on the report, so a retry
 * uploads only what is missing), then submits with the report's one idempotency key — a submit retried after a
 * lost answer returns the same case instead of making a second.
 */
export async function sendReport(api: ApiClient, report: QueuedReport, progress: Progress = () => {}): Promise<SubmitAnswer> {
  const pending = report.media.filter((m) => !m.key)
  const total = report.media.length
  let done = total - pending.length
  if (pending.length) {
    let signed = await sign(api, pending)
    for (let i = 0; i < pending.length; i++) {
      const item = pending[i]
      try {
        await putWithRetry(signed[i], item.blob, (f) => progress(done, total, f))
      } catch (e) {
        if (!(e instanceof UploadError && e.needsNewUrl)) throw new ApiError('NETWORK', 0, String(e))
        signed = [...signed.slice(0, i), ...(await sign(api, [item])), ...signed.slice(i + 1)]
        await putWithRetry(signed[i], item.blob, (f) => progress(done, total, f))
      }
      item.key = signed[i].key
      done++
      progress(done, total, 1)
    }
  }
  return submitWithRetry(api, report)
}

async function sign(api: ApiClient, items: QueuedReport['media']): Promise<SignedUpload[]> {
  const answer = await api.post('/sign-uploads', {
    items: items.map((m) => ({ kind: m.kind, contentType: m.contentType, contentLength: m.blob.size })),
  })
  return (answer.uploads ?? []).map((u) => ({
    key: u.key ?? '',
    url: u.url ?? '',
    method: u.method ?? 'PUT',
    headers: (u.headers ?? {}) as Record<string, string>,
  }))
}

async function submitWithRetry(api: ApiClient, report: QueuedReport, attempts = 3): Promise<SubmitAnswer> {
  for (let i = 0; ; i++) {
    try {
      const answer = await api.post('/submit-report', {
        idempotencyKey: report.idempotencyKey,
        categoryCode: report.categoryCode,
        description: report.description,
        location: report.location,
        media: report.media.map((m) => m.key ?? ''),
        componentId: report.componentId ?? null,
      })
      return {
        caseNumber: answer.caseNumber ?? '',
        state: answer.state ?? '',
        possibleDuplicates: (answer.possibleDuplicates ?? []).map((d) => ({ caseNumber: d.caseNumber ?? '', distanceMeters: d.distanceMeters })),
      }
    } catch (e) {
      if (!(e instanceof ApiError) || !e.retriable || i >= attempts - 1) throw e
      await new Promise((r) => setTimeout(r, 1000 * 2 ** i))
    }
  }
}

/** The outbox's view of a send: sent, worth retrying later (network), or refused for good (show the code). */
export async function sendForOutbox(api: ApiClient, report: QueuedReport): Promise<SendOutcome> {
  try {
    const answer = await sendReport(api, report)
    return { sent: true, caseNumber: answer.caseNumber }
  } catch (e) {
    if (e instanceof ApiError) return { sent: false, retriable: e.retriable || e.code === 'UNAUTHENTICATED', code: e.code }
    return { sent: false, retriable: true, code: 'NETWORK' }
  }
}
