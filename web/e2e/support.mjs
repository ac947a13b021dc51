// What every browser test needs: Debian's Chromium started the way this machine allows, a phone-sized context,
// the API for the staff's side of a case, photos made by the browser itself, and screenshots.
import { chromium } from 'playwright-core'
import { mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'

export const BASE = process.env.SUISHOUPAI_BASE_URL ?? 'http://localhost:8080'
export const APP = `${BASE}/app/`
const SHOTS = process.env.SUISHOUPAI_SCREENSHOTS

/** The README point on 金桂西路, Xianning, in WGS-84 (what a phone's browser geolocation gives). */
export const README_POINT = { latitude: 29.8421, longitude: 114.3225 }

export async function launch() {
  const executablePath = process.env.CHROMIUM ?? '/usr/bin/chromium'
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ], // and a fresh profile: Playwright starts every launch with a new temporary --user-data-dir
  })
}

/** A phone: 360 px wide (the narrowest common Android width), touch, Chinese, at the given position. */
export async function phone(browser, geolocation = README_POINT) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    geolocation,
    permissions: ['geolocation'],
    userAgent: 'Mozilla/5.0 (Linux; Android 12; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47',
  })
  const outside = []
  context.on('request', (r) => {
    const host = new URL(r.url()).hostname
    if (!['localhost', '127.0.0.1'].includes(host) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url())
  })
  context.outsideRequests = outside
  return context
}

export async function shot(page, name) {
  if (!SHOTS) return
  mkdirSync(SHOTS, { recursive: true })
  await page.screenshot({ path: join(SHOTS, `${name}.png`) })
}

export async function token(sub, roles, dept) {
  const r = await fetch(`${BASE}/dev/token`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ sub, roles, dept }),
  })
  if (!r.ok) throw new Error(`dev token ${r.status}`)
  return (await r.json()).token
}

export async function call(tok, fn, body) {
  const r = await fetch(`${BASE}/${fn}`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${tok}` }, body: JSON.stringify(body),
  })
  const json = await r.json()
  if (!r.ok) throw new Error(`${fn} ${r.status} ${JSON.stringify(json)}`)
  return json
}

export async function get(tok, path) {
  const r = await fetch(`${BASE}/${path}`, { headers: tok ? { Authorization: `Bearer ${tok}` } : {} })
  const json = await r.json()
  if (!r.ok) throw new Error(`${path} ${r.status} ${JSON.stringify(json)}`)
  return json
}

export const key = () => randomUUID()

/** A real JPEG drawn by the browser (a phone photo is 4000×3000; this one is 3000×2000, to be scaled down). */
export async function makeJpeg(page, label, width = 3000, height = 2000) {
  const base64 = await page.evaluate(
    ({ label, width, height }) => {
      const c = document.createElement('canvas')
      c.width = width
      c.height = height
      const g = c.getContext('2d')
      const grad = g.createLinearGradient(0, 0, width, height)
      grad.addColorStop(0, '#6a8'), grad.addColorStop(1, '#246')
      g.fillStyle = grad
      g.fillRect(0, 0, width, height)
      g.fillStyle = '#fff'
      g.font = `${Math.round(height / 8)}px sans-serif`
      g.fillText(label, width / 10, height / 2)
      return c.toDataURL('image/jpeg', 0.9).split(',')[1]
    },
    { label, width, height },
  )
  return { name: `${label}.jpg`, mimeType: 'image/jpeg', buffer: Buffer.from(base64, 'base64') }
}

/** Width and height from a JPEG's start-of-frame marker. */
export function jpegSize(buffer) {
  for (let i = 2; i < buffer.length - 9; ) {
    if (buffer[i] !== 0xff) return null
    const marker = buffer[i + 1]
    const length = buffer.readUInt16BE(i + 2)
    if (marker >= 0xc0 && marker <= 0xc2) return { height: buffer.readUInt16BE(i + 5), width: buffer.readUInt16BE(i + 7) }
    i += 2 + length
  }
  return null
}

/** A report sent through the API (as another client would), at a WGS-84 point, with the photos given (JPEG bytes) or two stand-ins. */
export async function reportThroughApi(citizenToken, point, description, photos) {
  // the README's stand-in: JPEG's markers (start, JFIF header, one scan, end) around some bytes
  const photo = Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
      0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00]),
    Buffer.from(description), Buffer.from([0xff, 0xd9]),
  ])
  const bodies = photos ?? [photo, photo]
  const signed = await call(citizenToken, 'sign-uploads', { items: bodies.map((b) => ({ kind: 'PHOTO', contentType: 'image/jpeg', contentLength: b.length })) })
  for (const [i, u] of signed.uploads.entries()) {
    const put = await fetch(u.url, { method: 'PUT', headers: u.headers, body: bodies[i] })
    if (!put.ok) throw new Error(`upload ${put.status}`)
  }
  return call(citizenToken, 'submit-report', {
    idempotencyKey: key(), categoryCode: '01-04-02', description,
    location: { lat: point.latitude, lon: point.longitude }, media: signed.uploads.map((u) => u.key),
  })
}

/** The staff's side, through the API as the console will call it: file, dispatch, fix with an after-photo, verify. */
export async function closeCase(caseNumber, afterPhoto) {
  const screener = await token('s-e2e', ['screener'])
  const handler = await token('h-e2e', ['handler'], 'YLJ')
  const inspector = await token('i-e2e', ['inspector'])
  await call(screener, 'screen-case', { idempotencyKey: key(), caseNumber, decision: 'FILE' })
  const dispatched = await call(screener, 'dispatch-case', { idempotencyKey: key(), caseNumber, departmentCode: 'YLJ' })
  const signed = await call(handler, 'sign-uploads', { items: [{ kind: 'PHOTO', contentType: 'image/jpeg', contentLength: afterPhoto.length }] })
  const upload = signed.uploads[0]
  const put = await fetch(upload.url, { method: 'PUT', headers: upload.headers, body: afterPhoto })
  if (!put.ok) throw new Error(`after-photo upload ${put.status}`)
  await call(handler, 'report-disposal', { idempotencyKey: key(), caseNumber, note: '已扶正加固', media: [upload.key] })
  await call(inspector, 'verify-case', { idempotencyKey: key(), caseNumber, passed: true, note: '核查通过' })
  return dispatched
}
