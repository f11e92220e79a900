/** A manual clock for debounce tests: timers run only when the test advances time. */
export class FakeTimers {
  #now = 0;
  #nextId = 1;
  #timers = new Map();

  setTimeout = (fn, delayMs) => {
    const id = this.#nextId++;
    this.#timers.set(id, { fn, at: this.#now + delayMs });
    return id;
  };

  clearTimeout = (id) => {
    this.#timers.delete(id);
  };

  get pending() {
    return this.#timers.size;
  }

  /** Moves the clock on by `ms`, running each timer that falls due, in time order. */
  advance(ms) {
    const until = this.#now + ms;
    for (;;) {
      const due = [...this.#timers].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      const [id, timer] = due;
      this.#timers.delete(id);
      this.#now = timer.at;
      timer.fn();
    }
    this.#now = until;
  }
}
