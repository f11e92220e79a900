import { EMPTY_FILTERS, filtersFromParams, filtersToParams } from '../cases/filters.js';

/**
 * What the URL keeps besides the map view (which is the hash, see map/view-hash.js): the open
 * panel, the open case, the case filters, the overlays switched on and the base map, so a view can
 * be shared as a link. Pure: reads and writes URLSearchParams.
 *
 * @typedef {object} UrlState
 * @property {string} tab        cases | report | queue | unplaced | stats | hotspots | audit | exposure | rules | units | users | patrol | grids | tasks | '' (default panel)
 * @property {number|null} caseId
 * @property {import('../cases/filters.js').CaseFilters} filters
 * @property {string[]|null} overlays overlay keys switched on; null = the defaults
 * @property {string} base       base map id; '' = the default
 */

export const TABS = Object.freeze(['cases', 'report', 'queue', 'stats', 'hotspots', 'audit', 'exposure', 'unplaced', 'rules', 'units', 'users', 'patrol', 'grids', 'tasks']);
const KEY = /^[a-z][a-z0-9-]*$/;

/** @returns {UrlState} */
export function parseUrlState(search) {
  const params = new URLSearchParams(search);
  const tab = params.get('tab') ?? '';
  const caseId = params.get('case') ?? '';
  const overlays = params.get('layers');
  const base = params.get('base') ?? '';
  return {
    tab: TABS.includes(tab) ? tab : '',
    caseId: /^\d{1,15}$/.test(caseId) ? Number(caseId) : null,
    filters: filtersFromParams(params),
    overlays: overlays === null ? null : overlays.split(',').filter((key) => KEY.test(key)),
    base: KEY.test(base) ? base : '',
  };
}

/**
 * The search string ("?tab=cases&state=received" or "") for `state`, keeping parameters of
 * `current` that this module does not own.
 */
export function formatUrlState(state, current = '') {
  const params = new URLSearchParams(current);
  const set = (key, value) => (value === '' || value === null || value === undefined
    ? params.delete(key) : params.set(key, String(value)));
  set('tab', state.tab);
  set('case', state.caseId);
  filtersToParams(state.filters ?? EMPTY_FILTERS, params);
  set('layers', state.overlays === null || state.overlays === undefined ? null : state.overlays.join(','));
  set('base', state.base);
  const text = params.toString().replaceAll('%2C', ',');
  return text === '' ? '' : `?${text}`;
}
