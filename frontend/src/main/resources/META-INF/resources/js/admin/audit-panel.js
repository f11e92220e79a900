import { describeError } from '../api/index.js';
import { formatDateTime } from '../format/format.js';
import { h, fill, field, progress, errorBox } from '../ui/dom.js';
import { auditAction, auditEntity } from './audit-words.js';

/**
 * The administrator's audit log (审计日志): who did what to which case or user, when; filtered by
 * person, case number and day, newest first (GET api/v1/audit, at most 200 rows).
 */
export class AuditPanel {
  constructor({ client, urls }) {
    this.client = client;
    this.urls = urls;
    this.actor = h('input', { type: 'text', name: 'audit-actor', maxlength: 64, placeholder: '用户名，如 zuoxi', autocomplete: 'off' });
    this.caseNumber = h('input', { type: 'text', name: 'audit-case', maxlength: 40, placeholder: '案件编号', autocomplete: 'off' });
    this.from = h('input', { type: 'date', name: 'audit-from' });
    this.to = h('input', { type: 'date', name: 'audit-to' });
    this.results = h('div', { dataset: { testid: 'audit-results' } });
    const search = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'audit-search' },
      onclick: () => this.load() }, '查询');
    this.element = h('div', { class: 'ld-audit-panel' }, h('h2', {}, '审计日志'),
      h('div', { class: 'ld-row' }, field('人员', this.actor), field('案件编号', this.caseNumber)),
      h('div', { class: 'ld-row' }, field('日期起', this.from), field('至', this.to)),
      h('div', { class: 'ld-actions' }, search), this.results);
    this.load();
  }

  async load() {
    fill(this.results, progress('正在查询审计日志…'));
    try {
      const query = { limit: 200 };
      if (this.actor.value.trim() !== '') query.actor = this.actor.value.trim();
      if (this.caseNumber.value.trim() !== '') {
        const found = await this.client.getJson(this.urls.caseByNumber(this.caseNumber.value));
        Object.assign(query, { entityType: 'case', entityId: String(found.id) });
      }
      // Days in the district's time (UTC+8), as people give them.
      if (this.from.value) query.from = new Date(`${this.from.value}T00:00:00+08:00`).toISOString();
      if (this.to.value) query.to = new Date(new Date(`${this.to.value}T00:00:00+08:00`).getTime() + 86_400_000).toISOString();
      const { entries } = await this.client.getJson(this.urls.audit(query));
      fill(this.results, entries.length === 0 ? h('div', { class: 'ld-empty' }, '没有符合条件的记录。') : [
        h('div', { class: 'ld-muted' }, `共 ${entries.length} 条${entries.length === 200 ? '（只列出最新 200 条，请缩小条件）' : ''}`),
        h('div', { class: 'ld-table-wrap' }, h('table', { class: 'ld-table' },
          h('thead', {}, h('tr', {}, ['时间', '人员', '操作', '对象'].map((t) => h('th', {}, t)))),
          h('tbody', {}, entries.map((e) => h('tr', { dataset: { auditId: String(e.id) } },
            h('td', {}, formatDateTime(e.at)), h('td', { title: e.actor }, e.actorName ?? e.actor), h('td', {}, auditAction(e.action)),
            h('td', {}, auditEntity(e.entityType, e.entityId)))))))]);
    } catch (error) {
      fill(this.results, errorBox(`查询失败：${describeError(error)}`, () => this.load()));
    }
  }
}
