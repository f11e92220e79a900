/**
 * Keeps only the newest of a series of requests alive: starting one aborts the one before, so a
 * slow answer for an old map view can never replace the answer for the current one.
 */
export class LatestRequest {
  #controller = null;

  /** Aborts the running request, if any, and returns the signal for a new one. */
  start() {
    this.#controller?.abort();
    this.#controller = new AbortController();
    return this.#controller.signal;
  }

  /** True while `signal` belongs to the newest request and has not been aborted. */
  isCurrent(signal) {
    return this.#controller !== null && this.#controller.signal === signal && !signal.aborted;
  }

  /** Marks the request of `signal` as done; later cancel() calls then have nothing to abort. */
  finish(signal) {
    if (this.#controller?.signal === signal) {
      this.#controller = null;
    }
  }

  /** True while a request is running. */
  get running() {
    return this.#controller !== null;
  }

  /** Aborts the running request, if any. */
  cancel() {
    this.#controller?.abort();
    this.#controller = null;
  }
}
