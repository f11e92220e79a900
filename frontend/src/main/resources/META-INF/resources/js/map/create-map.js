import { control, map as createLeafletMap } from 'leaflet';

/** The demo region, 通州区: centre and zoom of the first view. */
export const TONGZHOU_VIEW = Object.freeze({ center: Object.freeze([39.82, 116.7]), zoom: 11 });

/** Zoom range of the map; village, landmark and grid overlays start at 13, 14 and 15. */
export const ZOOM_LIMITS = Object.freeze({ minZoom: 8, maxZoom: 18 });

/**
 * The Leaflet map with no base map: the page has no access to outside tiles, so overlays are drawn on
 * the plain background of the map element (see css/app.css).
 * @param {HTMLElement} element
 * @param {{center: number[], zoom: number}} [view] the first view
 */
export function createMap(element, view = TONGZHOU_VIEW) {
  const map = createLeafletMap(element, {
    center: view.center,
    zoom: view.zoom,
    ...ZOOM_LIMITS,
  });
  control.scale({ imperial: false }).addTo(map);
  return map;
}
