import L from 'leaflet'
import simpleheat from 'simpleheat'

/** A cell of case-heatmap: its centre (in the tiles' system) and how many cases were reported in it. */
export interface HeatCell {
  lat: number
  lon: number
  count: number
}

/**
 * A heat layer over a Leaflet map: the cells' counts drawn with simpleheat on one canvas the size of the map, redrawn
 * after every move or zoom (hidden while a zoom animates, as Leaflet hides its own canvas layers). Written here rather
 * than taken from leaflet.heat, whose script needs a global `L` that a bundled app does not have.
 */
export class HeatLayer extends L.Layer {
  private canvas?: HTMLCanvasElement
  private heat?: ReturnType<typeof simpleheat>

  constructor(
    private cells: HeatCell[],
    private radiusPx = 22,
  ) {
    super()
  }

  setCells(cells: HeatCell[]): this {
    this.cells = cells
    this.redraw()
    return this
  }

  /** How many pixels of the canvas are painted (tests look for the heat there). */
  paintedPixels(): number {
    const ctx = this.canvas?.getContext('2d')
    if (!this.canvas || !ctx || this.canvas.width === 0) return 0
    const data = ctx.getImageData(0, 0, this.canvas.width, this.canvas.height).data
    let painted = 0
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++
    return painted
  }

  override onAdd(map: L.Map): this {
    this.canvas = L.DomUtil.create('canvas', 'leaflet-heat-layer leaflet-zoom-hide') as HTMLCanvasElement
    this.canvas.style.pointerEvents = 'none'
    this.canvas.dataset.test = 'heat-layer'
    map.getPanes().overlayPane.appendChild(this.canvas)
    this.heat = simpleheat(this.canvas)
    map.on('moveend zoomend resize', this.redraw, this)
    this.redraw()
    return this
  }

  override onRemove(map: L.Map): this {
    map.off('moveend zoomend resize', this.redraw, this)
    this.canvas?.remove()
    this.canvas = undefined
    this.heat = undefined
    return this
  }

  private redraw() {
    const map = (this as unknown as { _map?: L.Map })._map
    if (!map || !this.canvas || !this.heat) return
    const size = map.getSize()
    this.canvas.width = size.x
    this.canvas.height = size.y
    this.heat.resize() // simpleheat keeps the size it was made with: without this it colours only a corner
    L.DomUtil.setPosition(this.canvas, map.containerPointToLayerPoint([0, 0]))
    const r = this.radiusPx
    const visible: [number, number, number][] = []
    for (const c of this.cells) {
      const p = map.latLngToContainerPoint([c.lat, c.lon])
      if (p.x >= -r && p.y >= -r && p.x <= size.x + r && p.y <= size.y + r) visible.push([p.x, p.y, c.count])
    }
    // the busiest cell in view is full heat, so a quiet district still shows where its cases are
    const max = Math.max(1, ...visible.map((v) => v[2]))
    this.heat.radius(r, r * 0.75).max(max).data(visible).draw(0.08)
  }
}
