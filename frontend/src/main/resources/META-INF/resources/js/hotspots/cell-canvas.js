import { Layer, DomUtil } from 'leaflet';

/**
 * A hotspot result on one canvas: the coloured rows of a geometry from compact.js#buildGeometry
 * filled without outlines, colour by colour, redrawn from the zoom-0 Mercator pixels after every
 * move or zoom. Tens of thousands of cells draw in tens of milliseconds where as many SVG paths
 * froze the page. A path is filled every {@link CHUNK_ROWS} rows: Chromium's time to fill one path
 * grows much faster than its number of subpaths (12,000 cells: 1.3 s as one path, 30 ms in chunks
 * of 256, measured in headless Chromium here). Not interactive itself: the panel hit-tests clicks.
 */
const CHUNK_ROWS = 256;

export const CellCanvas = Layer.extend({
  options: { pane: 'ldHotspots', opacity: 0.8, pointRadius: 5 },

  initialize(geometry, colors, options) {
    this._geometry = geometry;
    this._colors = colors;
    // The rows of each colour, once.
    this._byColor = new Map();
    colors.forEach((color, i) => {
      if (!color) return;
      if (!this._byColor.has(color)) this._byColor.set(color, []);
      this._byColor.get(color).push(i);
    });
    Object.assign(this.options, options);
  },

  onAdd(map) {
    if (!map.getPane(this.options.pane)) {
      // Above the reference vector layers (overlayPane, 400), below markers and popups.
      map.createPane(this.options.pane).style.zIndex = 450;
    }
    this._canvas = DomUtil.create('canvas', 'ld-hotspot-canvas');
    this._canvas.style.pointerEvents = 'none';
    this._canvas.style.opacity = String(this.options.opacity);
    map.getPane(this.options.pane).appendChild(this._canvas);
    this.redraw();
  },

  onRemove() {
    this._canvas?.remove();
    this._canvas = null;
  },

  getEvents() {
    return {
      moveend: this.redraw,
      resize: this.redraw,
      zoomstart: this._hide,
      viewreset: this.redraw,
    };
  },

  _hide() {
    if (this._canvas) this._canvas.style.visibility = 'hidden';
  },

  /** Draws the visible coloured rows for the map's current view; returns how many it drew. */
  redraw() {
    const map = this._map;
    const canvas = this._canvas;
    if (!map || !canvas) return 0;
    const size = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    DomUtil.setPosition(canvas, topLeft);
    canvas.width = Math.round(size.x * ratio);
    canvas.height = Math.round(size.y * ratio);
    canvas.style.width = `${size.x}px`;
    canvas.style.height = `${size.y}px`;
    const context = canvas.getContext('2d');
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, size.x, size.y);

    // A layer point is the pixel at this zoom less the pixel origin; the canvas starts at topLeft.
    const scale = 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const offsetX = origin.x + topLeft.x;
    const offsetY = origin.y + topLeft.y;
    const viewMinX = offsetX / scale;
    const viewMinY = offsetY / scale;
    const viewMaxX = (offsetX + size.x) / scale;
    const viewMaxY = (offsetY + size.y) / scale;
    const { xy, rings, rowRings, boxes } = this._geometry;
    const radius = this.options.pointRadius;
    let drawn = 0;
    for (const [color, rows] of this._byColor) {
      context.fillStyle = color;
      context.beginPath();
      let pending = 0;
      for (const i of rows) {
        const b = 4 * i;
        if (!(boxes[b + 2] >= viewMinX && boxes[b] <= viewMaxX && boxes[b + 3] >= viewMinY && boxes[b + 1] <= viewMaxY)) {
          continue;
        }
        for (let k = rowRings[i]; k < rowRings[i + 1]; k++) {
          const start = rings[k];
          const end = rings[k + 1];
          const x0 = xy[2 * start] * scale - offsetX;
          const y0 = xy[2 * start + 1] * scale - offsetY;
          if (end - start === 1) {
            context.moveTo(x0 + radius, y0);
            context.arc(x0, y0, radius, 0, 2 * Math.PI);
            continue;
          }
          context.moveTo(x0, y0);
          for (let v = start + 1; v < end; v++) {
            context.lineTo(xy[2 * v] * scale - offsetX, xy[2 * v + 1] * scale - offsetY);
          }
          context.closePath();
        }
        drawn++;
        if (++pending === CHUNK_ROWS) {
          context.fill('evenodd');
          context.beginPath();
          pending = 0;
        }
      }
      if (pending > 0) context.fill('evenodd');
    }
    canvas.style.visibility = 'visible';
    canvas.dataset.drawnCells = String(drawn);
    return drawn;
  },
});
