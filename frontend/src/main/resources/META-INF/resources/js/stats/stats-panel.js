import { describeError } from '../api/index.js';
import { formatMonth, monthOf, previousMonth, formatRate, formatDateTime } from '../format/format.js';
import { h, fill, field, progress, errorBox, noticeBox, select, download } from '../ui/dom.js';
import { barChart } from './bar-chart.js';
import { GROUPINGS, RATE_KEYS, rateRows, rowsToCsv, sortRows, totalRow } from './rate-rows.js';

/**
 * The rates dashboard (考核): 响应率, 解决率, 满意率, 按期结案率 for a month, by township, unit or
 * category, as totals, an SVG bar chart of one rate and a table; the monthly township ranking.
 */
export class StatsPanel {
  constructor({ client, urls, user }) {
    this.client = client;
    this.urls = urls;
    this.user = user;
    const thisMonth = monthOf(Date.now());
    const months = [];
    for (let m = thisMonth, i = 0; i < 12; i++, m = previousMonth(m)) months.push({ value: m, label: formatMonth(m) });
    this.month = select({ name: 'month' }, months, thisMonth);
    this.groupBy = select({ name: 'groupBy' }, GROUPINGS.map((g) => ({ value: g.id, label: g.label })), 'township');
    this.rate = select({ name: 'rate' }, RATE_KEYS.map((r) => ({ value: r.key, label: r.label })), 'response');
    this.body = h('div', { dataset: { testid: 'stats' } });
    this.ranking = h('div');
    const change = () => this.load();
    this.month.addEventListener('change', change);
    this.groupBy.addEventListener('change', change);
    this.rate.addEventListener('change', () => this.#renderRates());
    this.element = h('div', {}, h('h2', {}, '考核指标'),
      h('div', { class: 'ld-row' }, field('统计月份', this.month), field('分组', this.groupBy), field('图表指标', this.rate)),
      this.body, this.ranking);
    this.loaded = false;
  }

  show() {
    if (!this.loaded) this.load();
  }

  async load() {
    this.loaded = true;
    const month = this.month.value;
    fill(this.body, progress('正在统计…'));
    fill(this.ranking);
    try {
      this.report = await this.client.getJson(this.urls.rates({ groupBy: this.groupBy.value, month }));
      this.#renderRates();
    } catch (error) {
      fill(this.body, errorBox(`统计失败：${describeError(error)}`, () => this.load()));
    }
    if (this.user?.role === 'RESPONSIBLE_UNIT') return; // units are not ranked (403)
    fill(this.ranking, progress('正在加载月度排名…'));
    try {
      this.#renderRanking(await this.client.getJson(this.urls.ranking({ month })));
    } catch (error) {
      fill(this.ranking, errorBox(`月度排名加载失败：${describeError(error)}`, () => this.load()));
    }
  }

  #renderRates() {
    if (!this.report) return;
    const key = this.rate.value;
    const rateInfo = RATE_KEYS.find((r) => r.key === key);
    const rows = rateRows(this.report);
    const total = totalRow(this.report);
    const kpis = h('div', { class: 'ld-kpis' }, RATE_KEYS.map((r) => h('div', { class: 'ld-kpi', title: total ? `${total.rates[r.key].fraction}` : '' },
      h('div', { class: 'ld-kpi-value' }, total ? total.rates[r.key].text : '—'), h('div', { class: 'ld-kpi-label' }, r.label))));
    const sorted = sortRows(rows, key);
    const chart = h('div');
    chart.innerHTML = barChart(sorted.map((r) => ({ label: r.name, value: r.rates[key].value, text: r.rates[key].text })),
      { color: rateInfo.color, title: `${this.report.groupLabel ?? ''}${rateInfo.label}` });
    const table = h('table', { class: 'ld-table' },
      h('thead', {}, h('tr', {}, h('th', {}, this.report.groupLabel ?? '分组'), h('th', {}, '案件'), RATE_KEYS.map((r) => h('th', {}, r.label)))),
      h('tbody', {}, sorted.map((r) => h('tr', {}, h('td', { class: 'text' }, r.name), h('td', {}, r.cases),
        RATE_KEYS.map((k) => h('td', { title: `${r.rates[k.key].fraction}` }, r.rates[k.key].text, h('span', { class: 'ld-fraction' }, r.rates[k.key].fraction))))),
      total ? h('tr', { class: 'total' }, h('td', { class: 'text' }, '合计'), h('td', {}, total.cases),
        RATE_KEYS.map((k) => h('td', {}, total.rates[k.key].text))) : null));
    const period = this.report.period?.month ? formatMonth(this.report.period.month) : '';
    fill(this.body,
      h('div', { class: 'ld-muted' }, `${period}受理的案件，统计截至 ${formatDateTime(this.report.asOf)}（近期数据随办理进展变化）。无分母的指标显示“—”。`),
      kpis,
      h('h3', {}, `${rateInfo.label}（${GROUPINGS.find((g) => g.id === this.groupBy.value)?.label ?? ''}）`),
      rows.length === 0 ? noticeBox('该月没有案件。') : chart,
      rows.length === 0 ? null : h('div', { class: 'ld-table-wrap' }, table),
      rows.length === 0 ? null : h('button', {
        type: 'button', class: 'ld-button small',
        onclick: () => download(`考核指标-${this.month.value}-${this.groupBy.value}.csv`, rowsToCsv(sorted)),
      }, '下载 CSV'));
  }

  #renderRanking(ranking) {
    const list = ranking.townships ?? [];
    fill(this.ranking, h('h3', {}, `${formatMonth(ranking.month)}乡镇/街道排名`),
      h('div', { class: 'ld-muted' }, `得分：${ranking.score ?? '四项指标的加权平均'}；共 ${ranking.ranked ?? list.length} 个乡镇/街道参与排名。`),
      list.length === 0 ? noticeBox('该月没有可排名的乡镇/街道。') : h('div', { class: 'ld-table-wrap' }, h('table', { class: 'ld-table', dataset: { testid: 'ranking' } },
        h('thead', {}, h('tr', {}, h('th', {}, '名次'), h('th', { class: 'text' }, '乡镇/街道'), h('th', {}, '得分'), h('th', {}, '案件'),
          RATE_KEYS.map((r) => h('th', {}, r.label)))),
        h('tbody', {}, list.map((t) => h('tr', {}, h('td', {}, t.rank), h('td', { class: 'text' }, t.name), h('td', {}, formatRate(t.score)),
          h('td', {}, t.cases), RATE_KEYS.map((r) => h('td', {}, formatRate(t[r.key]?.rate)))))))));
  }
}
