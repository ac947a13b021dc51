import { convert, type CoordSystem, type Located, type Point } from './coords'

/**
 * Where to draw a pin kept in its own system on tiles drawn in another, and what a place tapped on those tiles is:
 * the pin stays in the system it came from (the phone's WGS-84, WeChat's GCJ-02) until the citizen moves it, and
 * is then in the tiles' system. Either way the server is told which one it is and converts it once.
 */
export function pinOnTiles(pin: Located, tiles: CoordSystem): Point {
  return convert(pin, pin.coordSystem, tiles)
}

export function pinFromTiles(tapped: Point, tiles: CoordSystem): Located {
  return { lat: round(tapped.lat), lon: round(tapped.lon), coordSystem: tiles }
}

function round(v: number): number {
  return Math.round(v * 1e7) / 1e7
}

/** Fills {key} in a tile URL template (Tianditu's tk=, AMap's key=); Leaflet fills {z} {x} {y} {s}. */
export function tileUrl(template: string, key: string | null): string {
  return template.replace('{key}', encodeURIComponent(key ?? ''))
}
