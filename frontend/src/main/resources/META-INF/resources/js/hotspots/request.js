/**
 * The planner's hotspot form → the request of POST api/v1/hotspots/{method} (issue 5). Pure.
 */

export const METHODS = Object.freeze([
  { id: 'gi-star', label: '热点分析（Gi* 统计量）' },
  { id: 'local-moran', label: '聚类与异常值（局部莫兰指数）' },
  { id: 'kernel-density', label: '核密度' },
  { id: 'emerging', label: '时空热点（新兴热点）' },
  { id: 'warnings', label: '预警' },
  { id: 'monthly-topics', label: '每月一题' },
].map((m) => Object.freeze(m)));

export const UNITS = Object.freeze([
  { id: 'grid', label: '单元网格' },
  { id: 'h3', label: 'H3 六边形' },
  { id: 'village', label: '村/社区' },
  { id: 'township', label: '乡镇/街道' },
]);

/** Methods that work on units and a neighbourhood. */
const NEIGHBOUR_METHODS = new Set(['gi-star', 'local-moran', 'emerging']);

/**
 * @param {object} form
 * @param {string} form.method
 * @param {string} form.units
 * @param {number|string} [form.h3Resolution]
 * @param {'band'|'knn'} [form.neighbours]
 * @param {number|string} [form.distanceBandMetres]
 * @param {number|string} [form.k]
 * @param {'binary'|'row'} [form.weights]
 * @param {boolean} [form.fdr]
 * @param {number|string} [form.bandwidthMetres] kernel density
 * @param {string} [form.timeStep] emerging: day | week | month
 * @param {object} [form.filter] case filters in the API's names (category, state, from, to)
 * @returns {{ok: true, method: string, body: object} | {ok: false, reason: string}}
 */
export function hotspotRequest(form) {
  const method = form.method;
  if (!METHODS.some((m) => m.id === method)) {
    return { ok: false, reason: '请选择分析方法' };
  }
  const body = { filter: cleanFilter(form.filter) };
  if (method !== 'monthly-topics') {
    if (!UNITS.some((u) => u.id === form.units)) {
      return { ok: false, reason: '请选择分析单元' };
    }
    body.units = form.units;
    if (form.units === 'h3') {
      const resolution = Number(form.h3Resolution);
      if (!Number.isInteger(resolution) || resolution < 5 || resolution > 10) {
        return { ok: false, reason: 'H3 分辨率应为 5 到 10 之间的整数' };
      }
      body.h3Resolution = resolution;
    }
  }
  if (NEIGHBOUR_METHODS.has(method)) {
    if (form.neighbours === 'knn') {
      const k = Number(form.k);
      if (!Number.isInteger(k) || k < 1 || k > 64) {
        return { ok: false, reason: '近邻数 k 应为 1 到 64 之间的整数' };
      }
      body.k = k;
    } else {
      const band = Number(form.distanceBandMetres);
      if (!Number.isFinite(band) || band < 50 || band > 20000) {
        return { ok: false, reason: '距离阈值应在 50 到 20000 米之间' };
      }
      body.distanceBandMetres = band;
    }
    body.weights = form.weights === 'row' ? 'row' : 'binary';
  }
  if (method === 'gi-star') {
    body.fdr = form.fdr === true;
  }
  if (method === 'local-moran') {
    body.permutations = 999;
    body.seed = 42;
  }
  if (method === 'kernel-density') {
    const bandwidth = Number(form.bandwidthMetres);
    if (!Number.isFinite(bandwidth) || bandwidth < 50 || bandwidth > 10000) {
      return { ok: false, reason: '带宽应在 50 到 10000 米之间' };
    }
    body.bandwidthMetres = bandwidth;
  }
  if (method === 'emerging') {
    body.timeStep = ['day', 'week', 'month'].includes(form.timeStep) ? form.timeStep : 'week';
  }
  return { ok: true, method, body };
}

function cleanFilter(filter = {}) {
  const clean = {};
  for (const [key, value] of Object.entries(filter ?? {})) {
    if (value !== '' && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      clean[key] = value;
    }
  }
  return clean;
}
