/**
 * Answers to a page's first GET requests, sent before the page's code has loaded and handed, once
 * each, to the first request for the same URL (see app/early-requests.js). Nothing here is ever
 * older than the page: an answer is taken at most once, only within `windowMs` of the page's start,
 * and any write (a method other than GET) forgets every answer not yet taken.
 */
export class Prefetched {
  #answers = new Map();
  #fetch;
  #now;
  #until;

  /**
   * @param {object} options
   * @param {typeof fetch} options.fetch the fetch that sends requests
   * @param {() => number} [options.now] milliseconds on a steady clock
   * @param {number} [options.windowMs] how long after construction answers may be taken
   */
  constructor({ fetch, now = () => performance.now(), windowMs = 10000 }) {
    this.#fetch = fetch;
    this.#now = now;
    this.#until = now() + windowMs;
  }

  /** Sends a GET now; its answer waits for the first {@link fetch} of the same URL. */
  send(url, init) {
    const answer = this.#fetch(url, init);
    // A request nobody takes (a failed network, say) must not surface as an unhandled rejection.
    answer.catch(() => {});
    this.#answers.set(url, answer);
    return answer;
  }

  /** A fetch: a waiting answer for `url` when there is one, else a new request. */
  fetch(url, init = {}) {
    if ((init.method ?? 'GET') !== 'GET') {
      this.#answers.clear();
    } else if (this.#answers.has(url)) {
      const answer = this.#answers.get(url);
      this.#answers.delete(url);
      if (this.#now() <= this.#until) return answer;
    }
    return this.#fetch(url, init);
  }
}
