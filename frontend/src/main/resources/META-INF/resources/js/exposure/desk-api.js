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

  /** A case by its number (案件编号), as people type it. */
  addEntryByNumber(id, caseRef) {
    return this.#call('POST', `/periods/${id}/entries`, { caseRef });
  }

  /** 已整改: the entry's case is fixed; the after photo travels with the request. */
  rectify(entryId, file, note) {
    const form = new FormData();
    form.append('file', file);
    if (note) {
      form.append('note', note);
    }
    return this.#call('POST', `/entries/${entryId}/rectification`, form);
  }

  /** 回头看: {inspectedOn, inspector, result: fixed | unfixed, note, file (optional)}. */
  followUp(entryId, { inspectedOn, inspector, result, note, file }) {
    const form = new FormData();
    form.append('inspectedOn', inspectedOn);
    form.append('result', result);
    if (inspector) form.append('inspector', inspector);
    if (note) form.append('note', note);
    if (file) form.append('file', file);
    return this.#call('POST', `/entries/${entryId}/follow-ups`, form);
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
    // A form (a photo) goes as multipart: the browser sets its boundary.
    const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
    if (body !== undefined && !isForm) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await this.#fetch(url, {
        method, headers, body: body === undefined || isForm ? body : JSON.stringify(body), credentials: 'same-origin',
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
