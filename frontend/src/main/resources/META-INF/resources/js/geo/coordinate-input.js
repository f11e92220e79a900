/**
 * Reads coordinates a person typed or pasted: "116.6563, 39.9051", "39.9051 116.6563",
 * "116°39'22.7\"E 39°54'18.4\"N", with Chinese or ASCII commas. Pure.
 */

/** The region a pasted pair is checked against: longitude first unless the order says otherwise. */
const CHINA = Object.freeze({ minLon: 73, maxLon: 136, minLat: 3, maxLat: 54 });

/**
 * @param {string} text
 * @returns {{ok: true, lon: number, lat: number, swapped: boolean} | {ok: false, reason: string}}
 *   `swapped` is true when the text gave latitude first; `reason` is Chinese, for the form
 */
export function parseCoordinates(text) {
  if (typeof text !== 'string' || text.trim() === '') {
    return { ok: false, reason: '请输入经纬度，例如 116.6563, 39.9051' };
  }
  const values = readNumbers(text.trim());
  if (values === null || values.length !== 2) {
    return { ok: false, reason: '无法识别坐标：请输入两个数（经度、纬度），以逗号或空格分隔' };
  }
  let [first, second] = values;
  const hemispheres = text.toUpperCase().match(/[NSEW]/g) ?? [];
  let swapped = false;
  if (hemispheres[0] === 'N' || hemispheres[0] === 'S') {
    swapped = true;
  } else if (hemispheres.length === 0 && !inChina(first, second) && inChina(second, first)) {
    swapped = true;
  }
  if (swapped) {
    [first, second] = [second, first];
  }
  if (Math.abs(first) > 180 || Math.abs(second) > 90) {
    return { ok: false, reason: '坐标超出经纬度范围：经度应在 ±180 之间，纬度应在 ±90 之间' };
  }
  if (!inChina(first, second)) {
    return { ok: false, reason: '坐标不在中国境内，请检查是否为经纬度（而非投影坐标）' };
  }
  return { ok: true, lon: first, lat: second, swapped };
}

function inChina(lon, lat) {
  return lon >= CHINA.minLon && lon <= CHINA.maxLon && lat >= CHINA.minLat && lat <= CHINA.maxLat;
}

/** Decimal degrees or degrees/minutes/seconds, one number per coordinate; null if unreadable. */
function readNumbers(text) {
  const normalised = text.replace(/[，、；;]/g, ',').replace(/[“”″]/g, '"').replace(/[‘’′]/g, "'");
  const dms = /(-?\d+(?:\.\d+)?)\s*°\s*(?:(\d+(?:\.\d+)?)\s*'\s*)?(?:(\d+(?:\.\d+)?)\s*"\s*)?([NSEW])?/gi;
  if (normalised.includes('°')) {
    const values = [];
    for (const match of normalised.matchAll(dms)) {
      const [, degrees, minutes = '0', seconds = '0', hemisphere = ''] = match;
      const sign = /[SW]/i.test(hemisphere) || degrees.startsWith('-') ? -1 : 1;
      values.push(sign * (Math.abs(Number(degrees)) + Number(minutes) / 60 + Number(seconds) / 3600));
    }
    return values;
  }
  const parts = normalised.replace(/[NSEW]/gi, ' ').split(/[\s,]+/).filter((part) => part !== '');
  if (!parts.every((part) => /^[-+]?\d+(\.\d+)?$/.test(part))) {
    return null;
  }
  return parts.map(Number);
}
