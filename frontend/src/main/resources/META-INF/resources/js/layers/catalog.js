/**
 * The overlays of the map: which API layer each one shows, from which zoom, and how it loads.
 * Pure data and functions, no Leaflet.
 *
 * @typedef {object} OverlayDef
 * @property {string} key       unique key; also names the overlay's map pane
 * @property {string} layer     API layer id
 * @property {string} [level]   admin level filter (admin layer only)
 * @property {string} label     Chinese name in the layers control
 * @property {number} minZoom   shown from this zoom on
 * @property {boolean} byBbox   true: load the (padded) view and again after moves; false: load once
 * @property {number} limit     at most this many features per request
 * @property {number} zIndex    stacking order of the overlay's pane (Leaflet's overlayPane is 400)
 * @property {boolean} labelled show each feature's name as a permanent label
 * @property {boolean} canvas   draw on a canvas: many features, drawn and hit-tested faster than as SVG
 */

const DEFAULTS = { minZoom: 0, byBbox: false, labelled: false, canvas: false };

/** @type {ReadonlyArray<OverlayDef>} In drawing order, bottom first. */
export const OVERLAYS = Object.freeze([
  { key: 'district', layer: 'admin', level: 'district', label: '区界', limit: 10, zIndex: 460 },
  { key: 'township', layer: 'admin', level: 'township', label: '乡镇/街道', limit: 200, zIndex: 405, labelled: true },
  { key: 'village', layer: 'admin', level: 'village', label: '村/社区', limit: 2000, zIndex: 410, minZoom: 13, byBbox: true, canvas: true },
  { key: 'grid', layer: 'grid', label: '单元网格', limit: 5000, zIndex: 415, minZoom: 15, byBbox: true, canvas: true },
  { key: 'waterways', layer: 'waterways', label: '水系', limit: 20000, zIndex: 420, canvas: true },
  { key: 'roads', layer: 'roads', label: '道路', limit: 50000, zIndex: 430, canvas: true },
  { key: 'landmarks', layer: 'landmarks', label: '地标', limit: 3000, zIndex: 440, minZoom: 14, byBbox: true },
].map((def) => Object.freeze({ ...DEFAULTS, ...def })));

/**
 * The overlays whose API layer the server lists with features.
 * @param {{layers: Array<{id: string, featureCount?: number}>}} catalogue the answer of GET /layers
 */
export function availableOverlays(catalogue) {
  const present = new Set(
    (catalogue?.layers ?? [])
      .filter((layer) => layer && layer.featureCount !== 0)
      .map((layer) => layer.id),
  );
  return OVERLAYS.filter((def) => present.has(def.layer));
}

/** The overlay's name in the layers control, with the zoom it appears from when that is not 0. */
export function controlLabel(def) {
  return def.minZoom > 0 ? `${def.label}（${def.minZoom}级起）` : def.label;
}
