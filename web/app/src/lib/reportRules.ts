import type { RuntimeConfig } from '@suishoupai/web-shared/config'

export interface DraftMedia {
  kind: 'PHOTO' | 'VIDEO' | 'AUDIO'
  size: number
  name: string
}

export interface ReportDraft {
  media: DraftMedia[]
  categoryCode: string | null
  description: string
  location: { lat: number; lon: number } | null
}

/** What still stops a report from being sent, in the form's order: key of the message and its values. */
export interface Missing {
  field: 'media' | 'category' | 'description' | 'location'
  message: string
  values?: Record<string, string | number>
}

/** The server's intake rules, checked on the phone first so nothing is uploaded for a report that would be refused. */
export function missingForSubmit(draft: ReportDraft, limits: RuntimeConfig['limits']): Missing[] {
  const missing: Missing[] = []
  const photos = draft.media.filter((m) => m.kind === 'PHOTO').length
  if (photos < limits.minPhotos) missing.push({ field: 'media', message: 'report.missing.photos', values: { min: limits.minPhotos } })
  if (draft.media.length > limits.maxItems) missing.push({ field: 'media', message: 'report.missing.tooMany', values: { max: limits.maxItems } })
  for (const m of draft.media) {
    const max = m.kind === 'PHOTO' ? limits.photoMaxBytes : m.kind === 'VIDEO' ? limits.videoMaxBytes : limits.audioMaxBytes
    if (m.size > max) missing.push({ field: 'media', message: 'report.missing.tooLarge', values: { name: m.name, max: formatBytes(max) } })
  }
  if (!draft.categoryCode) missing.push({ field: 'category', message: 'report.missing.category' })
  const length = [...draft.description.trim()].length
  if (length === 0) missing.push({ field: 'description', message: 'report.missing.description' })
  if (length > limits.descriptionMaxLength) {
    missing.push({ field: 'description', message: 'report.missing.descriptionTooLong', values: { max: limits.descriptionMaxLength } })
  }
  if (!draft.location) missing.push({ field: 'location', message: 'report.missing.location' })
  return missing
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`
}

/** A fresh idempotency key for one report, kept with it across every retry and offline wait. */
export function newIdempotencyKey(random: () => string = () => crypto.randomUUID?.() ?? fallbackUuid()): string {
  return `app-${random()}`
}

function fallbackUuid(): string {
  // crypto.randomUUID needs a secure context; WeChat on plain http (a city's test server) may lack it
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
}
