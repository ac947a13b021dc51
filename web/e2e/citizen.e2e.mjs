// The citizen's app in a real browser (Debian's Chromium) against the all-in-one app on embedded defaults: sign in,
// report with two photos and a moved pin, follow the case to closure, rate it, redeem a reward; a retried submit
// makes one case; an offline report is sent when the network returns; a refusal shows its message in Chinese.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { APP, BASE, README_POINT, call, closeCase, get, jpegSize, key, launch, makeJpeg, phone, reportThroughApi, shot, token } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

async function signIn(page, citizen) {
  await page.goto(`${APP}#/signin?to=/report`)
  await page.getByPlaceholder('citizen-…').fill(citizen)
  await page.locator('.van-field__button button').click()
  await page.waitForURL(/#\/report$/)
}

/** Fills the report form: two photos through the file chooser, a category by search, a description. */
async function fillReport(page, description) {
  const photos = [await makeJpeg(page, '远景'), await makeJpeg(page, '近景')]
  const chooser = page.waitForEvent('filechooser')
  await page.locator('[data-test=add-photo]').click()
  await (await chooser).setFiles(photos)
  await page.locator('[data-test=thumb-1] img').waitFor()
  await page.locator('[data-test=category-field]').click()
  await page.locator('[data-test=category-search] input').fill('行道树')
  await page.locator('[data-test="category-01-04-02"]').click()
  await page.locator('.van-popup').waitFor({ state: 'hidden' })
  await page.locator('[data-test=description] textarea').fill(description)
}

/** A phone with a fresh demo citizen signed in, on the report page. */
async function citizenOnReportPage(prefix, geolocation) {
  const context = await phone(browser, geolocation)
  const page = await context.newPage()
  const citizen = `${prefix}-${key().slice(0, 8)}`
  await signIn(page, citizen)
  return { context, page, citizen }
}

const pinPlaced = (page) => page.waitForFunction(() => document.querySelector('[data-test=map]')?.getAttribute('data-pin-system'))

async function pinOf(page) {
  const map = page.locator('[data-test=map]')
  return {
    lat: Number(await map.getAttribute('data-pin-lat')),
    lon: Number(await map.getAttribute('data-pin-lon')),
    coordSystem: await map.getAttribute('data-pin-system'),
  }
}

test('a citizen reports with photos and a moved pin, follows the case to closure, rates it and redeems a reward', async () => {
  const context = await phone(browser)
  const page = await context.newPage()
  const citizen = `citizen-e2e-${key().slice(0, 8)}`
  const puts = []
  page.on('request', (r) => {
    if (r.method() === 'PUT') puts.push(r)
  })

  await page.goto(APP)
  await page.locator('[data-test=go-report]').waitFor()
  await shot(page, '01-home')
  await page.locator('[data-test=go-report]').click()
  await page.waitForURL(/#\/signin/)
  await shot(page, '02-sign-in')
  await signIn(page, citizen)

  await fillReport(page, '金桂西路一棵行道树严重倾斜，压住了人行道')
  // the phone's position (WGS-84) is the pin until the citizen moves it
  await page.waitForFunction(() => document.querySelector('[data-test=map]')?.getAttribute('data-pin-system') === 'WGS84')
  const located = await pinOf(page)
  assert.ok(Math.abs(located.lat - README_POINT.latitude) < 1e-6, 'the pin starts where the phone is')

  // move the pin: tap the map 60 px right of and 40 px above its centre
  await page.locator('[data-test=map]').scrollIntoViewIfNeeded()
  const box = await page.locator('[data-test=map]').boundingBox()
  const tap = { x: box.x + box.width / 2 + 60, y: box.y + box.height / 2 - 40 }
  await page.mouse.click(tap.x, tap.y)
  await page.waitForFunction((before) => document.querySelector('[data-test=map]')?.getAttribute('data-pin-lat') !== before, String(located.lat))
  const moved = await pinOf(page)
  assert.equal(moved.coordSystem, await page.locator('[data-test=map]').getAttribute('data-tiles-system'), 'a moved pin is in the tiles\' system')
  // the marker is drawn where the citizen tapped (its tip is the anchor)
  const marker = await page.locator('.ssp-pin').boundingBox()
  assert.ok(Math.abs(marker.x + marker.width / 2 - tap.x) <= 2 && Math.abs(marker.y + marker.height - tap.y) <= 2, 'the pin is where it was put')
  await page.locator('[data-test=address] input').fill('咸安区金桂西路 88 号')
  await page.evaluate(() => window.scrollTo(0, 0))
  await shot(page, '03-report')

  await page.locator('[data-test=submit]').click()
  await page.waitForURL(/#\/report\/done\//)
  const caseNumber = (await page.locator('[data-test=case-number]').textContent()).trim()
  assert.match(caseNumber, /^[A-Z0-9]+-\d{8}-\d{6}$/)
  await shot(page, '04-reported')

  // each photo went straight to storage (not through the functions)
  assert.equal(puts.filter((r) => r.headers()['content-type'] === 'image/jpeg' && !r.url().startsWith(APP)).length, 2)

  // stored where the citizen put the pin: asked back in the pin's system, the server answers the same point
  const citizenToken = await token(citizen, ['citizen'])
  const stored = await get(citizenToken, `get-case?caseNumber=${caseNumber}&coordSystem=${moved.coordSystem}`)
  // photos were scaled on the phone before they left it: long side 2048, not the 3000 taken
  const reportPhotos = stored.media.filter((m) => m.stage === 'REPORT')
  assert.equal(reportPhotos.length, 2)
  for (const m of reportPhotos) {
    const size = jpegSize(Buffer.from(await (await fetch(m.url)).arrayBuffer()))
    assert.deepEqual(size, { width: 2048, height: 1365 })
  }
  assert.ok(Math.abs(stored.location.lat - moved.lat) < 1e-6 && Math.abs(stored.location.lon - moved.lon) < 1e-6,
    `stored ${JSON.stringify(stored.location)} for pin ${JSON.stringify(moved)}`)
  assert.equal(stored.address, '咸安区金桂西路 88 号')

  // the staff's side, then the citizen sees the case closed with its after-photo
  const afterPhoto = await makeJpeg(page, '处置后', 1200, 900)
  await closeCase(caseNumber, afterPhoto.buffer)
  await page.locator('[data-test=view-case]').click()
  await page.waitForURL(/#\/cases\//)
  await assert.doesNotReject(page.locator('[data-test=case-state]', { hasText: '已结案' }).waitFor())
  const afterImg = page.locator('[data-test=after-photo]').first()
  await afterImg.waitFor()
  await page.waitForFunction(() => document.querySelector('[data-test=after-photo]')?.naturalWidth > 0)
  const steps = await page.locator('[data-test=timeline] .van-step').allTextContents()
  for (const step of ['上报', '立案', '派遣', '处置', '结案']) assert.ok(steps.some((s) => s.includes(step)), `timeline shows ${step}`)
  await shot(page, '05-case-closed')
  await afterImg.click()
  await page.locator('.van-image-preview').waitFor()
  await page.locator('.van-image-preview__close-icon').click()
  await page.locator('.van-image-preview').waitFor({ state: 'hidden' })

  // rate it
  await page.locator('[data-test=rate-stars] .van-rate__item').nth(3).click() // four stars
  await page.locator('[data-test=rate-submit]').click()
  await page.locator('[data-test=rated]').waitFor()
  assert.equal((await get(citizenToken, `get-case?caseNumber=${caseNumber}`)).state, 'CLOSED', 'a good rating keeps it closed')
  const again = await fetch(`${BASE}/rate-case`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${citizenToken}` }, body: JSON.stringify({ idempotencyKey: key(), caseNumber, score: 1 }) })
  assert.equal((await again.json()).code, 'ALREADY_RATED', 'the app\'s rating was recorded')

  // my cases lists it
  await page.goto(`${APP}#/mine`)
  await page.locator(`[data-test="case-${caseNumber}"]`).waitFor()
  await shot(page, '06-my-cases')

  // points: filed (5) + closed (5) = 10; a reward costing 10 can be redeemed once
  const admin = await token('a-e2e', ['admin'])
  const sku = `E2E-${key().slice(0, 8)}`
  const from = new Date(Date.now() - 86400000).toISOString()
  const to = new Date(Date.now() + 30 * 86400000).toISOString()
  await call(admin, 'save-reward', { sku, name: '公交卡充值 10 元', cost: 10, stock: 5, perPersonLimit: 1, activeFrom: from, activeTo: to })
  await page.goto(`${APP}#/points`)
  await page.locator('[data-test=balance]', { hasText: /^\s*10\s*$/ }).waitFor()
  await page.locator(`[data-test="reward-${sku}"]`).waitFor()
  await shot(page, '07-points')
  await page.locator(`[data-test="redeem-${sku}"]`).click()
  await page.locator('.van-dialog__confirm').click()
  await page.locator('[data-test=balance]', { hasText: /^\s*0\s*$/ }).waitFor()
  await page.locator('[data-test^=redemption-]', { hasText: '待发放' }).waitFor()
  assert.equal((await get(citizenToken, 'points-balance')).balance, 0)
  assert.equal((await get(citizenToken, 'my-redemptions')).length, 1)

  // look the case up by its number, as anyone can
  await page.goto(`${APP}#/cases`)
  await page.locator('[data-test=lookup-number] input').fill(caseNumber)
  await shot(page, '08-lookup')
  await page.locator('[data-test=lookup-go]').click()
  await page.locator('[data-test=case-state]').waitFor()

  assert.deepEqual(context.outsideRequests, [], 'nothing but loopback is fetched')
  await context.close()
})

test('a submit whose answer is lost is retried with the same key and makes one case', async () => {
  // a neighbour reported the same tree a minute ago, through another client
  const earlier = await reportThroughApi(await token(`neighbour-${key().slice(0, 8)}`, ['citizen']), README_POINT, '邻居先报了这棵树')
  const { context, page, citizen } = await citizenOnReportPage('citizen-retry')
  // a registered street tree three metres from the phone: the app offers it ("是这个部件吗？")
  const admin = await token('a-e2e', ['admin'])
  const tree = `4212020402${Date.now().toString().slice(-8)}`
  await call(admin, 'save-component', { id: tree, categoryCode: '01-04-02', name: '金桂西路行道树', lat: README_POINT.latitude + 0.00003,
    lon: README_POINT.longitude, maintainerDepartmentCode: 'YLJ' })
  await fillReport(page, '同一棵树：第一次提交的回复在网络上丢失')
  await pinPlaced(page)
  await page.locator(`[data-test="component-${tree}"]`).click()

  const keys = []
  let first = null
  await page.route('**/submit-report', async (route) => {
    keys.push(JSON.parse(route.request().postData()).idempotencyKey)
    if (!first) {
      // the server makes the case, the phone never hears back
      first = await (await route.fetch()).json()
      await route.abort('connectionreset')
    } else {
      await route.continue()
    }
  })
  await page.locator('[data-test=submit]').click()
  await page.waitForURL(/#\/report\/done\//, { timeout: 30000 })
  const shown = (await page.locator('[data-test=case-number]').textContent()).trim()
  assert.equal(keys.length, 2)
  assert.equal(keys[0], keys[1], 'the retry carries the first attempt\'s key')
  assert.equal(shown, first.caseNumber)
  // the answer names the neighbour's report as a possible duplicate
  await page.locator('[data-test=duplicates]', { hasText: earlier.caseNumber }).waitFor()
  const mine = await get(await token(citizen, ['citizen']), 'my-cases')
  assert.equal(mine.total, 1, 'one case, not two')
  assert.equal(mine.items[0].caseNumber, first.caseNumber)
  const view = await get(await token(citizen, ['citizen']), `get-case?caseNumber=${first.caseNumber}`)
  assert.equal(view.component?.id, tree, 'the component the citizen recognised is on the case')
  await context.close()
})

test('a report made offline waits on the phone and is sent, once, when the network returns', async () => {
  const { context, page, citizen } = await citizenOnReportPage('citizen-offline')
  await fillReport(page, '地下车库没有信号时拍的')
  await pinPlaced(page)
  await context.setOffline(true)
  await page.locator('[data-test=submit]').click()
  await page.locator('.van-dialog', { hasText: '网络恢复后自动发送' }).waitFor()
  await page.locator('.van-dialog__confirm').click()
  await page.waitForURL(/#\/mine/)
  await page.locator('[data-test=outbox]').waitFor()
  await shot(page, '09-offline-outbox')
  await context.setOffline(false)
  await page.locator('.van-notify', { hasText: '离线上报已发送' }).waitFor({ timeout: 30000 })
  const mine = await get(await token(citizen, ['citizen']), 'my-cases')
  assert.equal(mine.total, 1)
  await context.close()
})

test('a refusal from the API is shown in plain Chinese, never as a raw body', async () => {
  // Beijing is far outside the demo city's service area
  const { context, page } = await citizenOnReportPage('citizen-far', { latitude: 39.9042, longitude: 116.4074 })
  await fillReport(page, '北京的一棵树')
  await pinPlaced(page)
  await page.locator('[data-test=submit]').click()
  const refusal = page.locator('[data-test=refusal]')
  await refusal.waitFor()
  assert.equal((await refusal.textContent()).trim(), '这个位置不在本市服务范围内，请调整地图上的位置')
  await page.locator('.van-dialog__confirm').click()
  await shot(page, '10-refusal')
  // and a case number that does not exist
  await page.goto(`${APP}#/cases/XN-20200101-000001`)
  await page.locator('[data-test=case-error]', { hasText: '没有找到这个案件' }).waitFor()
  await context.close()
})

test('a parked case and one closed unresolved read in plain Chinese, with when and why', async () => {
  const citizen = await token(`citizen-parked-${key().slice(0, 8)}`, ['citizen'])
  const { caseNumber } = await reportThroughApi(citizen, README_POINT, '路灯不亮，等待电缆改造')
  const screener = await token('s-e2e-park', ['screener'])
  const handler = await token('h-e2e-park', ['handler'], 'YLJ')
  const leader = await token('l-e2e-park', ['leader'])
  await call(screener, 'screen-case', { idempotencyKey: key(), caseNumber, decision: 'FILE' })
  await call(screener, 'dispatch-case', { idempotencyKey: key(), caseNumber, departmentCode: 'YLJ' })
  await call(leader, 'defer-case', { idempotencyKey: key(), caseNumber, reason: '雨季施工困难', until: new Date(Date.now() + 20 * 86400000).toISOString() })

  const context = await phone(browser)
  const page = await context.newPage()
  await page.goto(`${APP}#/cases/${caseNumber}`)
  await page.locator('[data-test=case-state]', { hasText: '缓办' }).waitFor()
  await page.locator('[data-test=case-resume-at]').waitFor()
  await page.getByText('雨季施工困难').first().waitFor() // the public timeline says why

  await call(leader, 'close-unresolved', { idempotencyKey: key(), caseNumber, reason: '电缆改造取消，无法处置' })
  await page.reload()
  await page.locator('[data-test=case-state]', { hasText: '已结案' }).waitFor()
  await page.locator('[data-test=case-outcome]', { hasText: '未能解决' }).waitFor()
  await page.locator('[data-test=case-why]', { hasText: '电缆改造取消，无法处置' }).waitFor()
  await shot(page, '11-closed-unresolved')
  assert.deepEqual(context.outsideRequests, [], 'nothing but loopback is fetched')
  await context.close()
})

test('the reporter follows up from the case page and a neighbour says "still there"; the desk sees the follow-up', async () => {
  const reporter = `citizen-follow-${key().slice(0, 8)}`
  const { caseNumber } = await reportThroughApi(await token(reporter, ['citizen']), README_POINT, '井盖松动，踩上去会响')

  const context = await phone(browser)
  const page = await context.newPage()
  await signIn(page, reporter)
  await page.goto(`${APP}#/cases/${caseNumber}`)
  await page.locator('[data-test=follow-up-note] textarea').fill('今天发现井盖已经翘起来了')
  await page.locator('[data-test=follow-up-submit]').click()
  await page.getByText('市民补充：今天发现井盖已经翘起来了').first().waitFor()
  assert.equal(await page.locator('[data-test=support]').count(), 0, 'the reporter does not "see it too"')
  await page.locator('[data-test=follow]', { hasText: '取消关注' }).waitFor() // the reporter follows their own case
  await context.close()

  const neighbourContext = await phone(browser)
  const neighbour = await neighbourContext.newPage()
  const neighbourId = `citizen-neighbour-${key().slice(0, 8)}`
  await signIn(neighbour, neighbourId)
  await neighbour.goto(`${APP}#/cases/${caseNumber}`)
  await neighbour.locator('[data-test=support]').click()
  await neighbour.locator('[data-test=case-supporters]', { hasText: '1 人也遇到' }).waitFor()
  assert.equal(await neighbour.getByText('今天发现井盖已经翘起来了').count(), 0, 'a follow-up is not public')
  await neighbour.locator('[data-test=follow]', { hasText: '取消关注' }).waitFor() // and so does a supporter
  await shot(neighbour, '12-still-there')
  await neighbour.locator('[data-test=follow]').click()
  await neighbour.locator('[data-test=follow]', { hasText: '关注进展' }).waitFor()
  await neighbour.locator('[data-test=follow]').click()
  await neighbour.locator('[data-test=follow]', { hasText: '取消关注' }).waitFor()
  await neighbourContext.close()
  const followed = await get(await token(neighbourId, ['citizen']), 'my-subscriptions')
  assert.deepEqual(followed.map((s) => s.caseNumber), [caseNumber], 'unfollowed, then followed again: once')

  // the command centre sees the follow-up on the staff timeline
  const staff = await get(await token('s-e2e-follow', ['screener']), `get-case?caseNumber=${caseNumber}`)
  assert.equal(staff.timeline.at(-1).note, '市民补充：今天发现井盖已经翘起来了')
  assert.equal(staff.supporters, 1)
})

test('a citizen follows an area picked on the map and finds it among what they follow', async () => {
  const context = await phone(browser)
  const page = await context.newPage()
  await signIn(page, `citizen-area-${key().slice(0, 8)}`)
  await page.goto(`${APP}#/following`)
  await pinPlaced(page) // the phone's position, as on the report page; a tap elsewhere moves it
  await page.locator('[data-test=follow-place-submit]').click()
  await page.locator('[data-test=following-NEAR]').waitFor()
  await shot(page, '13-following')
  await page.locator('[data-test=following-NEAR] button').click()
  await page.locator('[data-test=following-NEAR]').waitFor({ state: 'detached' })
  assert.deepEqual(context.outsideRequests, [], 'nothing but loopback is fetched')
  await context.close()
})
