/**
 * Returns a function that calls `fn` with the latest arguments once `waitMs` have passed without
 * another call. The returned function has `cancel()` (drop the pending call) and `flush()` (run it
 * now). `timers` defaults to the global setTimeout/clearTimeout; tests pass fake ones.
 */
export function debounce(fn, waitMs, timers = globalThis) {
  let handle = null;
  let pendingArgs = null;

  function debounced(...args) {
    pendingArgs = args;
    if (handle !== null) {
      timers.clearTimeout(handle);
    }
    handle = timers.setTimeout(run, waitMs);
  }

  function run() {
    const args = pendingArgs;
    handle = null;
    pendingArgs = null;
    fn(...args);
  }

  debounced.cancel = () => {
    if (handle !== null) {
      timers.clearTimeout(handle);
    }
    handle = null;
    pendingArgs = null;
  };

  debounced.flush = () => {
    if (handle !== null) {
      timers.clearTimeout(handle);
      run();
    }
  };

  debounced.isPending = () => handle !== null;

  return debounced;
}
