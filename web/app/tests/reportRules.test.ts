import { describe, expect, it } from 'vitest'
import { missingForSubmit, newIdempotencyKey, type ReportDraft } from '../src/lib/reportRules'
import { scaledSize } from '../src/lib/imageScale'

const limits = { minPhotos: 2, maxItems: 9, descriptionMaxLength: 1000, photoMaxBytes: 10 * 1024 * 1024, videoMaxBytes: 50 * 1024 * 1024, audioMaxBytes: 5 * 1024 * 1024 }
const photo = (size = 1000) => ({ kind: 'PHOTO' as const, size, name: 'p.jpg' })
const complete: ReportDraft = { media: [photo(), photo()], categoryCode: '01-04-02', description: '井盖破损', location: { lat: 29.84, lon: 114.32 } }

describe('the report form', () => {
  it('accepts a complete report', () => {
    expect(missingForSubmit(complete, limits)).toEqual([])
  })

  it('asks for two photos: a video or a voice note does not count as one', () => {
    const missing = missingForSubmit({ ...complete, media: [photo(), { kind: 'VIDEO', size: 10, name: 'v.mp4' }] }, limits)
    expect(missing).toEqual([{ field: 'media', message: 'report.missing.photos', values: { min: 2 } }])
  })

  it('names every missing part, in the order of the form', () => {
    const missing = missingForSubmit({ media: [], categoryCode: null, description: '  ', location: null }, limits)
    expect(missing.map((m) => m.field)).toEqual(['media', 'category', 'description', 'location'])
  })

  it('counts characters, not UTF-16 units, against the description limit, as the server does', () => {
    expect(missingForSubmit({ ...complete, description: '井'.repeat(1000) }, limits)).toEqual([])
    expect(missingForSubmit({ ...complete, description: '井'.repeat(1001) }, limits)[0].message).toBe('report.missing.descriptionTooLong')
  })

  it('refuses a file over the server limit before uploading it', () => {
    const missing = missingForSubmit({ ...complete, media: [photo(), photo(11 * 1024 * 1024)] }, limits)
    expect(missing[0]).toMatchObject({ field: 'media', message: 'report.missing.tooLarge' })
  })

  it('refuses more items than one report may carry', () => {
    const missing = missingForSubmit({ ...complete, media: Array.from({ length: 10 }, () => photo()) }, limits)
    expect(missing[0].message).toBe('report.missing.tooMany')
  })

  it('makes idempotency keys the server accepts (8 to 200 printable ASCII)', () => {
    const key = newIdempotencyKey()
    expect(key).toMatch(/^[\x21-\x7E]{8,200}$/)
    expect(newIdempotencyKey()).not.toBe(key)
  })
})

describe('photo scaling', () => {
  it('brings the long side down to 2048 px, keeping the shape', () => {
    expect(scaledSize(4032, 3024)).toEqual({ width: 2048, height: 1536 })
    expect(scaledSize(3024, 4032)).toEqual({ width: 1536, height: 2048 })
  })
  it('never scales a small photo up', () => {
    expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 })
  })
})
