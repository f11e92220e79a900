import { csvField } from '../stats/rate-rows.js';

/**
 * How hotspot results (GeoJSON features with the statistics as properties, issue 5) are coloured,
 * explained in a legend and written as CSV. Pure.
 */

/** Gi* confidence bins −3…+3, the colours ArcGIS uses for Hot Spot Analysis. */
export const GI_BINS = Object.freeze([
  { bin: 3, label: '热点 99% 置信度', color: '#d62f27' },
  { bin: 2, label: '热点 95% 置信度', color: '#ed7551' },
  { bin: 1, label: '热点 90% 置信度', color: '#fab984' },
  { bin: 0, label: '不显著', color: '#f2f0e6' },
  { bin: -1, label: '冷点 90% 置信度', color: '#c0ccbe' },
  { bin: -2, label: '冷点 95% 置信度', color: '#849eba' },
  { bin: -3, label: '冷点 99% 置信度', color: '#4575b5' },
].map((b) => Object.freeze(b)));

export const MORAN_QUADRANTS = Object.freeze([
  { id: 'HH', label: '高-高聚集', color: '#d62f27' },
  { id: 'HL', label: '高-低异常', color: '#f4a582' },
  { id: 'LH', label: '低-高异常', color: '#92c5de' },
  { id: 'LL', label: '低-低聚集', color: '#4575b5' },
  { id: 'NS', label: '不显著', color: '#f2f0e6' },
].map((q) => Object.freeze(q)));

/** Five density classes, light to dark. */
export const DENSITY_RAMP = Object.freeze(['#fff5eb', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704']);

export const EMERGING_PATTERNS = Object.freeze({
  new: '新增热点', consecutive: '连续热点', intensifying: '加强热点', persistent: '持续热点',
  diminishing: '减弱热点', sporadic: '零星热点', oscillating: '振荡热点', historical: '历史热点',
});

/**
 * The legend entries for a result: [{label, color}].
 * @param {string} method
 * @param {Array} features the result's features (kernel density classes need their values)
 */
export function legendFor(method, features = []) {
  switch (method) {
    case 'gi-star':
    case 'warnings':
      return GI_BINS.map(({ label, color }) => ({ label, color }));
    case 'local-moran':
      return MORAN_QUADRANTS.map(({ label, color }) => ({ label, color }));
    case 'emerging':
      return [
        ...Object.values(EMERGING_PATTERNS).map((label, i) => ({ label, color: emergingColor(i) })),
        { label: '无模式', color: '#f2f0e6' },
      ];
    default: {
      const breaks = densityBreaks(features);
      return DENSITY_RAMP.map((color, i) => ({
        label: breaks.length === 0 ? '' : `${round(breaks[i])} – ${round(breaks[i + 1])}`,
        color,
      }));
    }
  }
}

/** The fill colour of one result feature. */
export function colorFor(method, properties, breaks = []) {
  const p = properties ?? {};
  switch (method) {
    case 'gi-star':
    case 'warnings':
      return GI_BINS.find((b) => b.bin === Number(p.bin))?.color ?? GI_BINS[3].color;
    case 'local-moran': {
      const significant = p.p === undefined || p.p === null || Number(p.p) < 0.05;
      return (significant ? MORAN_QUADRANTS.find((q) => q.id === p.quadrant) : null)?.color ?? MORAN_QUADRANTS[4].color;
    }
    case 'emerging': {
      const [hotOrCold, pattern] = String(p.pattern ?? '').split(/[_ -]/).length > 1
        ? String(p.pattern).split(/[_ -]/) : ['hot', p.pattern];
      const index = Object.keys(EMERGING_PATTERNS).indexOf(pattern);
      if (index < 0) return '#f2f0e6';
      return hotOrCold === 'cold' ? '#6b8fc2' : emergingColor(index);
    }
    default: {
      const value = Number(p.density ?? p.value ?? 0);
      let cls = 0;
      while (cls < breaks.length - 2 && value > breaks[cls + 1]) cls++;
      return DENSITY_RAMP[Math.min(cls, DENSITY_RAMP.length - 1)];
    }
  }
}

/** Equal-interval class breaks (6 numbers for 5 classes) of the density values. */
export function densityBreaks(features) {
  const values = (features ?? []).map((f) => Number(f?.properties?.density ?? f?.properties?.value))
    .filter(Number.isFinite);
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = (max - min) / DENSITY_RAMP.length;
  return Array.from({ length: DENSITY_RAMP.length + 1 }, (_, i) => min + i * step);
}

/** The result's table columns: the known statistics first, then any other plain property. */
export function resultColumns(features) {
  const preferred = ['unitId', 'name', 'value', 'count', 'z', 'p', 'bin', 'I', 'quadrant', 'density', 'pattern', 'trend', 'category', 'township', 'growth'];
  const seen = new Set();
  for (const feature of features ?? []) {
    for (const [key, value] of Object.entries(feature?.properties ?? {})) {
      if (value === null || typeof value !== 'object') seen.add(key);
    }
  }
  return [...preferred.filter((key) => seen.has(key)), ...[...seen].filter((key) => !preferred.includes(key)).sort()];
}

/** Column names in Chinese where we know them. */
export const COLUMN_LABELS = Object.freeze({
  unitId: '单元', name: '名称', value: '数值', count: '案件数', z: 'z 得分', p: 'p 值', bin: '置信区间',
  I: 'Moran’s I', quadrant: '象限', density: '密度', pattern: '模式', trend: '趋势', category: '类别',
  township: '乡镇/街道', growth: '增长',
});

/** CSV of the result (UTF-8 with BOM for Excel), one line per feature. */
export function resultsToCsv(features) {
  const columns = resultColumns(features);
  const header = columns.map((c) => COLUMN_LABELS[c] ?? c);
  const lines = [header, ...(features ?? []).map((f) => columns.map((c) => f.properties?.[c]))];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

function emergingColor(index) {
  return ['#b30000', '#e34a33', '#fc8d59', '#d7301f', '#fdbb84', '#fdd49e', '#c994c7', '#a6761d'][index] ?? '#999999';
}

function round(value) {
  return Math.abs(value) >= 10 ? Math.round(value) : Number(value.toFixed(2));
}
