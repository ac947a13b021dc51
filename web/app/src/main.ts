import { createApp } from 'vue'
import 'vant/es/toast/style'
import 'vant/es/dialog/style'
import 'vant/es/notify/style'
import App from './App.vue'
import { createApi } from '@suishoupai/web-shared/api/client'
import { loadConfig } from '@suishoupai/web-shared/config'
import { i18n } from './i18n'
import { IndexedDbQueueStore, MemoryQueueStore, OfflineQueue } from './lib/offlineQueue'
import { sendForOutbox } from './lib/sendReport'
import { router } from './router'
import { completeOidcSignIn, restoreSession, session } from '@suishoupai/web-shared/auth/session'
import { SERVICES } from './services'
import './styles.css'

async function start() {
  const config = await loadConfig()
  restoreSession()
  const api = createApi(config.apiBaseUrl, () => session.token)
  const store = typeof indexedDB !== 'undefined' ? new IndexedDbQueueStore() : new MemoryQueueStore()
  const outbox = new OfflineQueue(store, (report) => sendForOutbox(api, report), (report) => report.owner === session.subject)
  const returnTo = await completeOidcSignIn(config).catch(() => '/signin?failed=1')
  const app = createApp(App)
  app.provide(SERVICES, { config, api, outbox })
  app.use(i18n)
  app.use(router)
  if (returnTo) await router.replace(returnTo)
  app.mount('#app')
  prefetchPages()
}

/**
 * Loads every page's code once the first page is up, so a citizen who loses the network in a car park can still
 * move between pages and leave a report in the outbox (a page not yet loaded could not be fetched offline).
 */
function prefetchPages() {
  const later = (window as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 2000))
  later(() => {
    for (const route of router.getRoutes()) {
      const load = route.components?.default
      if (typeof load === 'function') (load as () => Promise<unknown>)().catch(() => {})
    }
  })
}

start().catch((e) => {
  document.getElementById('app')!.innerHTML =
    '<p style="padding:24px;font-size:16px">页面加载失败，请检查网络后刷新。<br>The page could not load; check the network and reload.</p>'
  console.error(e)
})
