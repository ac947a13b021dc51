import { createApp } from 'vue'
import 'element-plus/theme-chalk/el-message.css'
import 'element-plus/theme-chalk/el-message-box.css'
import 'element-plus/theme-chalk/el-overlay.css'
import App from './App.vue'
import { createApi } from '@suishoupai/web-shared/api/client'
import { loadConfig } from '@suishoupai/web-shared/config'
import { completeOidcSignIn, configureSession, restoreSession, session } from '@suishoupai/web-shared/auth/session'
import { i18n } from './i18n'
import { router } from './router'
import { SERVICES } from './services'
import './styles.css'

async function start() {
  configureSession('suishoupai.console.token')
  const config = await loadConfig()
  restoreSession()
  const api = createApi(config.apiBaseUrl, () => session.token)
  const returnTo = await completeOidcSignIn(config).catch(() => '/signin?failed=1')
  const app = createApp(App)
  app.provide(SERVICES, { config, api })
  app.use(i18n)
  app.use(router)
  if (returnTo) await router.replace(returnTo)
  app.mount('#app')
}

start().catch((e) => {
  document.getElementById('app')!.innerHTML = '<p style="padding:24px">控制台加载失败，请刷新。The console could not load; reload.</p>'
  console.error(e)
})
