import { formatBbox } from '../geo/bbox.js';

/** Where the API lives relative to the page; the only place in the frontend that spells the path. */
export const API_PATH = 'api/v1/';

/** Where the tile endpoints live relative to the page (issue 5). */
export const TILES_PATH = 'tiles/';

/** The hotspot analyses of POST api/v1/hotspots/{method}. */
export const HOTSPOT_METHODS = Object.freeze([
  'gi-star', 'local-moran', 'kernel-density', 'emerging', 'warnings', 'monthly-topics',
]);

/** Admin levels the admin layer can be filtered by. */
export const ADMIN_LEVELS = Object.freeze(['district', 'township', 'village']);

const LAYER_ID = /^[a-z][a-z0-9_-]*$/;

/**
 * Builds the API's URLs. The base is the page's own URL (document.baseURI), so the page keeps working
 * when the api is deployed under a context path.
 */
export class ApiUrls {
  #root;
  #page;

  constructor(pageUrl) {
    this.#page = new URL('.', pageUrl);
    this.#root = new URL(API_PATH, pageUrl);
  }

  /** A page of the server (login, logout), relative to the map page. */
  page(path) {
    return new URL(path, this.#page).href;
  }

  /** A URL the server handed out (a photo's "/api/v1/cases/1/photos/2"), resolved against the page. */
  resolve(path) {
    return new URL(path.replace(/^\//, ''), this.#page).href;
  }

  /** GET: who is signed in (401 when nobody). */
  me() {
    return this.#api('users/me');
  }

  /** GET: one admin area or grid cell by its code, as a GeoJSON Feature. */
  place(code) {
    if (!/^\d{6}(\d{3})?(\d{3})?$/.test(String(code))) {
      throw new TypeError(`not an admin code: ${JSON.stringify(code)}`);
    }
    return this.#api(`places/${code}`);
  }

  /** GET: the two-level category taxonomy. */
  categories() {
    return this.#api('categories');
  }

  /** GET: a point in words and its places. */
  describe({ lon, lat, crs = 'wgs84' }) {
    return this.#api('describe', { lon: coordinate(lon), lat: coordinate(lat), crs });
  }

  /** GET: a published location sentence read back into a point. */
  locate(text, crs = 'wgs84') {
    return this.#api('locate', { text, crs });
  }

  /**
   * GET: a page of cases. `query` holds the API's filter names (bbox, admin, grid, category, state,
   * from, to, overdue) and offset, limit, format; empty values are left out.
   */
  cases(query = {}) {
    const params = { ...query };
    if (Array.isArray(params.bbox)) {
      params.bbox = formatBbox(params.bbox);
    }
    return this.#api('cases', params);
  }

  /** POST: report a case; GET: one case. */
  case(id) {
    return id == null ? this.#api('cases') : this.#api(`cases/${caseId(id)}`);
  }

  caseTransitions(id) {
    return this.#api(`cases/${caseId(id)}/transitions`);
  }

  /** GET: the audit log (ADMIN), filtered by actor, entityType + entityId, from, to; limit. */
  audit(query = {}) {
    return this.#api('audit', query);
  }

  /** GET: the 待定位 list (state waiting | placed | discarded; offset, limit). */
  unplaced(query = {}) {
    return this.#api('unplaced', query);
  }

  /** POST {lon, lat, crs}: place a 待定位 report; it becomes a case. */
  unplacedPlace(id) {
    return this.#api(`unplaced/${caseId(id)}/place`);
  }

  /** POST {reason}: discard a 待定位 report. */
  unplacedDiscard(id) {
    return this.#api(`unplaced/${caseId(id)}/discard`);
  }

  /** GET: the case with this number (TZ-20261122-00042), if the user may see it. */
  caseByNumber(number) {
    return this.#api(`cases/by-number/${encodeURIComponent(number.trim())}`);
  }

  /** GET: the units to choose from at 派遣 and the dispatch rules' choice. */
  caseDispatchOptions(id) {
    return this.#api(`cases/${caseId(id)}/dispatch-options`);
  }

  /** GET: a page of components (部件) as GeoJSON: bbox [w, s, e, n], category (小类 or 大类), status, limit. */
  components(query = {}) {
    const params = { ...query };
    if (Array.isArray(params.bbox)) {
      params.bbox = formatBbox(params.bbox);
    }
    return this.#api('components', params);
  }

  /** GET: the components of a 小类 (B0101) within the link radius of a WGS-84 point, nearest first. */
  componentsNear({ category, lon, lat }) {
    return this.#api('components/near', { category, lon: coordinate(lon), lat: coordinate(lat), crs: 'wgs84' });
  }

  /** GET: one component (部件) with its history. */
  component(code) {
    return this.#api(`components/${encodeURIComponent(code)}`);
  }

  /** GET: the cases about one component, newest first. */
  componentCases(code) {
    return this.#api(`components/${encodeURIComponent(code)}/cases`);
  }

  caseHistory(id) {
    return this.#api(`cases/${caseId(id)}/history`);
  }

  casePhotos(id) {
    return this.#api(`cases/${caseId(id)}/photos`);
  }

  caseSupervisions(id) {
    return this.#api(`cases/${caseId(id)}/supervisions`);
  }

  /** GET: the four rates grouped by township, unit, category … for a month or from/to. */
  rates(query = {}) {
    return this.#api('stats/rates', query);
  }

  /** GET: the monthly township ranking. */
  ranking(query = {}) {
    return this.#api('stats/ranking', query);
  }

  /** POST: one hotspot analysis (issue 5). */
  hotspots(method) {
    if (!HOTSPOT_METHODS.includes(method)) {
      throw new TypeError(`not a hotspot method: ${JSON.stringify(method)}`);
    }
    return this.#api(`hotspots/${method}`);
  }

  /** GET: the tile catalog (issue 5): which tile sources the server has. */
  tileCatalog() {
    return new URL(`${TILES_PATH}catalog`, this.#page).href;
  }

  /** GET: the TileJSON of comma-joined layers (issue 5). */
  tileJson(layers) {
    const list = Array.isArray(layers) ? layers : [layers];
    if (list.length === 0 || !list.every((id) => typeof id === 'string' && LAYER_ID.test(id))) {
      throw new TypeError(`not tile layers: ${JSON.stringify(layers)}`);
    }
    return new URL(`${TILES_PATH}${list.join(',')}.json`, this.#page).href;
  }

  /** GET, POST: the responsible units (ADMIN); with an id: PUT one, or `/disable`, `/enable` (POST). */
  adminUnits(id, action) {
    return this.#api(adminPath('admin/units', id, action));
  }

  /** GET: the 责任网格 the signed-in person may read, with their cells and grid workers. */
  grids() {
    return this.#api('grids');
  }

  /** GET, PUT one 责任网格 (name, cells); with `part`: 'cells' (GeoJSON), 'people' (PUT), 'history'. */
  grid(id, part) {
    return this.#api(part ? `grids/${id}/${part}` : `grids/${id}`);
  }

  /** GET: the grid workers of a township a manager may assign to a 责任网格. */
  gridWorkers(township) {
    return this.#api('grids/workers', { township });
  }

  /** GET: the counts on a handler's 案件 tab: {waiting, working, overdue} of their unit's cases. */
  caseInbox() {
    return this.#api('cases/inbox');
  }

  /** GET: the 核查 tasks waiting (a grid worker's own; in scope for township staff and the centre). */
  verificationTasks() {
    return this.#api('grids/tasks');
  }

  /** GET: the grid workers' assessment (网格员考核): {by: worker|grid, month: YYYY-MM}; `csv` for the CSV export. */
  gridAssessment(params = {}, csv = false) {
    return this.#api(csv ? 'grids/assessment.csv' : 'grids/assessment', { by: params.by, month: params.month });
  }

  /** GET, POST: the dispatch rules (ADMIN); with an id: PUT or DELETE one. */
  adminRules(id) {
    return this.#api(adminPath('admin/dispatch-rules', id));
  }

  /** GET: which unit a case of `category` at `place` (township or village code) would go to (ADMIN). */
  dispatchPreview(category, place) {
    return this.#api('admin/dispatch-preview', { category, place });
  }

  /** GET, POST: the users (ADMIN); with a username: PUT one, or `/disable`, `/enable`, `/password` (POST). */
  users(username, action) {
    return this.#api(adminPath('users', username, action));
  }

  /** POST: the signed-in user changes their own password ({currentPassword, newPassword}; 204). */
  ownPassword() {
    return this.#api('users/me/password');
  }

  /** GET, POST: the signed-in user's API tokens; with an id: DELETE revokes one. */
  ownTokens(id) {
    return this.#api(id === undefined ? 'users/me/tokens' : `users/me/tokens/${encodeURIComponent(id)}`);
  }

  /** GET: everyone's standing API tokens (ADMIN); with an id: DELETE revokes one. */
  allTokens(id) {
    return this.#api(id === undefined ? 'tokens' : `tokens/${encodeURIComponent(id)}`);
  }

  #api(path, params = {}) {
    const url = new URL(path, this.#root);
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null && value !== '') {
        search.set(key, String(value));
      }
    }
    url.search = search.toString().replaceAll('%2C', ',');
    return url.href;
  }

  /** GET: the search box's grouped results (cases, places) for `q`, at most `limit` of each kind. */
  search(q, limit) {
    return this.#api('search', { q: String(q).trim(), limit });
  }

  /** GET: one unit grid cell (单元网格) by its 15-digit code, as a GeoJSON Feature. */
  gridCell(code) {
    if (!/^\d{15}$/.test(String(code))) {
      throw new TypeError(`not a grid cell code: ${JSON.stringify(code)}`);
    }
    return this.#api(`grid/cells/${code}`);
  }

  /** GET: the small PNG map of a case's place, for the printed 派遣单. */
  caseMap(id) {
    return this.#api(`cases/${caseId(id)}/map.png`);
  }

  /** The printable 派遣单 page of a case. */
  caseSheet(id) {
    return this.page(`case-sheet.html?id=${caseId(id)}`);
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

function caseId(id) {
  const text = String(id);
  if (!/^\d+$/.test(text)) {
    throw new TypeError(`not a case id: ${JSON.stringify(id)}`);
  }
  return text;
}

function coordinate(value) {
  if (!Number.isFinite(value)) {
    throw new TypeError(`not a coordinate: ${JSON.stringify(value)}`);
  }
  return Number(value.toFixed(7));
}

/** `base`, `base/id` or `base/id/action`; the id is encoded, the action is one of ours. */
function adminPath(base, id, action) {
  if (id === undefined || id === null) return base;
  const path = `${base}/${encodeURIComponent(String(id))}`;
  return action ? `${path}/${action}` : path;
}
