import { formatRate } from '../format/format.js';

/**
 * The four rates (考核指标) as table rows and chart series, from GET api/v1/stats/rates and
 * /ranking. Pure.
 */

export const RATE_KEYS = Object.freeze([
  { key: 'response', label: '响应率', color: '#1f6fd1' },
  { key: 'resolution', label: '解决率', color: '#0f8b8d' },
  { key: 'satisfaction', label: '满意率', color: '#e08a00' },
  { key: 'onTimeClosure', label: '按期结案率', color: '#7b4fc9' },
].map((rate) => Object.freeze(rate)));

export const GROUPINGS = Object.freeze([
  { id: 'township', label: '按乡镇/街道' },
  { id: 'unit', label: '按责任单位' },
  { id: 'category', label: '按大类' },
]);

/**
 * One row per group: name, cases, and per rate its value (0…1 or null) and "分子/分母".
 * @param {{groups: Array, total: object}} report
 */
export function rateRows(report) {
  return (report?.groups ?? []).map(row);
}

export function totalRow(report) {
  return report?.total ? row(report.total) : null;
}

function row(group) {
  const rates = {};
  for (const { key } of RATE_KEYS) {
    const rate = group[key] ?? {};
    rates[key] = {
      value: typeof rate.rate === 'number' ? rate.rate : null,
      text: formatRate(rate.rate),
      fraction: `${rate.numerator ?? 0}/${rate.denominator ?? 0}`,
    };
  }
  return { code: group.code ?? '', name: group.name ?? group.code ?? '—', cases: group.cases ?? 0, rates, rank: group.rank, score: group.score };
}

/** Rows sorted by one rate, best first; rows without that rate last. */
export function sortRows(rows, key) {
  return rows.slice().sort((a, b) => {
    const va = a.rates[key]?.value;
    const vb = b.rates[key]?.value;
    if (va === null && vb === null) return b.cases - a.cases;
    if (va === null) return 1;
    if (vb === null) return -1;
    return vb - va || b.cases - a.cases;
  });
}

/** CSV (UTF-8 with BOM so Excel reads the Chinese) of the rate rows. */
export function rowsToCsv(rows) {
  const header = ['代码', '名称', '案件数', ...RATE_KEYS.flatMap(({ label }) => [label, `${label}分子/分母`])];
  const lines = [header, ...rows.map((r) => [r.code, r.name, r.cases,
    ...RATE_KEYS.flatMap(({ key }) => [r.rates[key].text, r.rates[key].fraction])])];
  return `\uFEFF${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading =, +, - or @ would be a formula in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
