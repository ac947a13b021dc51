import { describe, expect, it } from 'vitest'
import type { ApiClient } from '@suishoupai/web-shared/api/client'
import { caseFollowing } from '../src/composables/useCaseFollowing'

/** An API whose my-subscriptions answers only when the test says, with what was followed when it was asked. */
function slowApi(followedAtFirst: string[]) {
  let answer: (list: { caseNumber: string }[]) => void = () => undefined
  const api = { // the two calls the switch makes; the rest of the client is not reached
    get: () => new Promise((resolve) => { answer = resolve }),
    post: async () => ({}),
  } as unknown as ApiClient
  return { api, answerNow: () => answer(followedAtFirst.map((caseNumber) => ({ caseNumber }))) }
}

describe('the follow switch on a case page', () => {
  it('shows what the API says once it has answered', async () => {
    const { api, answerNow } = slowApi(['XN-1'])
    const switch1 = caseFollowing(api, 'XN-1', () => true)
    const refreshed = switch1.refresh()
    answerNow()
    await refreshed
    expect(switch1.following.value).toBe(true)
  })

  it('is not turned back by a refresh asked before the citizen said "still there"', async () => {
    const { api, answerNow } = slowApi([]) // read before the support made them a follower
    const switch1 = caseFollowing(api, 'XN-1', () => true)
    const refreshed = switch1.refresh()
    switch1.followed()
    answerNow()
    await refreshed
    expect(switch1.following.value).toBe(true)
  })

  it('is not turned back by a refresh asked before the citizen pressed it', async () => {
    const { api, answerNow } = slowApi([])
    const switch1 = caseFollowing(api, 'XN-1', () => true)
    const refreshed = switch1.refresh()
    await switch1.toggle()
    answerNow()
    await refreshed
    expect(switch1.following.value).toBe(true)
  })
})
