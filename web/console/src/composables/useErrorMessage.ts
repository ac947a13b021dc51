import { useI18n } from 'vue-i18n'
import { ApiError } from '@suishoupai/web-shared/api/problems'

/** A refusal in plain words, from its stable code; the server's own detail (in English) after it for staff. */
export function useErrorMessage() {
  const { t } = useI18n()
  return (e: unknown): string => {
    if (e instanceof ApiError) {
      const fields = e.errors.map((f) => `${f.field}: ${f.message}`).join('; ')
      return [t(`errors.${e.code}`), fields || e.detail].filter(Boolean).join(' — ')
    }
    return t('errors.UNEXPECTED')
  }
}
