import { formatBbox } from '../geo/bbox.js';

/** Where the API lives relative to the page; the only place in the frontend that spells the path. */
export const API_PATH = 'api/v1/';

/** Admin levels the admin layer can be filtered by. */
export const ADMIN_LEVELS = Object.freeze(['district', 'township', 'village']);

const LAYER_ID = /^[a-z][a-z0-9_-]*$/;

/**
 * Builds the API's URLs. The base is the page's own URL (document.baseURI), so the page keeps working
 * when the api is deployed under a context path.
 */
export class ApiUrls {
  #root;

  constructor(pageUrl) {
    this.#root = new URL(API_PATH, pageUrl);
  }

  /** GET: the layer catalogue, {demo, layers: [{id, featureCount}]}. */
  layers() {
    return new URL('layers', this.#root).href;
  }

  /**
   * GET: one layer as a GeoJSON FeatureCollection.
   * @param {string} layerId e.g. "admin", "roads"
   * @param {object} [query]
   * @param {number[]} [query.bbox] [west, south, east, north] in degrees
   * @param {string} [query.level] admin only: district, township or village
   * @param {number} [query.limit] at most this many features
   */
  layer(layerId, { bbox, level, limit } = {}) {
    if (typeof layerId !== 'string' || !LAYER_ID.test(layerId)) {
      throw new TypeError(`not a layer id: ${JSON.stringify(layerId)}`);
    }
    const params = new URLSearchParams();
    if (bbox != null) {
      params.set('bbox', formatBbox(bbox));
    }
    if (level != null) {
      if (layerId !== 'admin' || !ADMIN_LEVELS.includes(level)) {
        throw new TypeError(`level ${JSON.stringify(level)} does not apply to layer ${layerId}`);
      }
      params.set('level', level);
    }
    if (limit != null) {
      if (!Number.isInteger(limit) || limit < 1) {
        throw new TypeError(`limit must be a positive integer, got ${JSON.stringify(limit)}`);
      }
      params.set('limit', String(limit));
    }
    const url = new URL(`layers/${layerId}`, this.#root);
    // Commas are legal in a query; keep the bbox readable in logs and the network panel.
    url.search = params.toString().replaceAll('%2C', ',');
    return url.href;
  }
}
