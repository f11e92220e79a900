import { HttpError, NetworkError, ResponseFormatError } from '../api/errors.js';

/**
 * The exposure API as the desk uses it: JSON in and out through one fetch wrapper, failures as
 * the typed errors of api/errors.js. Paths are relative to the page, so a context path works.
 */
export class ExposureDeskApi {
  #base;
  #fetch;

  constructor({ base = './api/v1/exposure', fetch = (...args) => globalThis.fetch(...args) } = {}) {
    this.#base = base;
    this.#fetch = fetch;
  }

  publishers() {
    return this.#call('GET', '/publishers');
  }

  periods(publisher) {
    return this.#call('GET', `/periods?publisher=${encodeURIComponent(publisher)}`);
  }

  period(id) {
    return this.#call('GET', `/periods/${id}`);
  }

  createPeriod(publisher, body = {}) {
    return this.#call('POST', `/publishers/${encodeURIComponent(publisher)}/periods`, body);
  }

  updatePeriod(id, body) {
    return this.#call('PUT', `/periods/${id}`, body);
  }

  proposals(id) {
    return this.#call('GET', `/periods/${id}/proposals`);
  }

  addEntry(id, caseId) {
    return this.#call('POST', `/periods/${id}/entries`, { caseId });
  }

  removeEntry(id, entryId) {
    return this.#call('DELETE', `/periods/${id}/entries/${entryId}`);
  }

  transition(id, action, note) {
    return this.#call('POST', `/periods/${id}/transitions`, { action, note });
  }

  correct(id, note) {
    return this.#call('POST', `/periods/${id}/corrections`, { note });
  }

  previewUrl(id) {
    return `${this.#base}/periods/${id}/preview`;
  }

  async #call(method, path, body) {
    const url = this.#base + path;
    const headers = { Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await this.#fetch(url, {
        method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: 'same-origin',
      });
    } catch (error) {
      throw new NetworkError(`cannot reach ${url}`, { url, cause: error });
    }
    let json = null;
    try {
      json = await response.json();
    } catch (error) {
      if (response.ok) {
        throw new ResponseFormatError('response is not JSON', { url, cause: error });
      }
    }
    if (!response.ok) {
      throw new HttpError(response.status, json, { url });
    }
    return json;
  }
}
