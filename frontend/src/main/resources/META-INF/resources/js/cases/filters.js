import { dayStartInstant, nextDay } from '../format/format.js';
import { STATES } from './states.js';

/**
 * The case list's filters: what the form holds, how it goes into the shareable URL and into the
 * API's query. Pure.
 *
 * @typedef {object} CaseFilters
 * @property {string[]} states    state ids; empty = all
 * @property {string} category    大类 or 小类 code, '' = all
 * @property {string} admin       township or village code (6, 9 or 12 digits), '' = all in scope
 * @property {string} from        first day "YYYY-MM-DD", '' = open
 * @property {string} to          last day (inclusive) "YYYY-MM-DD", '' = open
 * @property {boolean} overdue    only overdue cases
 * @property {boolean} inView     only cases in the map's extent (bbox)
 */

export const EMPTY_FILTERS = Object.freeze({
  states: Object.freeze([]), category: '', admin: '', from: '', to: '', overdue: false, inView: true,
});

const STATE_IDS = new Set(STATES.map((s) => s.id));
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const CATEGORY = /^[A-Za-z]\d{2}(\d{2})?$/;
const ADMIN = /^(\d{6}|\d{9}|\d{12})$/;

/** Filters from URL search parameters; anything malformed is dropped, never trusted. */
export function filtersFromParams(params) {
  const get = (key) => params.get(key) ?? '';
  const states = get('state').split(',').filter((id) => STATE_IDS.has(id));
  return {
    states,
    category: CATEGORY.test(get('cat')) ? get('cat') : '',
    admin: ADMIN.test(get('admin')) ? get('admin') : '',
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
    overdue: get('overdue') === '1',
    inView: get('all') !== '1',
  };
}

/** Writes the filters into `params` (URLSearchParams), leaving defaults out. */
export function filtersToParams(filters, params) {
  const set = (key, value) => (value ? params.set(key, value) : params.delete(key));
  set('state', filters.states.join(','));
  set('cat', filters.category);
  set('admin', filters.admin);
  set('from', filters.from);
  set('to', filters.to);
  set('overdue', filters.overdue ? '1' : '');
  set('all', filters.inView ? '' : '1');
  return params;
}

/**
 * The query of GET api/v1/cases for these filters. `bbox` ([w, s, e, n]) is used when the list
 * follows the map. The last day is inclusive in the form and the API's `to` is exclusive.
 */
export function filtersToQuery(filters, bbox) {
  const query = {};
  if (filters.states.length > 0) query.state = filters.states.join(',');
  if (filters.category) query.category = filters.category;
  if (filters.admin) query.admin = filters.admin;
  if (filters.from) query.from = dayStartInstant(filters.from);
  if (filters.to) query.to = dayStartInstant(nextDay(filters.to));
  if (filters.overdue) query.overdue = true;
  if (filters.inView && bbox) query.bbox = bbox;
  return query;
}

/** A Chinese reason when the filters cannot be sent, else null. */
export function checkFilters(filters) {
  if (filters.from && filters.to && filters.from > filters.to) {
    return '开始日期晚于结束日期';
  }
  return null;
}

/** How many filters differ from the defaults (for the "筛选 (2)" badge). */
export function activeFilterCount(filters) {
  return [filters.states.length > 0, filters.category, filters.admin, filters.from || filters.to, filters.overdue]
    .filter(Boolean).length;
}
