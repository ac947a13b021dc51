// Production sign-in: the app sends the citizen to the city's OpenID provider (here oidc-provider on loopback),
// comes back with an access token (Authorization Code + PKCE), and the functions accept it — the citizen reports
// and sees the report among their cases. Run by CitizenOidcBrowserTest, which points the app at the provider.
import { test, after, before } from 'node:test'
import assert from 'node:assert/strict'
import { APP, BASE, key, launch, makeJpeg, phone, shot } from './support.mjs'

let browser
before(async () => {
  browser = await launch()
})
after(async () => {
  await browser?.close()
})

test('a citizen signs in at the city\'s OpenID provider and the API accepts the token', async () => {
  const config = await (await fetch(`${APP}config.json`)).json()
  assert.equal(config.signIn.dev, false, 'no dev sign-in outside the embedded defaults')
  assert.ok(config.signIn.oidc?.authority, 'the provider comes from config.json')

  const context = await phone(browser)
  const page = await context.newPage()
  await page.goto(`${APP}#/report`)
  await page.waitForURL(/#\/signin/)
  assert.equal(await page.locator('[data-test^=dev-]').count(), 0)
  await page.locator('[data-test=oidc-sign-in]').click()

  // the provider's own pages: sign in, then consent
  const login = `citizen-oidc-${key().slice(0, 8)}`
  await page.waitForURL((url) => url.href.startsWith(config.signIn.oidc.authority))
  await page.locator('input[name=login]').fill(login)
  await page.locator('input[name=password]').fill('any password')
  await page.locator('button[type=submit]').click()
  await page.locator('button[type=submit]', { hasText: 'Continue' }).click()

  // back in the app, on the page the citizen asked for, signed in with the provider's access token
  await page.waitForURL(/\/app\/#\/report$/)
  assert.ok(!page.url().includes('code='), 'the authorization code is removed from the address bar')
  const token = await page.evaluate(() => localStorage.getItem('suishoupai.token'))
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString())
  assert.equal(claims.iss, config.signIn.oidc.authority)
  assert.equal(claims.sub, login)
  assert.deepEqual(claims.groups, ['citizen'])

  // the functions accept it: report a problem
  const photos = [await makeJpeg(page, '远景', 800, 600), await makeJpeg(page, '近景', 800, 600)]
  const chooser = page.waitForEvent('filechooser')
  await page.locator('[data-test=add-photo]').click()
  await (await chooser).setFiles(photos)
  await page.locator('[data-test=thumb-1] img').waitFor()
  await page.locator('[data-test=category-field]').click()
  await page.locator('[data-test="category-01-04-02"]').click()
  await page.locator('.van-popup').waitFor({ state: 'hidden' })
  await page.locator('[data-test=description] textarea').fill('统一身份认证登录后上报')
  await page.waitForFunction(() => document.querySelector('[data-test=map]')?.getAttribute('data-pin-system'))
  await page.locator('[data-test=submit]').click()
  await page.waitForURL(/#\/report\/done\//)
  const caseNumber = (await page.locator('[data-test=case-number]').textContent()).trim()
  await page.goto(`${APP}#/mine`)
  await page.locator(`[data-test="case-${caseNumber}"]`).waitFor()
  await shot(page, '11-signed-in-with-oidc')

  // and nothing but the provider's tokens: a token signed by anyone else is refused
  const forged = token.split('.').slice(0, 2).join('.') + '.c2lnbmF0dXJl'
  const refused = await fetch(`${BASE}/my-cases`, { headers: { Authorization: `Bearer ${forged}` } })
  assert.equal(refused.status, 401)
  assert.equal((await refused.json()).code, 'UNAUTHENTICATED')
  await context.close()
})

test('a screener signs in to the console at the same provider and works their queue', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })
  const page = await context.newPage()
  await page.goto(`${BASE}/console/`)
  await page.waitForURL(/#\/signin/)
  assert.equal(await page.locator('[data-test^=dev-]').count(), 0, 'no dev sign-in outside the embedded defaults')
  await page.locator('[data-test=oidc-sign-in]').click()
  await page.locator('input[name=login]').fill(`screener-${key().slice(0, 6)}`)
  await page.locator('input[name=password]').fill('any password')
  await page.locator('button[type=submit]').click()
  await page.locator('button[type=submit]', { hasText: 'Continue' }).click()
  // the provider's groups decide the menu: the screener's queue, nothing of a handler's or an admin's
  await page.waitForURL(/\/console\/#\/queue\/SCREENING/)
  await page.locator('[data-test=menu-SCREENING]').waitFor()
  assert.equal(await page.locator('[data-test=menu-DEPARTMENT]').count(), 0)
  assert.equal(await page.locator('[data-test=menu-admin-areas]').count(), 0)
  await page.locator('[data-test=queue]').waitFor() // work-queue answered with the provider's token
  assert.equal(await page.locator('.el-alert--error').count(), 0)
  await context.close()
})
