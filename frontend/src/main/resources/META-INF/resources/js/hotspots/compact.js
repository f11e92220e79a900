import { emergingPattern, GI_BINS, MORAN_QUADRANTS, DENSITY_RAMP, colorFor } from './results.js';

/**
 * The compact hotspot answer (POST api/v1/hotspots/{method}?format=compact): rows of a column list
 * and each row's shape as integer rings (see the server's HotspotCompactJson). Here: which rows the
 * map colours, the order and pages of the table, and the shapes as Web Mercator pixels at zoom 0
 * for the canvas layer, built in slices so that the page never stops answering. Pure.
 */

/** Rows per page of the result table. */
export const PAGE_SIZE = 50;

/** Web Mercator pixels at zoom 0 (a 256 px world, as Leaflet's EPSG:3857) of a [lat, lng]. */
export function worldPixel(lat, lng) {
  const clamped = Math.max(Math.min(lat, 85.0511287798), -85.0511287798);
  const sin = Math.sin(clamped * Math.PI / 180);
  return [
    (lng + 180) / 360 * 256,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256,
  ];
}

/** One row as {column: value}, for the colour and text helpers that take properties. */
export function rowProperties(columns, row) {
  const properties = {};
  for (let c = 0; c < columns.length; c++) properties[columns[c]] = row[c];
  return properties;
}

/** Equal-interval density classes (6 breaks for 5 classes) over the values of one column. */
export function breaksOf(values) {
  const finite = values.map(Number).filter((v, i) => values[i] !== null && Number.isFinite(v));
  if (finite.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (const v of finite) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const step = (max - min) / DENSITY_RAMP.length;
  return Array.from({ length: DENSITY_RAMP.length + 1 }, (_, i) => min + i * step);
}

/**
 * The fill of each row on the map, or null where the row is not drawn: cells that are not
 * significant stay uncoloured (no fill, no outline), so the hot and cold spots stand out.
 * @returns {{colors: Array<string|null>, breaks: number[]}}
 */
export function rowColors(method, columns, rows) {
  const at = (name) => columns.indexOf(name);
  const densityColumn = at('density') >= 0 ? at('density') : at('value');
  const breaks = method === 'kernel-density' && densityColumn >= 0 ? breaksOf(rows.map((r) => r[densityColumn])) : [];
  // Only the columns a colour depends on, read into one reused object (no object per row).
  const used = ['bin', 'p', 'quadrant', 'pattern', 'density', 'value'].map((name) => [name, at(name)]).filter(([, c]) => c >= 0);
  const p = {};
  const colors = rows.map((row) => {
    for (const [name, c] of used) p[name] = row[c];
    switch (method) {
      case 'gi-star':
        return Number(p.bin) !== 0 && p.bin !== null && p.bin !== undefined ? colorFor(method, p) : null;
      case 'local-moran': {
        const significant = p.p !== null && p.p !== undefined && Number(p.p) < 0.05;
        return significant && MORAN_QUADRANTS.some((q) => q.id === p.quadrant && q.id !== 'NS') ? colorFor(method, p) : null;
      }
      case 'emerging':
        return emergingPattern(p.pattern) ? colorFor(method, p) : null;
      case 'warnings':
        return GI_BINS[0].color;
      default:
        return Number(p.density ?? p.value ?? 0) > 0 ? colorFor(method, p, breaks) : null;
    }
  });
  return { colors, breaks };
}

/** Emerging patterns from the most to the least pressing; hot before cold, no pattern last. */
const PATTERN_RANK = ['intensifying', 'persistent', 'consecutive', 'new', 'sporadic', 'oscillating', 'diminishing', 'historical'];

function emergingRank(value) {
  const pattern = emergingPattern(value);
  if (!pattern) return 2 * PATTERN_RANK.length;
  const rank = PATTERN_RANK.indexOf(pattern.kind);
  return (pattern.cold ? PATTERN_RANK.length : 0) + (rank < 0 ? PATTERN_RANK.length - 1 : rank);
}

function absolute(value) {
  return value === null || value === undefined || !Number.isFinite(Number(value)) ? -1 : Math.abs(Number(value));
}

/**
 * Row indexes in the order that matters for the method: Gi* and Local Moran by |z| (the strongest
 * clusters first, whether hot or cold), kernel density by density, emerging hot spots by how
 * pressing the pattern is (then |z| of the last step), warnings by p; ties by the unit's value.
 */
export function importanceOrder(method, columns, rows) {
  const at = (name) => columns.indexOf(name);
  const z = at('z');
  const value = at('density') >= 0 ? at('density') : at('value') >= 0 ? at('value') : at('count');
  const numberAt = (row, c) => (c >= 0 && Number.isFinite(Number(row[c])) && row[c] !== null ? Number(row[c]) : -Infinity);
  // Keys computed once per row (first: smaller first; second: larger first), then one sort of indexes.
  const first = new Float64Array(rows.length);
  const second = new Float64Array(rows.length);
  const pattern = at('pattern');
  const zLast = at('zLast');
  const p = at('p');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (method === 'emerging') {
      first[i] = emergingRank(row[pattern]);
      second[i] = absolute(row[zLast]);
    } else if (method === 'warnings' && p >= 0) {
      first[i] = row[p] === null || !Number.isFinite(Number(row[p])) ? Infinity : Number(row[p]);
      second[i] = numberAt(row, value);
    } else {
      first[i] = z >= 0 ? -absolute(row[z]) : 0;
      second[i] = numberAt(row, value);
    }
  }
  const order = rows.map((_, i) => i);
  return order.sort((a, b) => first[a] - first[b] || second[b] - second[a] || a - b);
}

/** One page (0-based, clamped) of an order: {indexes, page, pages}. */
export function pageOf(order, page, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(order.length / size));
  const clamped = Math.min(Math.max(0, Math.trunc(Number(page) || 0)), pages - 1);
  return { indexes: order.slice(clamped * size, (clamped + 1) * size), page: clamped, pages };
}

/**
 * The columns the table shows: `label` repeats the coded column in words (bin, quadrant, pattern)
 * and a density cell's column and row say nothing to a planner, so they are left out.
 */
export function tableColumns(method, columns) {
  const hidden = new Set(['label']);
  if (method === 'kernel-density') {
    hidden.add('column');
    hidden.add('row');
  }
  return columns.filter((c) => !hidden.has(c));
}

/** Waits for the next macrotask, letting the browser paint and answer input meanwhile. */
export const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The shapes of the rows as Web Mercator pixels at zoom 0, in one flat array, with each row's
 * bounding box: what the canvas layer draws and hit-tests. Works in slices of about `sliceMs`
 * and awaits `pause` between them, so a long answer never blocks the page for long.
 * @param {{scale: number, origin: number[], parts: number[][][]}} shapes
 * @param {((lonLat: number[]) => number[]) | null} toMap WGS-84 [lon, lat] → the map's [lat, lng]; null when
 *   the map is in WGS-84 too
 * @param {object} [options] include: per row, whether to keep its shape (all rows when absent)
 * @returns {Promise<{xy: Float64Array, rings: Int32Array, rowRings: Int32Array, boxes: Float64Array}>}
 *   ring k spans xy[2*rings[k] .. 2*rings[k+1]); row i has rings rowRings[i] .. rowRings[i+1];
 *   boxes holds minX, minY, maxX, maxY per row (NaN for a row without a shape)
 */
export async function buildGeometry(shapes, toMap, {
  pause = nextTask, sliceMs = 25, now = () => performance.now(), signal, include = null,
} = {}) {
  // Rows not included (not drawn) keep no shape: on Gi* that is 26,467 of 27,397 grid cells.
  const parts = (shapes?.parts ?? []).map((row, i) => (include && !include[i] ? [] : row));
  const scale = Number(shapes?.scale) || 1e6;
  const [lon0, lat0] = shapes?.origin ?? [0, 0];
  let vertexCount = 0;
  let ringCount = 0;
  for (const row of parts) {
    for (const ring of row ?? []) {
      vertexCount += ring.length >> 1;
      ringCount++;
    }
  }
  const xy = new Float64Array(2 * vertexCount);
  const rings = new Int32Array(ringCount + 1);
  const rowRings = new Int32Array(parts.length + 1);
  const boxes = new Float64Array(4 * parts.length).fill(NaN);
  let v = 0;
  let r = 0;
  let started = now();
  for (let i = 0; i < parts.length; i++) {
    rowRings[i] = r;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const ring of parts[i] ?? []) {
      rings[r++] = v;
      let qx = 0;
      let qy = 0;
      for (let k = 0; k + 1 < ring.length; k += 2) {
        qx += ring[k];
        qy += ring[k + 1];
        let lng = lon0 + qx / scale;
        let lat = lat0 + qy / scale;
        if (toMap) [lat, lng] = toMap([lng, lat]);
        const sin = Math.sin(Math.max(Math.min(lat, 85.0511287798), -85.0511287798) * Math.PI / 180);
        const x = (lng + 180) / 360 * 256;
        const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256;
        xy[2 * v] = x;
        xy[2 * v + 1] = y;
        v++;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
    if (minX <= maxX) boxes.set([minX, minY, maxX, maxY], 4 * i);
    if ((i & 255) === 255 && now() - started > sliceMs) {
      await pause();
      if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
      started = now();
    }
  }
  rings[r] = v;
  rowRings[parts.length] = r;
  return { xy, rings, rowRings, boxes };
}

/**
 * The row whose shape holds the world pixel (x, y) at zoom 0, else -1: even-odd over its rings;
 * a point row (one vertex) within `pointRadius` world pixels.
 */
export function rowAt(geometry, x, y, pointRadius = 0) {
  const { xy, rings, rowRings, boxes } = geometry;
  const rows = rowRings.length - 1;
  for (let i = 0; i < rows; i++) {
    const b = 4 * i;
    if (!(x >= boxes[b] - pointRadius && x <= boxes[b + 2] + pointRadius && y >= boxes[b + 1] - pointRadius && y <= boxes[b + 3] + pointRadius)) continue;
    let inside = false;
    for (let k = rowRings[i]; k < rowRings[i + 1]; k++) {
      const start = rings[k];
      const end = rings[k + 1];
      if (end - start === 1) {
        if (Math.hypot(xy[2 * start] - x, xy[2 * start + 1] - y) <= pointRadius) return i;
        continue;
      }
      for (let a = start, c = end - 1; a < end; c = a++) {
        const ay = xy[2 * a + 1];
        const cy = xy[2 * c + 1];
        if ((ay > y) !== (cy > y) && x < (xy[2 * c] - xy[2 * a]) * (y - ay) / (cy - ay) + xy[2 * a]) inside = !inside;
      }
    }
    if (inside) return i;
  }
  return -1;
}
