import { requestInit } from '../api/client.js';
import { Prefetched } from '../api/prefetched.js';
import { ApiUrls } from '../api/urls.js';
import { parseUrlState } from './url-state.js';

/**
 * The workspace's first requests, sent as soon as the page is parsed (index.html loads this module
 * `async`, ahead of main.js's larger graph): who is signed in, the layer and tile catalogues and,
 * for a case link, the case with its history, photos and supervisions. A case's requests go out
 * only once the sign-in is confirmed and the case answered, so a visitor or a case one may not see
 * sends no request the page itself would not send. main.js's ApiClient takes these answers.
 */
const urls = new ApiUrls(document.baseURI);
export const prefetched = new Prefetched({ fetch: (...args) => globalThis.fetch(...args) });

const get = (url) => prefetched.send(url, requestInit());
get(urls.layers());
get(urls.tileCatalog());
const me = get(urls.me());
const { caseId } = parseUrlState(window.location.search);
if (caseId !== null) {
  me.then((signedIn) => (signedIn.ok ? get(urls.case(caseId)) : null))
    .then((found) => {
      if (!found?.ok) return;
      for (const url of [urls.caseHistory(caseId), urls.casePhotos(caseId), urls.caseSupervisions(caseId)]) get(url);
    })
    .catch(() => {});
}
