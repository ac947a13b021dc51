import { createI18n } from 'vue-i18n'
import { zhCN } from './zh-CN'
import { en } from './en'

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('suishoupai.locale') : null
const locale = saved === 'en' || saved === 'zh-CN' ? saved : navigator.language?.startsWith('zh') === false ? 'en' : 'zh-CN'

export const i18n = createI18n({
  legacy: false,
  locale,
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function setLocale(next: 'zh-CN' | 'en') {
  i18n.global.locale.value = next
  localStorage.setItem('suishoupai.locale', next)
  document.documentElement.lang = next
}
