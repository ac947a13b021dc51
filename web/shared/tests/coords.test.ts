import { describe, expect, it } from 'vitest'
import { convert, distanceMeters, gcj02ToWgs84, wgs84ToGcj02 } from '../src/geo/coords'
import { pinFromTiles, pinOnTiles, tileUrl } from '../src/geo/mapPin'

// 金桂西路, Xianning: the point the server's tests use (shared/geo); GCJ-02 puts it 589 m away
const xianning = { lat: 29.8413, lon: 114.3225 }

describe('coordinate conversion', () => {
  it('offsets a WGS-84 point in China by the GCJ-02 distance the server measures', () => {
    const gcj = wgs84ToGcj02(xianning)
    expect(distanceMeters(xianning, gcj)).toBeGreaterThan(560)
    expect(distanceMeters(xianning, gcj)).toBeLessThan(620)
  })

  it('reproduces the widely published Tiananmen pair', () => {
    const gcj = wgs84ToGcj02({ lat: 39.90734, lon: 116.39089 })
    expect(gcj.lat).toBeCloseTo(39.90874, 4)
    expect(gcj.lon).toBeCloseTo(116.39713, 4)
  })

  it('inverts GCJ-02 to within a few centimetres', () => {
    const back = gcj02ToWgs84(wgs84ToGcj02(xianning))
    expect(distanceMeters(back, xianning)).toBeLessThan(0.05)
  })

  it('round-trips BD-09 and leaves points outside China alone', () => {
    const bd = convert(xianning, 'WGS84', 'BD09')
    expect(distanceMeters(convert(bd, 'BD09', 'WGS84'), xianning)).toBeLessThan(0.1)
    const paris = { lat: 48.8566, lon: 2.3522 }
    expect(convert(paris, 'WGS84', 'GCJ02')).toEqual(paris)
  })

  it('treats CGCS2000 as WGS-84', () => {
    expect(convert(xianning, 'CGCS2000', 'WGS84')).toEqual(xianning)
  })
})

describe('the pin on the map', () => {
  it('draws a WGS-84 pin on GCJ-02 tiles where those tiles show that place', () => {
    const onTiles = pinOnTiles({ ...xianning, coordSystem: 'WGS84' }, 'GCJ02')
    expect(onTiles).toEqual(wgs84ToGcj02(xianning))
  })

  it('keeps a moved pin in the tiles system, so the server converts it once', () => {
    const tapped = wgs84ToGcj02(xianning)
    const pin = pinFromTiles(tapped, 'GCJ02')
    expect(pin.coordSystem).toBe('GCJ02')
    expect(distanceMeters(convert(pin, 'GCJ02', 'WGS84'), xianning)).toBeLessThan(0.05)
  })

  it('a GCJ-02 pin from WeChat lands on Tianditu (CGCS2000) tiles at its true place', () => {
    const fromWeChat = { ...wgs84ToGcj02(xianning), coordSystem: 'GCJ02' as const }
    expect(distanceMeters(pinOnTiles(fromWeChat, 'CGCS2000'), xianning)).toBeLessThan(0.05)
  })

  it('fills the provider key into the tile URL', () => {
    expect(tileUrl('https://t{s}.example/{z}/{x}/{y}?tk={key}', 'a b')).toBe('https://t{s}.example/{z}/{x}/{y}?tk=a%20b')
  })
})
