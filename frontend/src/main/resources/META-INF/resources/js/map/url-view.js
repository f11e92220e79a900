import { formatViewHash, parseViewHash } from './view-hash.js';

/**
 * Keeps the URL hash and the map view in step: moving the map rewrites the hash (without adding
 * history entries), and editing the hash moves the map.
 * @param {import('leaflet').Map} map
 */
export function bindViewToUrl(map) {
  const limits = { minZoom: map.getMinZoom(), maxZoom: map.getMaxZoom() };
  map.on('moveend', () => {
    const hash = formatViewHash(map.getCenter(), map.getZoom());
    if (hash !== window.location.hash) {
      window.history.replaceState(null, '', hash);
    }
  });
  window.addEventListener('hashchange', () => {
    const view = parseViewHash(window.location.hash, limits);
    if (view) {
      map.setView(view.center, view.zoom);
    }
  });
}

/** The view the URL asks for, or null. */
export function viewFromUrl(limits) {
  return parseViewHash(window.location.hash, limits);
}
