/**
 * Leaflet for the page's modules: `import { map } from 'leaflet'` resolves here (see the import map
 * in index.html). Leaflet itself is the minified build from its webjar, loaded by a classic script
 * before the modules run (a third of the size of its ES build, so faster to fetch and parse), and
 * it leaves the global `L` that the markercluster plugin extends. Export every name the modules
 * import (src/test/js/leaflet-shim.test.js checks).
 */
const L = globalThis.L;
if (!L || typeof L.map !== 'function') {
  throw new Error('Leaflet (webjars/leaflet/dist/leaflet.js) did not load');
}

export default L;
export const {
  Control, DomEvent, DomUtil, GeoJSON, Icon, Layer, TileLayer, Util,
  canvas, circle, circleMarker, control, divIcon, featureGroup, geoJSON, icon, latLng, layerGroup, map, marker, popup, tileLayer,
} = L;
