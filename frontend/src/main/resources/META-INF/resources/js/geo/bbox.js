/**
 * Bounding boxes as plain arrays [west, south, east, north] in WGS-84 degrees, the order of
 * RFC 7946 and of the API's bbox parameter. No Leaflet here, so this imports in Node.
 */

/** The whole world; a layer loaded without a bbox covers this. */
export const WORLD = Object.freeze([-180, -90, 180, 90]);

/** Default number of decimals in a bbox parameter: 1e-6 degrees is about 0.1 m. */
export const BBOX_DECIMALS = 6;

/** Clamps a bbox to valid longitudes and latitudes (a zoomed-out Leaflet view can exceed them). */
export function clampBbox([west, south, east, north]) {
  return [
    clamp(west, -180, 180),
    clamp(south, -90, 90),
    clamp(east, -180, 180),
    clamp(north, -90, 90),
  ];
}

/** Grows a bbox by `ratio` of its width and height on each side, then clamps it. */
export function padBbox([west, south, east, north], ratio) {
  const dx = (east - west) * ratio;
  const dy = (north - south) * ratio;
  return clampBbox([west - dx, south - dy, east + dx, north + dy]);
}

/** True when `inner` lies inside `outer` (edges may touch). */
export function bboxContains(outer, inner) {
  return inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
}

/**
 * Formats a bbox for the API: "minLon,minLat,maxLon,maxLat". Rounds outwards so the text still
 * covers the box, and drops trailing zeros.
 */
export function formatBbox(bbox, decimals = BBOX_DECIMALS) {
  if (!Array.isArray(bbox) || bbox.length !== 4 || !bbox.every(Number.isFinite)) {
    throw new TypeError(`bbox must be four finite numbers, got ${JSON.stringify(bbox)}`);
  }
  const [west, south, east, north] = clampBbox(bbox);
  if (west > east || south > north) {
    throw new RangeError(`bbox has min greater than max: ${JSON.stringify(bbox)}`);
  }
  const scale = 10 ** decimals;
  const down = (value) => trim(Math.floor(denoise(value * scale)) / scale, decimals);
  const up = (value) => trim(Math.ceil(denoise(value * scale)) / scale, decimals);
  return [down(west), down(south), up(east), up(north)].join(',');
}

function clamp(value, min, max) {
  return Math.min(max, Math.max(min, value));
}

// 116.7 * 1e6 is 116699999.99999999 in binary floating point and would floor to ...99; drop noise
// below a thousandth of the last decimal before rounding outwards.
function denoise(value) {
  return Math.round(value * 1e3) / 1e3;
}

function trim(value, decimals) {
  const text = value.toFixed(decimals);
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}
