import { TileLayer, tileLayer } from 'leaflet';
import { describeError, isMissingEndpoint } from '../api/index.js';
import { catalogSources, RASTER_SOURCES, tileTemplate, tileZooms } from './tile-catalog.js';

/**
 * The server's raster tile sources (issue 5): the catalog says which exist, each one's TileJSON
 * gives its URL template. A server without the tile endpoints (404) simply has none: the page
 * keeps its layer-based display and shows the missing layers as unavailable.
 *
 * @returns {Promise<{sources: Map<string, {template: string, zooms: object}>, note: string|null}>}
 *   `note` is a Chinese sentence when something is missing or failed
 */
export async function loadTileSources(client, urls) {
  const sources = new Map();
  let catalog;
  try {
    catalog = catalogSources(await client.getJson(urls.tileCatalog()));
  } catch (error) {
    return {
      sources,
      note: isMissingEndpoint(error)
        ? '服务器尚未提供瓦片服务（/tiles），底图以矢量图层显示，热力与热点瓦片暂不可用。'
        : `无法读取瓦片目录：${describeError(error)}`,
    };
  }
  const missing = [];
  await Promise.all(Object.keys(RASTER_SOURCES).map(async (id) => {
    if (!catalog.has(id)) {
      missing.push(RASTER_SOURCES[id]);
      return;
    }
    const entry = catalog.get(id);
    // A raster entry without a TileJSON carries its URL template and zooms in the catalog itself.
    if (typeof entry.tiles === 'string' && !entry.tilejson) {
      const inline = { tiles: [entry.tiles], minzoom: entry.minzoom, maxzoom: entry.maxzoom };
      const template = tileTemplate(inline, new URL(urls.tileCatalog(), window.location.href).href);
      if (template) {
        sources.set(id, { template, zooms: tileZooms(inline) });
      } else {
        missing.push(RASTER_SOURCES[id]);
      }
      return;
    }
    const url = urls.tileJson(id);
    try {
      const tileJson = await client.getJson(url);
      const template = tileTemplate(tileJson, url);
      if (template) {
        sources.set(id, { template, zooms: tileZooms(tileJson) });
      } else {
        missing.push(RASTER_SOURCES[id]);
      }
    } catch {
      missing.push(RASTER_SOURCES[id]);
    }
  }));
  return { sources, note: missing.length > 0 ? `服务器暂未提供：${missing.join('、')}。` : null };
}

/**
 * A raster tile layer of one of our sources. `query` (case filters for heat and hotspots, crs for
 * GCJ-02 base maps) is appended to every tile URL and can be changed with setQuery.
 */
export const ServerTileLayer = TileLayer.extend({
  initialize(source, options) {
    this._template = source.template;
    this._query = '';
    TileLayer.prototype.initialize.call(this, source.template, {
      ...source.zooms,
      maxZoom: 18,
      tileSize: 256,
      crossOrigin: false,
      ...options,
    });
  },

  /** @param {Record<string, string>} query */
  setQuery(query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const text = params.toString();
    if (text !== this._query) {
      this._query = text;
      this.setUrl(text ? `${this._template}${this._template.includes('?') ? '&' : '?'}${text}` : this._template);
    }
    return this;
  },
});

/** A placeholder in the layers control for a source the server does not offer: it cannot be ticked. */
export function unavailableLayer() {
  // Leaflet's layers control disables an entry whose layer has a minZoom above the map's zoom.
  return tileLayer('', { minZoom: 99 });
}
