/**
 * The page's side of analysis-worker.js: one worker, started on the first analysis, and a promise
 * per message. A worker that cannot start (or dies) fails every waiting call with a Chinese message
 * instead of leaving the panel waiting.
 */
export class AnalysisClient {
  #worker = null;
  #next = 1;
  #waiting = new Map();

  /** Prepares a compact answer's bytes (transferred, so unusable here afterwards); resolves to its summary. */
  prepare(method, bytes, datum) {
    return this.#call({ op: 'prepare', method, bytes, datum }, [bytes]);
  }

  /** One page of the last prepared answer's table: {rows, page, pages}. */
  page(page) {
    return this.#call({ op: 'page', page });
  }

  /** Row `index` of the last prepared answer as {column: value}. */
  row(index) {
    return this.#call({ op: 'row', index });
  }

  /** The last prepared answer as CSV text. */
  csv() {
    return this.#call({ op: 'csv' });
  }

  #call(message, transfer = []) {
    const worker = this.#start();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      worker.postMessage({ ...message, id }, transfer);
    });
  }

  #start() {
    if (this.#worker) return this.#worker;
    this.#worker = new Worker(new URL('./analysis-worker.js', import.meta.url), { type: 'module', name: '热点分析' });
    this.#worker.addEventListener('message', ({ data }) => {
      const call = this.#waiting.get(data?.id);
      if (!call) return;
      this.#waiting.delete(data.id);
      if (data.error) call.reject(new Error(data.error));
      else call.resolve(data.value);
    });
    this.#worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.#fail(new Error('分析组件未能运行，请刷新页面后重试'));
    });
    return this.#worker;
  }

  #fail(error) {
    for (const call of this.#waiting.values()) call.reject(error);
    this.#waiting.clear();
    this.#worker?.terminate();
    this.#worker = null;
  }
}
