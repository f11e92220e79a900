/**
 * The server's tile sources (GET tiles/catalog, issue 5) and the URL templates of their TileJSON.
 * The catalog's exact shape is the tile branch's to choose; this reads the shapes martin and
 * similar servers use: {"tiles": {"basemap": {…}, …}}, {"sources": [{"id": …}]}, {"layers": [{"id": …}]}
 * or a plain array of ids or entries. Pure.
 */

/** Raster sources the workspace knows how to show, with their Chinese names. */
export const RASTER_SOURCES = Object.freeze({
  basemap: '落点底图',
  heat: '案件热力',
  hotspots: '热点（Gi*）',
});

/** Vector layers of the MVT endpoint (issue 5). */
export const VECTOR_LAYERS = Object.freeze(['admin', 'grid', 'roads', 'waterways', 'landmarks', 'cases']);

/**
 * @param {unknown} body the catalog
 * @returns {Map<string, object>} source id → its entry (an object, possibly empty)
 */
export function catalogSources(body) {
  const sources = new Map();
  const add = (id, entry) => {
    if (typeof id === 'string' && id !== '') {
      sources.set(id, entry && typeof entry === 'object' ? entry : {});
    }
  };
  const addList = (list) => {
    for (const item of list) {
      if (typeof item === 'string') add(item, {});
      else if (item && typeof item === 'object') add(item.id ?? item.name ?? item.layer, item);
    }
  };
  if (Array.isArray(body)) {
    addList(body);
    return sources;
  }
  if (!body || typeof body !== 'object') {
    return sources;
  }
  for (const key of ['tiles', 'sources', 'layers', 'raster', 'vector']) {
    const value = body[key];
    if (Array.isArray(value)) {
      addList(value);
    } else if (value && typeof value === 'object') {
      for (const [id, entry] of Object.entries(value)) add(id, entry);
    }
  }
  return sources;
}

/**
 * The tile URL template of a TileJSON ({"tiles": ["…/{z}/{x}/{y}.png"]}), resolved against the
 * TileJSON's own URL; null when it has none.
 * @param {object} tileJson
 * @param {string} tileJsonUrl
 * @param {{crs?: string}} [options] crs=gcj02 asks the server to shift the tiles for GCJ-02 base maps
 */
export function tileTemplate(tileJson, tileJsonUrl, { crs } = {}) {
  const template = Array.isArray(tileJson?.tiles) ? tileJson.tiles.find((t) => typeof t === 'string') : null;
  if (!template || !template.includes('{z}') || !template.includes('{x}') || !template.includes('{y}')) {
    return null;
  }
  // new URL() would percent-encode the braces; resolve the part before the first brace only.
  const cut = template.indexOf('{');
  const base = new URL(template.slice(0, cut), tileJsonUrl).href;
  let url = base + template.slice(cut);
  if (crs && crs !== 'wgs84') {
    url += `${url.includes('?') ? '&' : '?'}crs=${encodeURIComponent(crs)}`;
  }
  return url;
}

/** Zoom range of a TileJSON, clamped to sane values. */
export function tileZooms(tileJson) {
  const min = Number.isInteger(tileJson?.minzoom) ? tileJson.minzoom : 0;
  const max = Number.isInteger(tileJson?.maxzoom) ? tileJson.maxzoom : 18;
  return { minZoom: Math.max(0, min), maxNativeZoom: Math.min(22, Math.max(min, max)) };
}
