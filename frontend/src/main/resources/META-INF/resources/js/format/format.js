/**
 * How times, durations, rates and distances read on the page, in Chinese, in the case zone
 * (Asia/Shanghai: the district's clock whatever the browser's zone). Pure.
 */

export const CASE_ZONE = 'Asia/Shanghai';
const ZONE_OFFSET_MS = 8 * 3600 * 1000; // Asia/Shanghai has no daylight saving time

const MISSING = '—';

/** "2026-11-22 14:54" for an ISO instant, in the case zone. */
export function formatDateTime(iso) {
  const ms = toMs(iso);
  if (ms === null) {
    return MISSING;
  }
  const d = new Date(ms + ZONE_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} `
    + `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** "11-22 14:54": short form for lists. */
export function formatShortDateTime(iso) {
  const text = formatDateTime(iso);
  return text === MISSING ? text : text.slice(5);
}

/** "2026-11" of an instant (ms), in the case zone. */
export function monthOf(ms) {
  const d = new Date(ms + ZONE_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

/** The month before "YYYY-MM". */
export function previousMonth(month) {
  const [year, m] = month.split('-').map(Number);
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}

/** "2026年11月" for "2026-11". */
export function formatMonth(month) {
  const match = /^(\d{4})-(\d{2})$/.exec(month ?? '');
  return match ? `${match[1]}年${Number(match[2])}月` : MISSING;
}

/**
 * A duration in words: "3天4小时", "2小时5分", "12分", "不足1分". Negative durations are formatted
 * by their size; callers say 剩余 or 超时.
 */
export function formatDuration(ms) {
  if (!Number.isFinite(ms)) {
    return MISSING;
  }
  const minutes = Math.floor(Math.abs(ms) / 60000);
  if (minutes < 1) {
    return '不足1分';
  }
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  if (days > 0) {
    return hours > 0 ? `${days}天${hours}小时` : `${days}天`;
  }
  if (hours > 0) {
    return rest > 0 ? `${hours}小时${rest}分` : `${hours}小时`;
  }
  return `${rest}分`;
}

/** "95.2%" for 0.952; "—" for null (a rate without denominator is not 0 %). */
export function formatRate(rate, decimals = 1) {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) {
    return MISSING;
  }
  return `${(rate * 100).toFixed(decimals)}%`;
}

/** "389米", "2.3公里". */
export function formatDistance(metres) {
  if (!Number.isFinite(metres)) {
    return MISSING;
  }
  return metres < 1000 ? `${Math.round(metres)}米` : `${(metres / 1000).toFixed(1)}公里`;
}

/** "116.656300, 39.905100": six decimals is about 0.1 m. */
export function formatLonLat(lon, lat) {
  return Number.isFinite(lon) && Number.isFinite(lat) ? `${lon.toFixed(6)}, ${lat.toFixed(6)}` : MISSING;
}

/** ISO instant of the start of a day "YYYY-MM-DD" in the case zone (for the API's from/to). */
export function dayStartInstant(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) {
    return null;
  }
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - ZONE_OFFSET_MS;
  return new Date(ms).toISOString();
}

/** The day after "YYYY-MM-DD" (to make an inclusive end day a half-open bound). */
export function nextDay(day) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!match) {
    return null;
  }
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function toMs(iso) {
  if (iso === null || iso === undefined || iso === '') {
    return null;
  }
  const ms = typeof iso === 'number' ? iso : Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

function pad(n) {
  return String(n).padStart(2, '0');
}
