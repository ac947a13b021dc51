// A real, certified OpenID provider (the npm package oidc-provider) on loopback, standing in for the city's: a
// public client for the citizen's app (Authorization Code + PKCE), JWT access tokens for the API's audience
// carrying the account's roles in `groups`, as the functions expect, and its keys at /jwks.
// Usage: node oidc-provider.mjs <port> <redirect-uri>...   Prints "READY <issuer>" when it listens.
import { generateKeyPairSync } from 'node:crypto'
import Provider from 'oidc-provider'

const [port, ...redirectUris] = process.argv.slice(2)
const issuer = `http://127.0.0.1:${port}`
export const CLIENT_ID = 'suishoupai-app'
export const RESOURCE = 'urn:suishoupai:api'
const AUDIENCE = process.env.OIDC_AUDIENCE ?? 'suishoupai'

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'e2e-1', use: 'sig', alg: 'RS256' }

// any login name is an account; its roles come from its first word, as a city's directory would give them:
// screener-…, inspector-…, admin-…, leader-…, handler-<DEPT>-… (with that department); anyone else is a citizen
export function rolesOf(id) {
  const [first, second] = id.split('-')
  if (first === 'handler' && second) return { groups: ['handler'], dept: second.toUpperCase() }
  if (['screener', 'inspector', 'admin', 'leader'].includes(first)) return { groups: [first] }
  return { groups: ['citizen'] }
}

const account = (id) => ({
  accountId: id,
  async claims() {
    return { sub: id, name: `市民 ${id}` }
  },
})

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: CLIENT_ID,
      token_endpoint_auth_method: 'none',
      application_type: 'web',
      redirect_uris: redirectUris,
      post_logout_redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [signingKey] },
  pkce: { required: () => true },
  findAccount: (_ctx, id) => account(id),
  claims: { openid: ['sub'], profile: ['name'] },
  features: {
    devInteractions: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => RESOURCE,
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({
        scope: 'openid profile',
        audience: AUDIENCE,
        accessTokenTTL: 3600,
        accessTokenFormat: 'jwt',
        jwt: { sign: { alg: 'RS256' } },
      }),
    },
  },
  ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 600, Session: 86400, Grant: 86400 },
  extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' ? rolesOf(token.accountId) : undefined),
})
provider.on('server_error', (_ctx, err) => console.error('server_error', err))

const server = provider.listen(Number(port), '127.0.0.1', () => console.log(`READY ${issuer}`))
process.on('SIGTERM', () => server.close(() => process.exit(0)))
