/**
 * The datums a coordinate can be given in (the API's `crs` parameter) and the GCJ-02 / BD-09
 * offsets of domestic web maps, the same maths as geo-data's ChinaOffsets. Pure: no DOM, no Leaflet.
 * Points are [lon, lat] in degrees.
 */

/** The datums the API accepts, with their Chinese names for pickers. */
export const DATUMS = Object.freeze([
  Object.freeze({ id: 'wgs84', label: 'WGS-84（GPS）' }),
  Object.freeze({ id: 'cgcs2000', label: 'CGCS2000（国家2000）' }),
  Object.freeze({ id: 'gcj02', label: 'GCJ-02（高德/腾讯）' }),
  Object.freeze({ id: 'bd09', label: 'BD-09（百度）' }),
]);

const SEMI_MAJOR_AXIS = 6378245.0; // Krasovsky 1940, as the algorithm uses
const ECCENTRICITY_SQUARED = 0.00669342162296594323;
const X_PI = (Math.PI * 3000.0) / 180.0;
const INVERSE_TOLERANCE_DEGREES = 1e-9;
const INVERSE_MAX_ITERATIONS = 30;

/** True where GCJ-02 applies no shift: outside the rectangle around mainland China. */
export function isOutsideChina([lon, lat]) {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

export function wgs84ToGcj02([lon, lat]) {
  if (isOutsideChina([lon, lat])) {
    return [lon, lat];
  }
  let dLat = latitudeOffset(lon - 105.0, lat - 35.0);
  let dLon = longitudeOffset(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - ECCENTRICITY_SQUARED * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((SEMI_MAJOR_AXIS / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/** The inverse of wgs84ToGcj02 by fixed-point steps (no closed form exists), to about 0.1 mm. */
export function gcj02ToWgs84(point) {
  if (isOutsideChina(point)) {
    return [...point];
  }
  return invert(wgs84ToGcj02, point, point);
}

export function gcj02ToBd09([lon, lat]) {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

export function bd09ToGcj02([lon, lat]) {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return invert(gcj02ToBd09, [lon, lat], [z * Math.cos(theta), z * Math.sin(theta)]);
}

/**
 * A point in `datum` as WGS-84. CGCS2000 and WGS-84 differ by centimetres, far below what a case
 * location needs, so CGCS2000 is taken as is (as the server does for display).
 */
export function toWgs84(point, datum) {
  switch (datum) {
    case 'wgs84':
    case 'cgcs2000':
      return [...point];
    case 'gcj02':
      return gcj02ToWgs84(point);
    case 'bd09':
      return gcj02ToWgs84(bd09ToGcj02(point));
    default:
      throw new RangeError(`unknown datum ${JSON.stringify(datum)}`);
  }
}

/** A WGS-84 point in `datum`. */
export function fromWgs84(point, datum) {
  switch (datum) {
    case 'wgs84':
    case 'cgcs2000':
      return [...point];
    case 'gcj02':
      return wgs84ToGcj02(point);
    case 'bd09':
      return gcj02ToBd09(wgs84ToGcj02(point));
    default:
      throw new RangeError(`unknown datum ${JSON.stringify(datum)}`);
  }
}

function invert(forward, target, firstGuess) {
  let [x, y] = firstGuess;
  for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
    const [ix, iy] = forward([x, y]);
    const errX = ix - target[0];
    const errY = iy - target[1];
    x -= errX;
    y -= errY;
    if (Math.abs(errX) < INVERSE_TOLERANCE_DEGREES && Math.abs(errY) < INVERSE_TOLERANCE_DEGREES) {
      break;
    }
  }
  return [x, y];
}

function latitudeOffset(x, y) {
  let ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return ret;
}

function longitudeOffset(x, y) {
  let ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  ret += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  ret += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  ret += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return ret;
}
