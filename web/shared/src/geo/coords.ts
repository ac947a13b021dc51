// Coordinate systems as Chinese maps use them. The server stores WGS-84 and converts whatever a client declares;
// the app only converts to draw: a pin kept in one system is shown on tiles drawn in another (Tianditu: CGCS2000,
// i.e. WGS-84 at a phone's accuracy; AMap and Tencent: GCJ-02; Baidu: BD-09). The formulas are those of the
// server's shared/geo/Gcj02 (the published GCJ-02 transform and its iterative inverse).

export type CoordSystem = 'WGS84' | 'GCJ02' | 'BD09' | 'CGCS2000'
export const COORD_SYSTEMS: readonly CoordSystem[] = ['WGS84', 'GCJ02', 'BD09', 'CGCS2000']

export interface Point {
  lat: number
  lon: number
}

export interface Located extends Point {
  coordSystem: CoordSystem
}

const A = 6378245.0
const EE = 0.00669342162296594323
const X_PI = (Math.PI * 3000.0) / 180.0

export function isCoordSystem(name: unknown): name is CoordSystem {
  return typeof name === 'string' && (COORD_SYSTEMS as readonly string[]).includes(name)
}

export function outsideChina(p: Point): boolean {
  return p.lon < 72.004 || p.lon > 137.8347 || p.lat < 0.8293 || p.lat > 55.8271
}

function latOffset(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0
  return r
}

function lonOffset(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0
  return r
}

export function wgs84ToGcj02(p: Point): Point {
  if (outsideChina(p)) return p
  let dLat = latOffset(p.lon - 105.0, p.lat - 35.0)
  let dLon = lonOffset(p.lon - 105.0, p.lat - 35.0)
  const radLat = (p.lat / 180.0) * Math.PI
  const magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat)
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return { lat: p.lat + dLat, lon: p.lon + dLon }
}

export function gcj02ToWgs84(gcj: Point): Point {
  if (outsideChina(gcj)) return gcj
  let w = gcj
  for (let i = 0; i < 30; i++) {
    const f = wgs84ToGcj02(w)
    const eLat = gcj.lat - f.lat
    const eLon = gcj.lon - f.lon
    w = { lat: w.lat + eLat, lon: w.lon + eLon }
    if (Math.abs(eLat) < 1e-10 && Math.abs(eLon) < 1e-10) break
  }
  return w
}

export function gcj02ToBd09(gcj: Point): Point {
  const x = gcj.lon
  const y = gcj.lat
  const z = Math.sqrt(x * x + y * y) + 0.00002 * Math.sin(y * X_PI)
  const theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI)
  return { lat: z * Math.sin(theta) + 0.006, lon: z * Math.cos(theta) + 0.0065 }
}

export function bd09ToGcj02(bd: Point): Point {
  const x = bd.lon - 0.0065
  const y = bd.lat - 0.006
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI)
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI)
  return { lat: z * Math.sin(theta), lon: z * Math.cos(theta) }
}

export function toWgs84(p: Point, from: CoordSystem): Point {
  switch (from) {
    case 'WGS84':
    case 'CGCS2000':
      return { lat: p.lat, lon: p.lon }
    case 'GCJ02':
      return gcj02ToWgs84(p)
    case 'BD09':
      return gcj02ToWgs84(bd09ToGcj02(p))
  }
}

export function fromWgs84(p: Point, to: CoordSystem): Point {
  switch (to) {
    case 'WGS84':
    case 'CGCS2000':
      return { lat: p.lat, lon: p.lon }
    case 'GCJ02':
      return wgs84ToGcj02(p)
    case 'BD09':
      return gcj02ToBd09(wgs84ToGcj02(p))
  }
}

/** A point declared in one system, expressed in another (e.g. a GCJ-02 pin drawn on CGCS2000 tiles). */
export function convert(p: Point, from: CoordSystem, to: CoordSystem): Point {
  if (from === to || (isWgsLike(from) && isWgsLike(to))) return { lat: p.lat, lon: p.lon }
  return fromWgs84(toWgs84(p, from), to)
}

function isWgsLike(s: CoordSystem): boolean {
  return s === 'WGS84' || s === 'CGCS2000'
}

/** Great-circle distance in metres. */
export function distanceMeters(a: Point, b: Point): number {
  const R = 6371008.8
  const rad = Math.PI / 180
  const dLat = (b.lat - a.lat) * rad
  const dLon = (b.lon - a.lon) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)))
}
