import type { GeoJsonObject } from 'geojson'

/** An area's GeoJSON as the API sends it (the JSON itself); a string, as older documents described it, is read too. */
export function geometryOf(value: unknown): GeoJsonObject | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return JSON.parse(value) as GeoJsonObject
  return value as GeoJsonObject
}
