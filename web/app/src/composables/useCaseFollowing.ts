import { ref } from 'vue'
import { useServices } from '../services'
import { session } from '@suishoupai/web-shared/auth/session'
import type { ApiClient } from '@suishoupai/web-shared/api/client'

/**
 * Whether the signed-in citizen follows a case (its news then reaches them on the citizen channel), and the switch.
 * A reporter follows their own case from the start, as does anyone who said "still there".
 */
export function useCaseFollowing(caseNumber: string) {
  const { api } = useServices()
  return caseFollowing(api, caseNumber, () => !!session.token)
}

export function caseFollowing(api: ApiClient, caseNumber: string, signedIn: () => boolean) {
  const following = ref(false)
  const busy = ref(false)
  // bumped by every change made here: a refresh that was asked before one must not undo it with what it read
  let changes = 0

  async function refresh() {
    if (!signedIn()) return
    const asked = changes
    const mine = await api.get('/my-subscriptions', {})
    if (asked === changes) following.value = mine.some((s) => s.caseNumber === caseNumber)
  }

  /** The API has made the citizen a follower (saying "still there" does). */
  function followed() {
    changes++
    following.value = true
  }

  async function toggle() {
    busy.value = true
    changes++
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

  return { following, busy, refresh, followed, toggle }
}
