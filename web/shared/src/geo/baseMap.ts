import L from 'leaflet'
import type { RuntimeConfig } from '../config'
import { tileUrl } from './mapPin'

/** The city's base map from config.json: its tile template (with the key filled in), subdomains, zoom and credit. */
export function baseLayer(tiles: RuntimeConfig['map']['tiles']): L.TileLayer {
  return L.tileLayer(tileUrl(tiles.url, tiles.key), {
    maxZoom: tiles.maxZoom,
    subdomains: tiles.subdomains.length ? tiles.subdomains : 'abc',
    attribution: tiles.attribution,
  })
}
