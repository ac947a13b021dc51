import type { CoordSystem } from './geo/coords'

/** config.json, written by the server from its configuration (WebClientSettings), so one build serves every city. */
export interface RuntimeConfig {
  apiBaseUrl: string
  caseNumberPrefix: string
  /** The city's time zone (e.g. Asia/Shanghai): "today" and "this month" are the city's, wherever the browser is. */
  zone?: string
  signIn: {
    dev: boolean
    oidc: { authority: string; clientId: string; scope: string; resource: string | null } | null
  }
  map: {
    tiles: { url: string; coordSystem: CoordSystem; key: string | null; subdomains: string[]; attribution: string; maxZoom: number }
    centerLat: number
    centerLon: number
    zoom: number
  }
  limits: {
    minPhotos: number
    maxItems: number
    descriptionMaxLength: number
    photoMaxBytes: number
    videoMaxBytes: number
    audioMaxBytes: number
  }
}

export async function loadConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('config.json', { cache: 'no-cache' })
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`)
  const config = (await response.json()) as RuntimeConfig
  // an empty base means "the app's own origin" (the all-in-one app serves both)
  if (!config.apiBaseUrl) config.apiBaseUrl = new URL('..', location.href).href.replace(/\/$/, '')
  return config
}
