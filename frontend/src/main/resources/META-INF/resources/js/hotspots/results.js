import { csvField } from '../stats/rate-rows.js';
import { METHODS, UNITS } from './request.js';

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

/** "sporadic_hot_spot" → {kind: 'sporadic', cold: false}; null for no_pattern or anything unknown. */
export function emergingPattern(value) {
  const match = /^([a-z]+)_(hot|cold)_spot$/.exec(String(value ?? ''));
  return match && EMERGING_PATTERNS[match[1]] ? { kind: match[1], cold: match[2] === 'cold' } : null;
}

/** The pattern in Chinese: 零星热点, 零星冷点 …, 无模式. */
export function emergingLabel(value) {
  const pattern = emergingPattern(value);
  if (!pattern) return '无模式';
  const label = EMERGING_PATTERNS[pattern.kind];
  return pattern.cold ? label.replace('热点', '冷点') : label;
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
      const pattern = emergingPattern(p.pattern);
      if (!pattern) return '#f2f0e6';
      return pattern.cold ? '#6b8fc2' : emergingColor(Object.keys(EMERGING_PATTERNS).indexOf(pattern.kind));
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

/** Column and parameter names in Chinese where we know them. */
export const COLUMN_LABELS = Object.freeze({
  unitId: '单元', name: '名称', label: '名称', value: '数值', count: '案件数', z: 'z 得分', p: 'p 值', bin: '置信区间',
  I: '莫兰指数', i: '局部莫兰指数', expectedI: 'Iᵢ 期望值', varianceI: 'Iᵢ 方差', pseudoP: '置换检验 p 值',
  quadrant: '象限', density: '密度', pattern: '模式', trend: '趋势', trendZ: '趋势 z 得分', trendP: '趋势 p 值',
  zLast: '最近一期 z 得分', hotSteps: '热点期数', coldSteps: '冷点期数', neighbours: '邻居数', row: '行', column: '列',
  category: '类别', categoryCode: '类别代码', parentCategory: '大类', township: '乡镇/街道', townshipCode: '乡镇/街道代码',
  growth: '增长', growthRate: '增长率', previousCount: '上期案件数', rank: '名次', caseNumbers: '案件编号', caseIds: '案件序号',
  baselineMean: '基线均值', baselineSd: '基线标准差', expectedRate: '期望值', ratio: '倍数', threshold: '阈值',
  windowStart: '窗口开始', windowHours: '窗口（小时）', baselineWindows: '基线窗口数', baselineStart: '基线开始',
  method: '方法', units: '分析单元', unitCount: '单元数', crs: '坐标系', weights: '权重', includeSelf: '含自身',
  distanceBandMetres: '距离阈值（米）', k: '近邻数', fdr: '错误发现率校正', alpha: '显著性水平', bandwidthMetres: '带宽（米）',
  cellSizeMetres: '栅格边长（米）', kernel: '核函数', densityUnit: '密度单位', maxDensity: '最大密度', cells: '栅格数',
  cellsWithDensity: '有密度的栅格数', timeStep: '时间步长', timeWindowSteps: '时间窗口期数', steps: '期数',
  permutations: '置换次数', seed: '随机种子', seriesTested: '检验的序列数', minCount: '最少案件数', cases: '案件数',
  casesOutsideUnits: '单元外案件数', unitsWithoutNeighbours: '无邻居单元数', neighbourLinks: '邻接数', from: '起',
  to: '止', end: '结束', zone: '投影带', valueProperty: '数值属性', idProperty: '编号属性', month: '月份',
  previousMonth: '上月', columns: '列数', rows: '行数', stepStarts: '各期开始',
});

const byId = (list) => Object.fromEntries(list.map((entry) => [entry.id, entry.label]));

/** Coded parameter values in words: the form's own method and unit names, and the few others. */
const VALUE_LABELS = Object.freeze({
  method: byId(METHODS),
  units: { ...byId(UNITS), upload: '上传的单元' },
  weights: { binary: '二值', row: '行标准化' },
  kernel: { quartic: '四次核' },
  densityUnit: { 'cases per km²': '件/平方千米' },
  timeStep: { day: '日', week: '周', month: '月' },
  trend: { up: '上升', down: '下降', none: '无趋势' },
});

/** A value as the table, tooltip and parameter line show it. */
export function cellText(key, value) {
  if (value === null || value === undefined) return '';
  if (key === 'pattern') return emergingLabel(value);
  if (key === 'quadrant') return MORAN_QUADRANTS.find((q) => q.id === value)?.label ?? String(value);
  if (key === 'bin') return GI_BINS.find((b) => b.bin === Number(value))?.label ?? String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return String(Number(value.toFixed(4)));
  return VALUE_LABELS[key]?.[value] ?? String(value);
}

/** The plain parameters of a result as one line: 分析单元：单元网格；坐标系：EPSG:4548 … */
export function parametersLine(parameters) {
  return Object.entries(parameters ?? {})
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k, v]) => `${COLUMN_LABELS[k] ?? k}：${cellText(k, v)}`).join('；');
}

/** Rows in the order that matters: by |z| where there is one, else by density or value, largest first. */
export function byImportance(features) {
  const key = (f) => {
    const p = f.properties ?? {};
    return Number.isFinite(Number(p.z)) && p.z !== null ? Math.abs(Number(p.z)) : Number(p.density ?? p.value ?? 0);
  };
  return (features ?? []).slice().sort((a, b) => key(b) - key(a));
}

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
