/**
 * The map view in the URL hash, "#zoom/lat/lon" (e.g. "#15/39.90512/116.65630"), so a view can be
 * shared as a link and survives a reload. Pure: no DOM, no Leaflet.
 */

/** Five decimals of a degree are about a metre; enough to share a spot. */
const DECIMALS = 5;

/**
 * @param {string} hash location.hash, with or without "#"
 * @param {{minZoom?: number, maxZoom?: number}} [limits]
 * @returns {{center: [number, number], zoom: number} | null} null when the hash is not a valid view
 */
export function parseViewHash(hash, { minZoom = 0, maxZoom = 18 } = {}) {
  if (typeof hash !== 'string') {
    return null;
  }
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) {
    return null;
  }
  const [zoom, lat, lon] = parts.map(Number);
  if (!Number.isInteger(zoom) || zoom < minZoom || zoom > maxZoom) {
    return null;
  }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return null;
  }
  return { center: [lat, lon], zoom };
}

/** "#zoom/lat/lon" for a map centre {lat, lng} (Leaflet's LatLng has that shape) and zoom. */
export function formatViewHash({ lat, lng }, zoom) {
  return `#${Math.round(zoom)}/${lat.toFixed(DECIMALS)}/${lng.toFixed(DECIMALS)}`;
}
