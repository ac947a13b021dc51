import { reactive } from 'vue'
import type { RuntimeConfig } from '../config'

// the citizen's app and the console share an origin on the all-in-one app: each keeps its own token
let TOKEN_KEY = 'suishoupai.token'

/** Names where this client keeps its token (the console: 'suishoupai.console.token'). */
export function configureSession(tokenKey: string): void {
  TOKEN_KEY = tokenKey
}

export interface Session {
  token: string | null
  subject: string | null
  name: string | null
  /** The roles the token carries (its groups), to show what they may do; the API still decides. */
  roles: string[]
  /** A handler's department (the token's dept claim). */
  department: string | null
}

/** The signed-in citizen. The token is kept on the phone until it expires; the API decides what it allows. */
export const session = reactive<Session>({ token: null, subject: null, name: null, roles: [], department: null })

interface Claims {
  sub?: string
  groups?: string[]
  dept?: string
  /** A department lead (assigns the department's cases). */
  lead?: boolean
  exp?: number
  name?: string
  preferred_username?: string
}

/** A JWT's claims, read only to show who is signed in and when the token ends; the server verifies it. */
export function readClaims(token: string): Claims | null {
  const part = token.split('.')[1]
  if (!part) return null
  try {
    const json = decodeURIComponent(
      atob(part.replace(/-/g, '+').replace(/_/g, '/'))
        .split('')
        .map((c) => '%' + c.charCodeAt(0).toString(16).padStart(2, '0'))
        .join(''),
    )
    return JSON.parse(json) as Claims
  } catch {
    return null
  }
}

export function useToken(token: string | null, now = Date.now()): boolean {
  const claims = token ? readClaims(token) : null
  if (!token || !claims || (claims.exp !== undefined && claims.exp * 1000 <= now)) {
    session.token = null
    session.subject = null
    session.name = null
    session.roles = []
    session.department = null
    localStorage.removeItem(TOKEN_KEY)
    return false
  }
  session.token = token
  session.subject = claims.sub ?? null
  session.name = claims.name ?? claims.preferred_username ?? claims.sub ?? null
  session.roles = Array.isArray(claims.groups) ? claims.groups : []
  session.department = claims.dept ?? null
  localStorage.setItem(TOKEN_KEY, token)
  return true
}

export function restoreSession(): void {
  useToken(localStorage.getItem(TOKEN_KEY))
}

export function signOut(): void {
  useToken(null)
}

/** Embedded defaults only: a token for a demo citizen from /dev/token (absent, 404, anywhere else). */
export async function devSignIn(config: RuntimeConfig, subject: string, roles: string[] = ['citizen'], dept?: string): Promise<void> {
  const response = await fetch(`${config.apiBaseUrl}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ sub: subject, roles, dept }),
  })
  if (!response.ok) throw new Error(`dev token: HTTP ${response.status}`)
  const { token } = (await response.json()) as { token: string }
  useToken(token)
}

// OpenID Connect (Authorization Code + PKCE) with the city's provider. oidc-client-ts is loaded only when used,
// so the report page stays small for those who never sign in this way.
async function userManager(config: RuntimeConfig) {
  const oidc = config.signIn.oidc
  if (!oidc) throw new Error('no OpenID provider configured')
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts')
  const redirect = location.origin + location.pathname
  return new UserManager({
    authority: oidc.authority,
    client_id: oidc.clientId,
    redirect_uri: redirect,
    post_logout_redirect_uri: redirect,
    response_type: 'code',
    scope: oidc.scope,
    extraQueryParams: oidc.resource ? { resource: oidc.resource } : undefined,
    extraTokenParams: oidc.resource ? { resource: oidc.resource } : undefined,
    userStore: new WebStorageStateStore({ store: localStorage }),
    loadUserInfo: false,
  })
}

/** Leaves for the provider's sign-in page; `returnTo` is the app route to come back to. */
export async function oidcSignIn(config: RuntimeConfig, returnTo: string): Promise<void> {
  const manager = await userManager(config)
  await manager.signinRedirect({ state: returnTo })
}

/** On return from the provider (?code=…&state=…): takes the token, cleans the URL, answers the route to go to. */
export async function completeOidcSignIn(config: RuntimeConfig): Promise<string | null> {
  const params = new URLSearchParams(location.search)
  if (!config.signIn.oidc || !params.has('state') || !(params.has('code') || params.has('error'))) return null
  const manager = await userManager(config)
  try {
    const user = await manager.signinRedirectCallback()
    useToken(user.access_token)
    return typeof user.state === 'string' ? user.state : '/'
  } finally {
    history.replaceState(null, '', location.pathname + location.hash)
  }
}
