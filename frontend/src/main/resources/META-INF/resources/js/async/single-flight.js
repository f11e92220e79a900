/**
 * Runs an async task with at most one call in flight; calls made meanwhile collapse into one, the
 * latest, run as soon as the current one ends. For live updates while something moves (the report
 * marker being dragged): the answers keep coming at the speed the server gives them, requests never
 * pile up, and the last position is always the last one asked.
 */
export class SingleFlight {
  #task;
  #running = false;
  #pending = null;

  /** @param {(arg: any) => Promise<void>} task its failures are the task's own business */
  constructor(task) {
    this.#task = task;
  }

  run(arg) {
    if (this.#running) {
      this.#pending = { arg };
      return;
    }
    this.#start(arg);
  }

  /** Drops the waiting call, if any (the running one finishes). */
  cancel() {
    this.#pending = null;
  }

  get running() {
    return this.#running;
  }

  async #start(arg) {
    this.#running = true;
    try {
      await this.#task(arg);
    } catch {
      // The task reports its own errors.
    } finally {
      this.#running = false;
      const next = this.#pending;
      this.#pending = null;
      if (next) {
        this.#start(next.arg);
      }
    }
  }
}
