import { describeError } from '../api/index.js';
import { formatMonth, monthOf, previousMonth, formatDateTime } from '../format/format.js';
import { h, fill, field, progress, errorBox, select } from '../ui/dom.js';
import { ASSESSMENT_BY, assessmentCells, assessmentColumns, byRank } from './assessment-model.js';

/**
 * 考核 in the 网格 tab: the grid workers' (or 责任网格's) figures for a month, ranked like the
 * townships, with a link to the same table as CSV. Loaded on first use (dynamic import).
 */
export class AssessmentPanel {
  constructor({ client, urls }) {
    this.client = client;
    this.urls = urls;
    const thisMonth = monthOf(Date.now());
    const months = [];
    for (let m = thisMonth, i = 0; i < 12; i++, m = previousMonth(m)) months.push({ value: m, label: formatMonth(m) });
    this.month = select({ name: 'assessment-month' }, months, thisMonth);
    this.by = select({ name: 'assessment-by' }, ASSESSMENT_BY.map((b) => ({ value: b.id, label: b.label })), 'worker');
    this.csv = h('a', { class: 'ld-button small', dataset: { testid: 'assessment-csv' } }, '下载 CSV');
    this.body = h('div', { dataset: { testid: 'assessment' } });
    this.month.addEventListener('change', () => this.load());
    this.by.addEventListener('change', () => this.load());
    this.element = h('section', { class: 'ld-admin-panel' }, h('h2', {}, '网格员考核'),
      h('p', { class: 'ld-muted' }, '上报问题数、核查及时率（反馈后按时核查）、巡查覆盖率，以及网格内案件的四项指标；按与乡镇/街道排名相同的综合得分排名。'),
      h('div', { class: 'ld-row' }, field('考核月份', this.month), field('考核对象', this.by), this.csv),
      this.body);
    this.load();
  }

  async load() {
    const params = { by: this.by.value, month: this.month.value };
    this.csv.href = this.urls.gridAssessment(params, true);
    this.csv.setAttribute('download', `网格员考核-${params.month}-${params.by === 'grid' ? '责任网格' : '网格员'}.csv`);
    fill(this.body, progress('正在统计…'));
    try {
      const report = await this.client.getJson(this.urls.gridAssessment(params));
      const rows = byRank(report.rows);
      fill(this.body,
        h('div', { class: 'ld-muted' }, `${formatMonth(params.month)}，统计截至 ${formatDateTime(report.asOf)}；共 ${report.ranked} 个参与排名。`
          + '无分母的指标显示“—”。'),
        rows.length === 0 ? h('div', { class: 'ld-empty' }, '本月还没有考核数据。')
          : assessmentTable(params.by, rows));
    } catch (error) {
      fill(this.body, errorBox(`考核统计失败：${describeError(error)}`, () => this.load()));
    }
  }
}

/** One line per row, scrolled sideways in the narrow side panel rather than wrapped into tall rows. */
function assessmentTable(by, rows) {
  const line = { whiteSpace: 'nowrap', textAlign: 'left' };
  return h('div', { class: 'ld-table-wrap' }, h('table', { class: 'ld-table', dataset: { testid: 'assessment-table' } },
    h('thead', {}, h('tr', {}, assessmentColumns(by).map((c) => h('th', { style: line }, c)))),
    h('tbody', {}, rows.map((row) => h('tr', { dataset: { key: row.key } },
      assessmentCells(row, by).map((c) => h('td', { style: line }, c)))))));
}
