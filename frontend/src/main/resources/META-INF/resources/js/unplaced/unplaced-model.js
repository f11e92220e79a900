/**
 * The 待定位 list's pure parts: what a report says in one line, its candidates as numbered
 * choices, and the place request for a choice. No DOM, no Leaflet (node --test covers it).
 */

/** The radius under which a candidate is "about here"; above it the circle is what matters. */
const PRECISE_METRES = 30;

/** "候选 1：约 12 米范围" — a candidate as the list names it (1-based). */
export function candidateLabel(candidate, index) {
  const metres = Math.max(1, Math.round(candidate.uncertaintyMetres));
  return `候选 ${index + 1}：${metres <= PRECISE_METRES ? '约' : '半径约'} ${metres} 米范围`;
}

/** The choices the dispatcher has: each candidate, then a point picked on the map. */
export function choices(report) {
  return (report?.candidates ?? []).map((c, i) => ({ id: `c${i}`, label: candidateLabel(c, i), lon: c.lon, lat: c.lat }));
}

/** The POST body of place for a chosen WGS-84 point. */
export function placeRequest(point) {
  if (!point || !Number.isFinite(point.lon) || !Number.isFinite(point.lat)) {
    throw new Error('请先选择定位点');
  }
  return { lon: point.lon, lat: point.lat, crs: 'wgs84' };
}

/** A discard reason as the server accepts it, or the Chinese reason why not. */
export function checkDiscardReason(text) {
  const reason = (text ?? '').trim();
  if (reason.length === 0) return { ok: false, message: '请填写作废原因' };
  if (reason.length > 500) return { ok: false, message: '作废原因最多 500 个字' };
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(reason)) return { ok: false, message: '作废原因不能含控制字符' };
  return { ok: true, reason };
}

/** The tab's count title. */
export function badgeTitle(count) {
  return `待定位 ${count} 件：位置描述不能确定唯一地点，等待派遣员在地图上选定`;
}
