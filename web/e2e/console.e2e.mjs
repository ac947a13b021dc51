// The command centre's console in a real browser against the all-in-one app: a screener files and dispatches a
// citizen's report from the queue, the department's handler reports the fix with a photo uploaded from the
// browser, the inspector verifies; a screener approves an extension; two screeners at once: the second sees the
// conflict in plain words and the case as it now is. Run by ConsoleBrowserTest.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { APP, BASE, README_POINT, call, get, key, launch, makeJpeg, phone, reportThroughApi, shot, token } from './support.mjs'

const CONSOLE = `${BASE}/console/`
let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

async function desk(role) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${CONSOLE}#/signin`)
  await page.locator(`[data-test=dev-${role}]`).click()
  await page.waitForURL(role === 'admin' ? /#\/dashboard/ : /#\/queue\//)
  return { context, page }
}

async function act(page, action, fill = async () => {}) {
  await page.locator(`[data-test=action-${action}]`).click()
  await fill()
  await page.locator('[data-test=confirm]').click()
  await page.locator('.el-dialog').waitFor({ state: 'hidden' }).catch(() => {}) // a refused action closes it too
}

const stateIs = (page, text) => page.locator('[data-test=desk-state]', { hasText: text }).waitFor()

async function newReport(description) {
  const citizen = await token(`citizen-console-${key().slice(0, 8)}`, ['citizen'])
  // two real photos, drawn by the browser, so the desk shows them as a citizen's phone would have sent them
  const page = await browser.newPage()
  const photos = [(await makeJpeg(page, '远景', 1600, 1200)).buffer, (await makeJpeg(page, '近景', 1600, 1200)).buffer]
  await page.close()
  return (await reportThroughApi(citizen, README_POINT, description, photos)).caseNumber
}

test('a screener files and dispatches, the handler reports the fix with a photo, the inspector verifies', async () => {
  const caseNumber = await newReport('控制台测试：行道树倾斜')

  const screener = await desk('screener')
  await screener.page.locator(`[data-test="row-${caseNumber}"]`).waitFor()
  await shot(screener.page, 'console-01-screening-queue')
  await screener.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await screener.page.waitForURL(new RegExp(`#/case/${caseNumber}`))
  await act(screener.page, 'FILE')
  await stateIs(screener.page, '已立案')
  await act(screener.page, 'DISPATCH', async () => {
    // the suggested route is pre-selected: 01-04-02 goes to the parks bureau by default
    await screener.page.locator('.el-dialog .el-alert', { hasText: '市园林绿化管理局' }).waitFor()
    await shot(screener.page, 'console-02-dispatch')
  })
  await stateIs(screener.page, '已派遣')
  await screener.page.locator('[data-test=desk-department]', { hasText: '市园林绿化管理局' }).waitFor()
  await screener.page.locator('[data-test=countdown]').waitFor()
  await screener.page.waitForFunction(() => !document.querySelector('.el-message'))
  await screener.page.evaluate(() => window.scrollTo(0, 0))
  await shot(screener.page, 'console-03-case-desk')
  await screener.context.close()

  const handler = await desk('handler')
  await handler.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await act(handler.page, 'DISPOSE', async () => {
    await handler.page.locator('[data-test=after-photos]').setInputFiles(await makeJpeg(handler.page, '处置后', 1600, 1200))
    await handler.page.locator('textarea[data-test=note], [data-test=note] textarea').fill('已扶正加固')
  })
  await stateIs(handler.page, '处置完成')
  await handler.context.close()

  const inspector = await desk('inspector')
  await inspector.page.locator('[data-test=queue-map] .leaflet-interactive').first().waitFor() // the fixed cases on a map
  await shot(inspector.page, 'console-09-verification')
  await inspector.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await act(inspector.page, 'VERIFY')
  await stateIs(inspector.page, '已结案')
  await inspector.context.close()

  const view = await get(await token('screener-check', ['screener']), `get-case?caseNumber=${caseNumber}`)
  assert.equal(view.state, 'CLOSED')
  assert.deepEqual(view.timeline.map((e) => e.state), ['SUBMITTED', 'FILED', 'DISPATCHED', 'DISPOSED', 'CLOSED'])
  assert.equal(view.media.filter((m) => m.stage === 'DISPOSAL').length, 1, 'the after-photo uploaded from the browser is on the case')
})

test('the dashboard shows each indicator with the numerator and denominator case-stats answers', async () => {
  const screener = await desk('screener')
  await screener.page.locator('[data-test=menu-dashboard]').click()
  await screener.page.waitForURL(/#\/dashboard/)
  const period = screener.page.locator('[data-test=dashboard]')
  const [from, to] = [await period.getAttribute('data-from'), await period.getAttribute('data-to')]
  const stats = await get(null, `case-stats?from=${from}&to=${to}&groupBy=NONE`)
  const row = stats.rows[0]
  assert.ok(row.counts.received >= 1, 'the case closed above is in this month')
  await screener.page.locator('[data-test=indicator-received]', { hasText: String(row.counts.received) }).waitFor()
  for (const [name, i] of Object.entries(row.indicators)) {
    const ratio = await screener.page.locator(`[data-test=indicator-${name}] [data-test=ratio]`).textContent()
    assert.equal(ratio.trim(), `${i.numerator} / ${i.denominator}`, name)
  }
  await screener.page.locator('[data-test=breakdown-DEPARTMENT] tr', { hasText: '市园林绿化管理局' }).first().waitFor()
  // the departments' ranking (综合指标值, 排名) as case-stats answers it
  const departments = await get(null, `case-stats?from=${from}&to=${to}&groupBy=DEPARTMENT`)
  const ylj = departments.rows.find((r) => r.key === 'YLJ')
  assert.ok(ylj.rank >= 1 && ylj.score !== null, 'a department with cases is ranked')
  assert.equal((await screener.page.locator('[data-test=rank-YLJ]').textContent()).trim(), String(ylj.rank))
  await screener.page.locator('[data-test=dashboard][data-loading=false]').waitFor()
  // the heat layer: the cases case-heatmap counts for the period, painted where they were reported
  const heat = await get(null, `case-heatmap?from=${from}&to=${to}`)
  assert.ok(heat.cases >= 1 && heat.cells.length >= 1)
  const summary = screener.page.locator('[data-test=heat-summary]')
  assert.equal(await summary.getAttribute('data-cases'), String(heat.cases))
  assert.equal(await summary.getAttribute('data-cells'), String(heat.cells.length))
  const painted = () => screener.page.locator('canvas[data-test=heat-layer]').evaluate((canvas) => {
    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data
    let n = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++
    return n
  })
  assert.ok(await painted() > 100, 'the heat is drawn on the map')
  await screener.page.locator('[data-test=show-heat]').click()
  await screener.page.locator('canvas[data-test=heat-layer]').waitFor({ state: 'detached' })
  await screener.page.locator('[data-test=show-heat]').click()
  await screener.page.locator('canvas[data-test=heat-layer]').waitFor()
  await shot(screener.page, 'console-05-dashboard')
  await screener.context.close()
})

test('a screener approves a department\'s extension from the case desk', async () => {
  const caseNumber = await newReport('控制台测试：延期')
  const api = await token('screener-api', ['screener'])
  await call(api, 'screen-case', { idempotencyKey: key(), caseNumber, decision: 'FILE' })
  const dispatched = await call(api, 'dispatch-case', { idempotencyKey: key(), caseNumber, departmentCode: 'YLJ' })
  await call(await token('handler-api', ['handler'], 'YLJ'), 'request-extension', { idempotencyKey: key(), caseNumber, hours: 48, reason: '需要吊车' })

  const screener = await desk('screener')
  // the request waits in the screener's extension queue
  await screener.page.locator('[data-test=menu-EXTENSIONS]').click()
  await screener.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await stateIs(screener.page, '已派遣')
  await act(screener.page, 'DECIDE_EXTENSION', () => screener.page.locator('[data-test=approve]').click())
  await screener.page.locator('.el-message--success').waitFor()
  await screener.context.close()
  const after = await get(api, `get-case?caseNumber=${caseNumber}`)
  assert.ok(new Date(after.deadline) > new Date(dispatched.deadline), 'the approved extension moved the deadline')
})

test('a second extension waits for a leader, who approves it from the approvals queue', async () => {
  const caseNumber = await newReport('控制台测试：二次延期')
  const api = await token('screener-api-2', ['screener'])
  const handler = await token('handler-api-2', ['handler'], 'YLJ')
  await call(api, 'screen-case', { idempotencyKey: key(), caseNumber, decision: 'FILE' })
  await call(api, 'dispatch-case', { idempotencyKey: key(), caseNumber, departmentCode: 'YLJ' })
  await call(handler, 'request-extension', { idempotencyKey: key(), caseNumber, hours: 24, reason: '需要吊车' })
  await call(api, 'decide-extension', { idempotencyKey: key(), caseNumber, approve: true })
  await call(handler, 'request-extension', { idempotencyKey: key(), caseNumber, hours: 24, reason: '吊车未到' })
  const before = await get(api, `get-case?caseNumber=${caseNumber}`)

  const leader = await desk('leader')
  await leader.page.locator('[data-test=menu-APPROVALS]').click()
  await leader.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await act(leader.page, 'DECIDE_EXTENSION', () => leader.page.locator('[data-test=approve]').click())
  await leader.page.locator('.el-message--success').waitFor()
  await leader.page.locator('[data-test=desk-extensions]', { hasText: '2' }).waitFor()
  await shot(leader.page, 'console-12-leader-approval')
  await leader.context.close()
  const after = await get(api, `get-case?caseNumber=${caseNumber}`)
  assert.ok(new Date(after.deadline) > new Date(before.deadline), 'the leader\'s approval moved the deadline')
  assert.equal(after.extensions, 2)
})

test('two screeners at once: the second is told in plain words and sees the case as it now is', async () => {
  const caseNumber = await newReport('控制台测试：两人同时受理')
  const first = await desk('screener')
  const second = await desk('screener')
  for (const s of [first, second]) {
    await s.page.goto(`${CONSOLE}#/case/${caseNumber}`)
    await stateIs(s.page, '已上报')
  }
  await act(first.page, 'FILE')
  await stateIs(first.page, '已立案')
  await act(second.page, 'FILE')
  await second.page.locator('.el-message--error', { hasText: '案件刚刚被他人处理过' }).waitFor()
  await stateIs(second.page, '已立案') // reloaded
  await second.page.locator('[data-test=action-DISPATCH]').waitFor() // and can go on from there
  await shot(second.page, 'console-04-conflict')
  await first.context.close()
  await second.context.close()
})

test('a screener merges a second report of the same problem from the case desk\'s nearby list', async () => {
  const first = await newReport('控制台测试：井盖缺失（先报）')
  const second = await newReport('控制台测试：井盖缺失（后报）')
  const screener = await desk('screener')
  await screener.page.goto(`${CONSOLE}#/case/${second}`)
  await stateIs(screener.page, '已上报')
  await screener.page.locator(`[data-test="merge-${first}"]`).click() // the open case reported a few metres away
  assert.equal(await screener.page.locator('input[data-test=duplicate-of], [data-test=duplicate-of] input').inputValue(), first)
  await screener.page.locator('[data-test=confirm]').click()
  await stateIs(screener.page, '重复上报')
  const view = await get(await token('screener-merge', ['screener']), `get-case?caseNumber=${second}`)
  assert.equal(view.duplicateOf, first)
  await screener.context.close()
})

test('a department asks to park a case, a leader approves, a screener resumes it, a leader closes it unresolved', async () => {
  const caseNumber = await newReport('控制台测试：挂账')
  const api = await token('screener-api-3', ['screener'])
  await call(api, 'screen-case', { idempotencyKey: key(), caseNumber, decision: 'FILE' })
  await call(api, 'dispatch-case', { idempotencyKey: key(), caseNumber, departmentCode: 'YLJ' })

  // the handler asks from the desk, choosing the date in the picker
  const handler = await desk('handler')
  await handler.page.goto(`${CONSOLE}#/case/${caseNumber}`)
  await act(handler.page, 'REQUEST_SUSPENSION', async () => {
    await handler.page.locator('[data-test=reason]').fill('等待管网改造')
    const until = new Date(Date.now() + 30 * 86400000)
    const pad = (n) => String(n).padStart(2, '0')
    const input = handler.page.locator('.el-dialog [data-test=until] input')
    await input.fill(`${until.getFullYear()}-${pad(until.getMonth() + 1)}-${pad(until.getDate())} 09:00:00`)
    await input.press('Enter')
  })
  await handler.page.locator('.el-message--success').waitFor()
  await handler.context.close()
  const asked = await get(api, `get-case?caseNumber=${caseNumber}`)
  assert.equal(asked.state, 'DISPATCHED')
  assert.equal(asked.pendingSuspension.reason, '等待管网改造')

  const leader = await desk('leader')
  await leader.page.locator('[data-test=menu-APPROVALS]').click()
  await leader.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await act(leader.page, 'DECIDE_SUSPENSION', async () => {
    await leader.page.locator('[data-test=suspension-asked]', { hasText: '等待管网改造' }).waitFor()
    await leader.page.locator('[data-test=approve]').click()
  })
  await stateIs(leader.page, '挂账')
  await leader.page.locator('[data-test=desk-resume-at]').waitFor()
  await shot(leader.page, 'console-13-leader-suspension')

  const screener = await desk('screener')
  await screener.page.locator('[data-test=menu-PARKED]').click()
  await screener.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await act(screener.page, 'RESUME', () => screener.page.locator('[data-test=note]').fill('管网已完工'))
  await stateIs(screener.page, '已派遣')
  await screener.context.close()

  await leader.page.reload()
  await act(leader.page, 'CLOSE_UNRESOLVED', () => leader.page.locator('[data-test=reason]').fill('产权单位不明，无法处置'))
  await stateIs(leader.page, '已结案')
  await leader.page.locator('[data-test=desk-outcome]', { hasText: '无法解决' }).waitFor()
  await leader.context.close()
  const publicView = await get(null, `get-case?caseNumber=${caseNumber}`)
  assert.equal(publicView.outcome, 'UNRESOLVED')
  assert.equal(publicView.timeline.at(-1).note, '无法解决，结案：产权单位不明，无法处置')
})

test('a screener registers a hotline call on the map; the desk shows its source and contact; a leader sees it as staff', async () => {
  const screener = await desk('screener')
  const page = screener.page
  await page.locator('[data-test=menu-register]').click()
  await page.locator('[data-test=source-HOTLINE]').click()
  await page.locator('[data-test=register-category]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '01-04-02' }).click()
  await page.locator('textarea[data-test=register-description], [data-test=register-description] textarea').fill('12345 来电：金桂西路行道树倾斜')
  await page.locator('input[data-test=register-contact-name], [data-test=register-contact-name] input').fill('王先生')
  await page.locator('input[data-test=register-contact-phone], [data-test=register-contact-phone] input').fill('13800001234')
  const box = await page.locator('[data-test=register-map]').boundingBox()
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
  await page.locator('[data-test=register-point]').waitFor()
  await page.locator('[data-test=register-submit]:not(.is-disabled)').waitFor()
  await shot(page, 'console-11-register')
  await page.locator('[data-test=register-submit]').click()
  await page.waitForURL(/#\/case\//)
  const caseNumber = decodeURIComponent(page.url().split('#/case/')[1])
  await stateIs(page, '已上报')
  await page.locator('[data-test=desk-source]', { hasText: '热线' }).waitFor()
  await page.locator('[data-test=desk-contact]', { hasText: '13800001234' }).waitFor()
  // a registered case is screened as any other; this one is filed as urgent (急要件)
  await act(page, 'FILE', () => page.locator('[data-test=urgency-URGENT]').click())
  await stateIs(page, '已立案')
  await page.locator('[data-test=desk-urgent]').waitFor()
  await screener.context.close()

  const leader = await desk('leader')
  await leader.page.goto(`${CONSOLE}#/case/${caseNumber}`)
  await leader.page.locator('[data-test=desk-contact]', { hasText: '王先生' }).waitFor() // the staff view
  // a leader does not screen or dispatch; voiding a filed case is a leader's
  await leader.page.locator('[data-test=action-VOID]').waitFor()
  assert.equal(await leader.page.locator('[data-test=action-FILE], [data-test=action-DISPATCH]').count(), 0, 'no screening buttons for a leader')
  const publicView = await get(null, `get-case?caseNumber=${caseNumber}`)
  assert.equal(publicView.source, 'HOTLINE')
  assert.equal(publicView.contact, undefined, 'the contact is never public')
  await leader.context.close()
})

test('a screener sends a report to be checked on site; the inspector finds it with a photo; the screener files it', async () => {
  const caseNumber = await newReport('控制台测试：需现场核实的井盖')
  const screener = await desk('screener')
  await screener.page.goto(`${CONSOLE}#/case/${caseNumber}`)
  await stateIs(screener.page, '已上报')
  await act(screener.page, 'CHECK')
  await stateIs(screener.page, '核实中')
  await screener.context.close()

  const inspector = await desk('inspector')
  await inspector.page.locator('[data-test=menu-CHECK]').click()
  await inspector.page.locator(`[data-test="row-${caseNumber}"]`).click()
  await act(inspector.page, 'REPORT_CHECK', async () => {
    await inspector.page.locator('[data-test=found]').click()
    await inspector.page.locator('[data-test=check-photos]').setInputFiles(await makeJpeg(inspector.page, '现场', 1600, 1200))
    await inspector.page.locator('textarea[data-test=note], [data-test=note] textarea').fill('现场确认井盖缺失')
  })
  await stateIs(inspector.page, '已上报')
  await inspector.context.close()

  const again = await desk('screener')
  await again.page.goto(`${CONSOLE}#/case/${caseNumber}`)
  await again.page.locator('[data-test=desk-timeline]', { hasText: '现场确认井盖缺失' }).waitFor()
  await act(again.page, 'FILE')
  await stateIs(again.page, '已立案')
  await again.context.close()
  const view = await get(await token('screener-check-e2e', ['screener']), `get-case?caseNumber=${caseNumber}`)
  assert.deepEqual(view.timeline.map((e) => e.state), ['SUBMITTED', 'CHECKING', 'SUBMITTED', 'FILED'])
  assert.equal(view.media.filter((m) => m.stage === 'CHECK').length, 1, 'the on-site photo is on the case')
  const publicView = await get(null, `get-case?caseNumber=${caseNumber}`)
  assert.equal(publicView.media.filter((m) => m.stage === 'CHECK').length, 0, 'and not in the public view')
})

test('an admin imports an area, draws another on the map and puts a routing rule on it: the next report there goes to its department', async () => {
  const admin = await desk('admin')
  const page = admin.page
  const code = `E2E-${key().slice(0, 6)}`
  const d = 0.001 // about 100 m around the README point
  const { latitude: lat, longitude: lon } = README_POINT
  const collection = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { code, name: '金桂西路测试片区', kind: 'ZONE' },
      geometry: { type: 'Polygon', coordinates: [[[lon - d, lat - d], [lon + d, lat - d], [lon + d, lat + d], [lon - d, lat + d], [lon - d, lat - d]]] } }],
  }
  await page.locator('[data-test=menu-admin-areas]').click()
  await page.locator('[data-test=areas-import]').setInputFiles({ name: 'zone.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(collection)) })
  await page.locator('.el-message--success', { hasText: '已导入 1 个' }).waitFor()
  await page.locator('[data-test=areas] tr', { hasText: code }).waitFor()

  // show the imported zone (centred on the README point), then draw a square around the map's centre
  const drawnCode = `DRAWN-${key().slice(0, 6)}`
  await page.locator('[data-test=areas] tr', { hasText: code }).click() // moves the map at once (no animation)
  await page.locator('.leaflet-pm-icon-polygon').click()
  const box = await page.locator('[data-test=areas-map]').boundingBox()
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const corners = [[-60, -60], [60, -60], [60, 60], [-60, 60], [-60, -60]]
  for (const [dx, dy] of corners) await page.mouse.click(cx + dx, cy + dy)
  await page.locator('[data-test=area-code]').fill(drawnCode)
  await page.locator('[data-test=area-name]').fill('画出的测试片区')
  await page.locator('[data-test=area-save]').click()
  await page.locator('[data-test=areas] tr', { hasText: drawnCode }).waitFor()
  await shot(page, 'console-06-areas')

  await page.locator('[data-test=menu-admin-routingRules]').click()
  await page.locator('[data-test=admin-new]').click()
  await page.locator('[data-test=field-categoryCode]').fill('01-04-02')
  await page.locator('[data-test=field-areaCode]').fill(drawnCode)
  await page.locator('[data-test=field-departmentCode]').fill('SZC')
  await page.locator('[data-test=field-description]').fill('测试片区的行道树归市政')
  await page.locator('[data-test=admin-save]').click()
  await page.locator('[data-test=admin-routingRules] tr', { hasText: drawnCode }).waitFor()
  await shot(page, 'console-07-routing-rules')

  // the routing tester on the map: a street-tree report at the drawn area's centre goes to 市政
  await page.locator('[data-test=menu-admin-areas]').click()
  await page.locator('[data-test=areas] tr', { hasText: drawnCode }).click()
  await page.locator('[data-test=tester-category]').click()
  await page.locator('.el-select-dropdown__item', { hasText: '01-04-02' }).click()
  const map = await page.locator('[data-test=areas-map]').boundingBox()
  await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2)
  await page.locator('.route-preview', { hasText: '市市政设施管理处' }).waitFor()
  await shot(page, 'console-08-routing-tester')
  await admin.context.close()

  const areas = await get(await token('admin-check', ['admin']), 'list-areas?kind=ZONE')
  const drawn = areas.find((a) => a.code === drawnCode)
  assert.ok(drawn, 'the drawn area is saved')
  const ring = drawn.geojson.coordinates[0]
  const around = (i, v) => ring.some((c) => c[i] < v) && ring.some((c) => c[i] > v)
  assert.ok(around(0, README_POINT.longitude) && around(1, README_POINT.latitude), `it surrounds the point: ${JSON.stringify(drawn.geojson)}`)
  const caseNumber = await newReport('测试片区里的行道树')
  const route = await get(await token('screener-route', ['screener']), `suggest-route?caseNumber=${caseNumber}`)
  assert.equal(route.department.code, 'SZC', `the rule on the drawn area decides the department: ${JSON.stringify(route)}`)
})

test('an admin imports components from a CSV and finds them on the map', async () => {
  const admin = await desk('admin')
  const page = admin.page
  const id = `4212020102${Date.now().toString().slice(-8)}`
  const { latitude: lat, longitude: lon } = README_POINT
  const csv = `id,categoryCode,name,lat,lon,ownerDepartmentCode,maintainerDepartmentCode,state\n${id},01-01-02,金桂西路污水井盖 E2E,${lat},${lon},,SZC,IN_USE\n`
  await page.locator('[data-test=menu-admin-components]').click()
  await page.locator('[data-test=components-import]').setInputFiles({ name: 'covers.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.locator('.el-message--success', { hasText: '已导入 1 个' }).waitFor()
  await page.locator('[data-test=components] tr', { hasText: id }).waitFor() // the map moved to it and lists what is around
  await page.locator('[data-test=components-map] .leaflet-interactive').first().waitFor()
  await shot(page, 'console-10-components')
  await admin.context.close()
  const nearby = await get(null, `nearby-components?lat=${lat}&lon=${lon}&radius=30`)
  assert.ok(nearby.some((c) => c.id === id), 'the imported component is in the register')
})

test('the desk shows a citizen\'s follow-up; a screener posts a public note and redacts a photo, which the citizen\'s app then shows redacted', async () => {
  const citizenId = `citizen-redact-${key().slice(0, 8)}`
  const citizen = await token(citizenId, ['citizen'])
  const maker = await browser.newPage()
  const photos = [(await makeJpeg(maker, '车牌', 1600, 1200)).buffer, (await makeJpeg(maker, '人脸', 1600, 1200)).buffer]
  await maker.close()
  const { caseNumber } = await reportThroughApi(citizen, README_POINT, '路边停车挡住盲道', photos)
  await call(citizen, 'add-case-info', { idempotencyKey: key(), caseNumber, note: '车还停在那里', media: [] })

  const { context, page } = await desk('screener')
  await page.goto(`${CONSOLE}#/case/${caseNumber}`)
  await page.locator('[data-test=desk-timeline]', { hasText: '市民补充：车还停在那里' }).waitFor() // the follow-up
  await page.locator('textarea[data-test=note-text], [data-test=note-text] textarea').first().fill('已通知交警部门到场处理')
  await page.locator('[data-test=note-submit]').click()
  await page.locator('[data-test=desk-timeline]', { hasText: '已通知交警部门到场处理' }).waitFor()

  // drag a rectangle over the first photo, then black it out
  await page.waitForFunction(() => document.querySelector('[data-test=redact-photo]')?.naturalWidth > 0)
  await page.locator('[data-test=redact-photo]').first().scrollIntoViewIfNeeded()
  const photo = await page.locator('[data-test=redact-photo]').first().boundingBox()
  await page.mouse.move(photo.x + 30, photo.y + 30)
  await page.mouse.down()
  await page.mouse.move(photo.x + 180, photo.y + 120, { steps: 6 })
  await page.mouse.up()
  await page.locator('[data-test=redact-submit]').first().click()
  await page.locator('[data-test=desk-timeline]', { hasText: '照片已打码（1 处）' }).waitFor()
  await page.locator('[data-test=redacted-tag]').first().waitFor() // the desk keeps the original, marked redacted
  await page.locator('[data-test=redacted-tag]').first().scrollIntoViewIfNeeded()
  await shot(page, 'console-18-redaction')
  await context.close()

  // the reporter's and the department's views show the copy (report photos never reach the public at all); the
  // command centre keeps the original
  const reporterView = await get(citizen, `get-case?caseNumber=${caseNumber}`)
  const redacted = reporterView.media.filter((m) => m.redacted)
  assert.equal(redacted.length, 1, 'one photo redacted')
  assert.match(redacted[0].url, /media\/redacted\//)
  assert.ok(reporterView.timeline.some((e) => e.note === '已通知交警部门到场处理'), 'the note reaches the reporter')
  const staff = await get(await token('s-e2e-redact', ['screener']), `get-case?caseNumber=${caseNumber}`)
  assert.ok(staff.media.every((m) => !m.url.includes('media/redacted/')), 'the original, for the command centre')

  // and the citizen's app, signed in as the reporter, shows the redacted copy
  const app = await phone(browser)
  const citizenPage = await app.newPage()
  await citizenPage.goto(`${APP}#/signin?to=/mine`)
  await citizenPage.getByPlaceholder('citizen-…').fill(citizenId)
  await citizenPage.locator('.van-field__button button').click()
  await citizenPage.waitForURL(/#\/mine$/)
  await citizenPage.goto(`${APP}#/cases/${caseNumber}`)
  await citizenPage.locator('img[src*="media/redacted/"]').first().waitFor()
  assert.deepEqual(app.outsideRequests, [], 'nothing but loopback is fetched')
  await app.close()
})
