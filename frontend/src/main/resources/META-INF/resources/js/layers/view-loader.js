import { debounce } from '../async/debounce.js';
import { LatestRequest } from '../async/latest-request.js';
import { WORLD, bboxContains, padBbox } from '../geo/bbox.js';

/**
 * Decides when an overlay loads its features as the map moves. No Leaflet: the layer tells it the
 * view ({bbox: [w, s, e, n], zoom}) and it calls back.
 *
 * - Below `minZoom` the overlay is hidden and a running request is aborted.
 * - A bbox overlay loads the view padded by `padRatio`, and loads again only when the view leaves the
 *   area it already has (or the last answer was truncated by the limit).
 * - A whole overlay (byBbox false) loads once.
 * - Moves are debounced by `debounceMs`; a new request aborts the one before, and a stale answer is
 *   dropped.
 */
export class ViewLoader {
  #options;
  #debounced;
  #request = new LatestRequest();
  /** The bbox the shown features cover, or null when they cover nothing for sure. */
  #covered = null;
  /** The bbox of the running request. */
  #pending = null;
  #visible = null;

  /**
   * @param {object} options
   * @param {(bbox: number[]|null, signal: AbortSignal) => Promise<object>} options.load fetches a
   *   FeatureCollection for bbox (null for the whole layer)
   * @param {(collection: object) => void} options.onData a fresh collection to show
   * @param {(error: Error) => void} options.onError a load failed (never called for aborts)
   * @param {(visible: boolean) => void} [options.onVisibility] the zoom crossed minZoom
   * @param {number} [options.minZoom=0]
   * @param {boolean} [options.byBbox=false]
   * @param {number} [options.padRatio=0.25]
   * @param {number} [options.debounceMs=300]
   * @param {{setTimeout: Function, clearTimeout: Function}} [options.timers=globalThis]
   */
  constructor(options) {
    this.#options = {
      minZoom: 0,
      byBbox: false,
      padRatio: 0.25,
      debounceMs: 300,
      timers: globalThis,
      onVisibility: () => {},
      ...options,
    };
    this.#debounced = debounce((view) => this.refresh(view), this.#options.debounceMs, this.#options.timers);
  }

  /** The map moved: refresh after the debounce delay. */
  viewChanged(view) {
    this.#debounced(view);
  }

  /** Refresh for `view` now. Resolves when the load, if any, is done (or dropped). */
  async refresh(view) {
    this.#debounced.cancel();
    const { minZoom, byBbox, padRatio, load, onData, onError } = this.#options;
    const visible = view.zoom >= minZoom;
    this.#setVisible(visible);
    if (!visible) {
      this.#abort();
      return;
    }
    if (this.#covers(this.#covered, view.bbox) || this.#covers(this.#pending, view.bbox)) {
      return;
    }
    const bbox = byBbox ? padBbox(view.bbox, padRatio) : null;
    const signal = this.#request.start();
    this.#pending = bbox ?? WORLD;
    try {
      const collection = await load(bbox, signal);
      if (!this.#request.isCurrent(signal)) {
        return;
      }
      // A truncated bbox answer is incomplete: load again after any move. A whole layer is
      // loaded once whatever it holds, since a smaller view would not change the answer.
      this.#covered = byBbox && collection?.truncated === true ? null : (bbox ?? WORLD);
      onData(collection);
    } catch (error) {
      if (signal.aborted || error?.name === 'RequestAbortedError' || error?.name === 'AbortError') {
        return;
      }
      onError(error);
    } finally {
      this.#request.finish(signal);
      if (!this.#request.running) {
        this.#pending = null;
      }
    }
  }

  /** Forget what is loaded, so the next refresh loads again. */
  invalidate() {
    this.#abort();
    this.#covered = null;
  }

  /** Stop: drop a pending refresh and abort a running request (the overlay left the map). */
  cancel() {
    this.#debounced.cancel();
    this.#abort();
  }

  #abort() {
    this.#request.cancel();
    this.#pending = null;
  }

  #covers(area, bbox) {
    return area !== null && bboxContains(area, bbox);
  }

  #setVisible(visible) {
    if (visible !== this.#visible) {
      this.#visible = visible;
      this.#options.onVisibility(visible);
    }
  }
}
