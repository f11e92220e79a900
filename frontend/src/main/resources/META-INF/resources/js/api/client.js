import { HttpError, NetworkError, RequestAbortedError, ResponseFormatError } from './errors.js';

const ACCEPT = 'application/json, application/geo+json, application/problem+json';

/**
 * The one fetch wrapper of the page. Every failure comes out as a typed ApiError (see errors.js):
 * NetworkError, HttpError (with the problem+json body), ResponseFormatError or RequestAbortedError.
 */
export class ApiClient {
  #urls;
  #fetch;

  /**
   * @param {object} options
   * @param {import('./urls.js').ApiUrls} options.urls
   * @param {typeof fetch} [options.fetch] defaults to the global fetch; tests pass a fake
   */
  constructor({ urls, fetch = (...args) => globalThis.fetch(...args) }) {
    this.#urls = urls;
    this.#fetch = fetch;
  }

  /** The layer catalogue: {demo: boolean, layers: [{id, featureCount}]}. */
  async listLayers({ signal } = {}) {
    const body = await this.getJson(this.#urls.layers(), { signal });
    if (!body || !Array.isArray(body.layers)) {
      throw new ResponseFormatError('layer list without "layers" array', { url: this.#urls.layers() });
    }
    return { demo: body.demo === true, layers: body.layers };
  }

  /** One layer as a GeoJSON FeatureCollection; `truncated` is true when the limit cut it. */
  async getFeatures(layerId, query = {}, { signal } = {}) {
    const url = this.#urls.layer(layerId, query);
    const body = await this.getJson(url, { signal });
    if (!body || body.type !== 'FeatureCollection' || !Array.isArray(body.features)) {
      throw new ResponseFormatError('expected a GeoJSON FeatureCollection', { url });
    }
    return body;
  }

  /** GET `url` and parse its JSON body, mapping every failure to a typed error. */
  async getJson(url, { signal } = {}) {
    return this.request(url, { signal });
  }

  /** POST a JSON body to `url` and parse the JSON answer. */
  async postJson(url, payload, { signal } = {}) {
    return this.request(url, { method: 'POST', body: JSON.stringify(payload), type: 'application/json', signal });
  }

  /**
   * POST a JSON body to `url` and resolve to the answer's bytes, unparsed: a large answer is then
   * parsed by a worker (hotspots/analysis-worker.js), not on the page's thread.
   */
  async postForBytes(url, payload, { signal } = {}) {
    return this.request(url, { method: 'POST', body: JSON.stringify(payload), type: 'application/json', signal, read: 'bytes' });
  }

  /** POST a multipart form (FormData: photos) to `url`; the browser sets the boundary. */
  async postForm(url, form, { signal } = {}) {
    return this.request(url, { method: 'POST', body: form, signal });
  }

  /** The one place a request is sent, with {@link requestInit}'s options. */
  async request(url, { method = 'GET', body, type, signal, read = 'json' } = {}) {
    let response;
    try {
      response = await this.#fetch(url, requestInit({ method, body, type, signal }));
    } catch (error) {
      throw fetchFailure(error, url, signal);
    }
    if (!response.ok) {
      throw new HttpError(response.status, await readProblem(response), { url });
    }
    if (response.status === 204) {
      return null;
    }
    try {
      return await (read === 'bytes' ? response.arrayBuffer() : response.json());
    } catch (error) {
      if (isAbort(error, signal)) {
        throw new RequestAbortedError('request aborted', { url, cause: error });
      }
      throw new ResponseFormatError('response is not JSON', { url, cause: error });
    }
  }
}

/**
 * The fetch options of every request of the page (also the early ones of app/early-requests.js).
 * Same-origin credentials (the session cookie) go along; X-Requested-With keeps the browser from
 * showing its own password dialog on a 401.
 */
export function requestInit({ method = 'GET', body, type, signal } = {}) {
  const headers = { Accept: ACCEPT, 'X-Requested-With': 'XMLHttpRequest' };
  if (type) {
    headers['Content-Type'] = type;
  }
  return { method, headers, body, signal, credentials: 'same-origin' };
}

function fetchFailure(error, url, signal) {
  if (isAbort(error, signal)) {
    return new RequestAbortedError('request aborted', { url, cause: error });
  }
  return new NetworkError(`cannot reach ${url}`, { url, cause: error });
}

function isAbort(error, signal) {
  return signal?.aborted === true || error?.name === 'AbortError';
}

/** The RFC 9457 body of an error response, or null when it has none we can read. */
async function readProblem(response) {
  const type = response.headers?.get?.('Content-Type') ?? '';
  if (!type.includes('json')) {
    return null;
  }
  try {
    const body = await response.json();
    return body && typeof body === 'object' ? body : null;
  } catch {
    return null;
  }
}
