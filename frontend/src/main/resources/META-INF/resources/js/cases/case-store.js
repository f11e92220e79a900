import { debounce } from '../async/debounce.js';
import { LatestRequest } from '../async/latest-request.js';
import { EMPTY_FILTERS, checkFilters, filtersToQuery } from './filters.js';

/** The most cases one list load asks for (the server's page limit is 1000). */
export const CASE_PAGE = 1000;

/**
 * The cases under the current filters and map extent, loaded once and shared by the case list and
 * the cases layer. Map moves and filter edits are debounced; a newer load aborts the older one.
 *
 * Events: `loading`; `loaded` (detail {cases, total, truncated}); `error` (detail {error}).
 */
export class CaseStore extends EventTarget {
  #client;
  #urls;
  #filters = EMPTY_FILTERS;
  #bbox = null;
  #request = new LatestRequest();
  #debounced;
  cases = [];
  total = 0;
  loading = false;

  /** @param {{client, urls, filters?: object, debounceMs?: number}} options nothing loads until reload() */
  constructor({ client, urls, filters = EMPTY_FILTERS, debounceMs = 300 }) {
    super();
    this.#client = client;
    this.#urls = urls;
    this.#filters = filters;
    this.#debounced = debounce(() => this.reload(), debounceMs);
  }

  get filters() {
    return this.#filters;
  }

  setFilters(filters) {
    this.#filters = filters;
    this.#debounced();
  }

  /** The map's extent [w, s, e, n] in WGS-84. */
  setBbox(bbox) {
    this.#bbox = bbox;
    if (this.#filters.inView) {
      this.#debounced();
    }
  }

  /** Replace one case after a change (a transition) without reloading the rest. */
  update(changed) {
    const index = this.cases.findIndex((c) => c.id === changed.id);
    if (index >= 0) {
      this.cases = this.cases.map((c, i) => (i === index ? changed : c));
      this.#emit('loaded', { cases: this.cases, total: this.total, truncated: this.total > this.cases.length });
    }
  }

  async reload() {
    this.#debounced.cancel();
    const problem = checkFilters(this.#filters);
    if (problem) {
      this.#emit('error', { error: new Error(problem), message: problem });
      return;
    }
    const signal = this.#request.start();
    this.loading = true;
    this.#emit('loading', {});
    try {
      const query = filtersToQuery(this.#filters, this.#bbox);
      const body = await this.#client.getJson(this.#urls.cases({ ...query, limit: CASE_PAGE }), { signal });
      if (!this.#request.isCurrent(signal)) return;
      this.cases = body.cases ?? [];
      this.total = body.total ?? this.cases.length;
      this.loading = false;
      this.#emit('loaded', { cases: this.cases, total: this.total, truncated: this.total > this.cases.length });
    } catch (error) {
      if (signal.aborted || error?.name === 'RequestAbortedError') return;
      this.loading = false;
      this.#emit('error', { error });
    } finally {
      this.#request.finish(signal);
    }
  }

  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }
}
