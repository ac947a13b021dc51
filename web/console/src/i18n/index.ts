import { createI18n } from 'vue-i18n'
import { zhCN } from './zh-CN'
import { en } from './en'

const saved = typeof localStorage !== 'undefined' ? localStorage.getItem('suishoupai.console.locale') : null

export const i18n = createI18n({
  legacy: false,
  locale: saved === 'en' ? 'en' : 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
})

export function setLocale(next: 'zh-CN' | 'en') {
  i18n.global.locale.value = next
  localStorage.setItem('suishoupai.console.locale', next)
}
