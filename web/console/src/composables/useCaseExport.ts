import { ref } from 'vue'
import { session } from '@suishoupai/web-shared/auth/session'
import { toApiError } from '@suishoupai/web-shared/api/problems'
import { useServices } from '../services'

/**
 * Downloads GET /export-cases as a file. A link cannot carry the bearer token, so the file is fetched with it and
 * handed to the browser as a download; the server streams it, whatever its length.
 */
export function useCaseExport() {
  const { config } = useServices()
  const busy = ref(false)

  async function download(format: 'csv' | 'xlsx', filters: Record<string, string> = {}) {
    busy.value = true
    try {
      const query = new URLSearchParams({ format, ...filters })
      const answer = await fetch(`${config.apiBaseUrl}/export-cases?${query}`, {
        headers: session.token ? { Authorization: `Bearer ${session.token}` } : {},
      })
      if (!answer.ok) {
        throw toApiError(answer.status, await answer.json().catch(() => ({})))
      }
      const name = /filename="([^"]+)"/.exec(answer.headers.get('Content-Disposition') ?? '')?.[1] ?? `cases.${format}`
      const url = URL.createObjectURL(await answer.blob())
      const link = document.createElement('a')
      link.href = url
      link.download = name
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
    } finally {
      busy.value = false
    }
  }

  return { busy, download }
}
