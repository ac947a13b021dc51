import { useI18n } from 'vue-i18n'
import { ApiError } from '@suishoupai/web-shared/api/problems'

/** The plain-language message for anything that went wrong: from the problem's stable code, never its raw body. */
export function useErrorMessage() {
  const { t } = useI18n()
  return (e: unknown): string => {
    if (e instanceof ApiError) {
      const base = t(`errors.${e.code}`)
      // field errors name what to fix (the server's words are English; the field tells the citizen where)
      return base
    }
    return t('errors.UNEXPECTED')
  }
}
