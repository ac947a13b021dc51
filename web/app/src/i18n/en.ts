import type { Messages } from './zh-CN'
import { errorsEn } from '@suishoupai/web-shared/i18n/errors'

export const en: Messages = {
  app: { title: 'Suishoupai', tagline: 'Snap it, report it' },
  nav: { home: 'Home', report: 'Report', cases: 'Look up', mine: 'Mine', points: 'Points' },
  common: {
    loading: 'Loading…', empty: 'Nothing here', retry: 'Retry', cancel: 'Cancel', confirm: 'OK', copy: 'Copy',
    copied: 'Copied', signIn: 'Sign in', signOut: 'Sign out', back: 'Back', more: 'More', offline: 'You are offline',
  },
  home: { following: 'Following', 
    intro: 'See a problem in the city? Photograph it and tell us: broken manhole covers, overflowing bins, street stalls, fallen trees…',
    report: 'Report a problem', lookup: 'Look up a case', mine: 'My reports', points: 'My points',
    outbox: '{n} report(s) will be sent when the network returns', outboxSent: 'Offline reports sent: {numbers}',
  },
  report: {
    title: 'Report a problem',
    photos: 'Photos', photosHint: 'Take at least two: a wide shot (the place), a close-up (the problem), a detail',
    shotKinds: 'Wide,Close-up,Detail',
    addPhoto: 'Camera/album', addVideo: 'Video', voice: 'Voice', recording: 'Recording… tap to stop', voiceUnsupported: 'This browser cannot record',
    moveUp: 'Move up', remove: 'Remove',
    category: 'Problem type', categoryPlaceholder: 'Choose a problem type', categorySearch: 'Search problem types',
    filingConditions: 'Filed when',
    description: 'Description', descriptionPlaceholder: 'Describe the problem, e.g. a broken manhole cover on the pavement',
    location: 'Location', locate: 'Locate me', locating: 'Locating…', locateFailed: 'Could not get your position; tap the map',
    mapHint: 'Drag the pin or tap the map to place it', address: 'Address', addressPlaceholder: 'e.g. in front of 88 Jingui Road',
    component: 'Is it this one?', componentNone: 'None of these',
    submit: 'Submit', submitting: 'Submitting…', uploading: 'Uploading photos {done}/{total}',
    savedOffline: 'No network: saved on this phone, it will be sent when the network returns',
    missing: {
      photos: 'Take at least {min} photos', tooMany: 'At most {max} photos and videos', category: 'Choose a problem type',
      description: 'Describe the problem', descriptionTooLong: 'At most {max} characters', location: 'Place the pin on the map',
      tooLarge: '{name} is too large (max {max})',
    },
  },
  done: {
    title: 'Reported', number: 'Case number', hint: 'Keep the number to follow the case',
    duplicates: 'Possibly the same problem, already reported nearby', distance: '{m} m away', view: 'View case', again: 'Report another',
  },
  lookup: {
    title: 'Look up a case', number: 'Case number', numberPlaceholder: 'e.g. XN-20260101-000001', go: 'Look up',
    search: 'Search by type, description or place', keyword: 'Keyword', place: 'Place', results: '{n} case(s)', none: 'No cases found',
  },
  following: { title: 'Following', list: 'You follow', none: 'Nothing yet', case: 'Case {n}', area: 'Area: {n}', near: '{r} m around a place', stop: 'Stop', placeTitle: 'Follow an area', placeHint: 'Pick a place on the map (near home, say): you will hear of its cases and their progress', radius: '{r} m', add: 'Follow this area', added: 'Following: you will hear of its progress' },
  case: {
    follow: 'Follow', unfollow: 'Unfollow', followed: 'Following: you will hear of its progress', unfollowed: 'No longer following', supporters: '{n} others see it too', support: 'I see it too', supported: 'Thanks, noted', followUp: 'Add information', followUpHint: 'Anything new? The department will get it', followUpSubmit: 'Send', followUpSent: 'Sent to the department',
    resumeAt: 'Work resumes', outcome: 'Outcome', why: 'Why',
    title: 'Case', state: 'State', category: 'Problem type', department: 'Department', deadline: 'Deadline',
    address: 'Address', reported: 'Reported', timeline: 'Progress', photos: 'Photos', afterPhotos: 'After',
    rate: 'Rate the result', rateHint: "Your rating counts in the department's evaluation", comment: 'Comment (optional)', rated: 'Thank you for rating',
    reopened: 'Sent back to the department', submitRating: 'Submit rating', duplicateOf: 'Same as case {n}; follows it',
  },
  outcomes: { RESOLVED: 'Fixed', UNRESOLVED: 'Closed, not fixed' } as Record<string, string>,
  states: {
    SUBMITTED: 'Reported', CHECKING: 'Being checked', FILED: 'Filed', NOT_FILED: 'Not filed', DUPLICATE: 'Duplicate',
    DISPATCHED: 'Dispatched', RETURNED: 'Returned', SUSPENDED: 'Suspended', DEFERRED: 'Deferred', DISPOSED: 'Fixed',
    CLOSED: 'Closed', VOIDED: 'Voided',
  },
  steps: {
    SUBMITTED: 'Reported', CHECKING: 'Checked', FILED: 'Filed', NOT_FILED: 'Not filed', DUPLICATE: 'Merged', DISPATCHED: 'Dispatched',
    RETURNED: 'Returned', SUSPENDED: 'Suspended', DEFERRED: 'Deferred', DISPOSED: 'Fixed', CLOSED: 'Closed', VOIDED: 'Voided',
  },
  mine: { title: 'My reports', none: 'You have not reported anything yet', signInFirst: 'Sign in to see your reports', outbox: 'Waiting to send', refused: 'Not sent: {msg}', discard: 'Delete' },
  points: {
    title: 'My points', balance: 'Balance', today: '{n} earned today', history: 'History', mall: 'Rewards',
    cost: '{n} points', stock: '{n} left', limit: '{n} per person', redeem: 'Redeem', redeemConfirm: 'Redeem "{name}" for {cost} points?',
    redeemed: 'Redeemed; you will be told when it is delivered', myRedemptions: 'My redemptions', none: 'Nothing yet',
    reasons: { FILED: 'Report filed', CLOSED: 'Report closed', ADJUSTMENT: 'Adjustment', REDEMPTION: 'Reward redeemed', REFUND: 'Refund' },
    redemptionStates: { PENDING: 'Pending', FULFILLED: 'Delivered', CANCELLED: 'Cancelled' },
  },
  signIn: {
    title: 'Sign in', why: 'Sign in to report and to see your reports and points', oidc: 'Sign in with the city account', dev: 'Dev sign-in (demo citizen)',
    devHint: 'Only on a local trial install: pick a demo citizen', custom: 'Other account', signedInAs: 'Signed in as {name}',
    failed: 'Sign-in failed; try again',
  },
  errors: errorsEn,
}
