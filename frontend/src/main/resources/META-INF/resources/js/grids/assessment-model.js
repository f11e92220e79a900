import { formatRate } from '../format/format.js';

/** What the assessment's rows are: the API's `by` values with their Chinese names. */
export const ASSESSMENT_BY = Object.freeze([
  { id: 'worker', label: '网格员' },
  { id: 'grid', label: '责任网格' },
]);

const RATE_COLUMNS = ['核查及时率', '巡查覆盖率', '案件数', '响应率', '解决率', '满意率', '按期结案率', '综合得分'];

/** The table's column names for rows by worker or by grid (the CSV's, shortened where the screen is narrow). */
export function assessmentColumns(by) {
  return by === 'grid'
    ? ['排名', '责任网格', '乡镇/街道', '网格员', '上报问题数', '核查任务数', ...RATE_COLUMNS]
    : ['排名', '网格员', '角色', '乡镇/街道', '责任网格', '上报问题数', '核查任务数', ...RATE_COLUMNS];
}

/** "66.7%（2/3）", or "—" when nothing counts towards the rate. */
export function rateText(rate) {
  if (!rate || !rate.denominator) return '—';
  return `${formatRate(rate.rate)}（${rate.numerator}/${rate.denominator}）`;
}

/** One row's cells, in the order of {@link assessmentColumns}. */
export function assessmentCells(row, by) {
  const who = by === 'grid'
    ? [row.name ?? row.key, row.township?.name ?? '—', (row.grids ?? []).join('、') || '未指派']
    : [row.name ?? row.key, row.role ?? '—', row.township?.name ?? '—', (row.grids ?? []).join('、') || '—'];
  return [String(row.rank), ...who, String(row.reports), String(row.tasks), rateText(row.verification), rateText(row.coverage),
    String(row.cases), rateText(row.response), rateText(row.resolution), rateText(row.satisfaction),
    rateText(row.onTimeClosure), row.score === null || row.score === undefined ? '—' : (row.score * 100).toFixed(1)];
}

/** Rows in rank order (the server sends them so; kept so whatever the source). */
export function byRank(rows) {
  return [...(rows ?? [])].sort((a, b) => a.rank - b.rank);
}
