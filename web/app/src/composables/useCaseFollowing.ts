import { ref } from 'vue'
import { useServices } from '../services'
import { session } from '@suishoupai/web-shared/auth/session'

/**
 * Whether the signed-in citizen follows a case (its news then reaches them on the citizen channel), and the switch.
 * A reporter follows their own case from the start, as does anyone who said "still there".
 */
export function useCaseFollowing(caseNumber: string) {
  const { api } = useServices()
  const following = ref(false)
  const busy = ref(false)

  async function refresh() {
    if (!session.token) return
    const mine = await api.get('/my-subscriptions', {})
    following.value = mine.some((s) => s.caseNumber === caseNumber)
  }

  async function toggle() {
    busy.value = true
    try {
      if (following.value) {
        await api.post('/unsubscribe', { caseNumber })
        following.value = false
      } else {
        await api.post('/subscribe', { caseNumber })
        following.value = true
      }
    } finally {
      busy.value = false
    }
  }

  return { following, busy, refresh, toggle }
}
