import { h, fill, field, select, progress, errorBox, noticeBox } from '../ui/dom.js';
import { checkRule } from './admin-forms.js';
import { confirmStep, listPanel, refusal, table, value } from './admin-ui.js';

/**
 * 派遣规则: which unit a case goes to by its category (大类 or 小类) and place (全区 or a township).
 * The administrator lists, adds, edits and deletes rules and tries a category at a township
 * (试算) to see which unit the dispatcher would be offered and why.
 */
export class RulesPanel {
  constructor({ client, urls, categories, townships }) {
    this.client = client;
    this.urls = urls;
    this.categories = categories;
    this.townships = townships;
    this.previewBox = h('div', { class: 'ld-admin-form' });
    listPanel(this, {
      title: '派遣规则', plural: 'rules', single: 'rule', newLabel: '新建规则', extra: [this.previewBox],
      intro: '案件按最具体的规则派遣：类别代码越长越优先，其次区域越小越优先，再按优先级；没有匹配的规则时派往案件所在街乡镇的属地单位。',
    });
    this.load();
    this.preview();
  }

  async options() {
    const [categories, townships, { units }] = await Promise.all([this.categories(), this.townships(),
      this.client.getJson(this.urls.adminUnits())]);
    return {
      // 大类 then its 小类, indented: a rule may name either.
      categories: categories.flatMap((c) => [{ value: c.code, label: `${c.name}（${c.code}）` },
        ...(c.children ?? []).map((s) => ({ value: s.code, label: `　${s.name}（${s.code}）` }))]),
      townships: townships.map((t) => ({ value: t.code, label: t.name })),
      units: units.filter((u) => u.enabled).map((u) => ({ value: String(u.id), label: u.name })),
    };
  }

  async load() {
    fill(this.list, progress('正在加载派遣规则…'));
    try {
      const { rules, truncated } = await this.client.getJson(this.urls.adminRules());
      fill(this.list, rules.length === 0 ? h('div', { class: 'ld-empty' }, '还没有派遣规则：案件都派往属地单位。') : [
        h('div', { class: 'ld-muted' }, `共 ${rules.length} 条，按优先顺序${truncated ? '（只列出前 1000 条）' : ''}`),
        table('rules-table', ['编号', '案件类别', '适用区域', '派往单位', '优先级', '操作'], rules, (r) => [
          String(r.id), r.categoryPrefix ? `${r.categoryName}（${r.categoryPrefix}）` : r.categoryName, r.jurisdictionName,
          r.unitEnabled ? r.unitName : `${r.unitName}（已停用，此规则不生效）`, String(r.priority),
          h('span', { class: 'ld-row-actions' },
            h('button', { type: 'button', class: 'ld-button small', dataset: { action: 'edit' }, onclick: () => this.edit(r) }, '编辑'),
            h('button', { type: 'button', class: 'ld-button small danger', dataset: { action: 'delete' }, onclick: () => this.remove(r) }, '删除')),
        ], (r) => ({ ruleId: String(r.id) }))]);
    } catch (error) {
      fill(this.list, errorBox(`加载失败：${refusal(error)}`, () => this.load()));
    }
  }

  remove(rule) {
    confirmStep(this.message, 'rule-delete', `确定删除规则 ${rule.id}（${rule.categoryName} · ${rule.jurisdictionName} → ${rule.unitName}）吗？`,
      async () => {
        try {
          await this.client.request(this.urls.adminRules(rule.id), { method: 'DELETE' });
          fill(this.message, noticeBox(`已删除规则 ${rule.id}。`));
          await this.load();
        } catch (error) {
          fill(this.message, errorBox(refusal(error)));
        }
      });
  }

  async edit(rule) {
    fill(this.message);
    let options;
    try {
      options = await this.options();
    } catch (error) {
      fill(this.message, errorBox(`加载失败：${refusal(error)}`));
      return;
    }
    const creating = rule === null;
    const category = select({ name: 'rule-category' }, [{ value: '', label: '全部类别' }, ...options.categories], rule?.categoryPrefix ?? '');
    const area = select({ name: 'rule-area' }, [{ value: '', label: '全区' }, ...options.townships], rule?.jurisdictionPrefix ?? '');
    const unit = select({ name: 'rule-unit' }, [{ value: '', label: '请选择' }, ...options.units], rule ? String(rule.unitId) : '');
    const priority = h('input', { type: 'number', name: 'rule-priority', min: -100, max: 100, step: 1, value: String(rule?.priority ?? 0) });
    const problem = h('div', { dataset: { testid: 'rule-form-problem' } });
    const save = h('button', { type: 'submit', class: 'ld-button primary', dataset: { testid: 'rule-save' } }, '保存');
    const cancel = h('button', { type: 'button', class: 'ld-button', onclick: () => fill(this.formBox) }, '取消');
    const form = h('form', { class: 'ld-admin-form', dataset: { testid: 'rule-form' }, novalidate: true },
      h('h3', {}, creating ? '新建派遣规则' : `编辑规则 ${rule.id}`),
      h('div', { class: 'ld-row' }, field('案件类别', category), field('适用区域', area)),
      h('div', { class: 'ld-row' }, field('派往单位', unit), field('优先级', priority, '同样具体的规则中数大者优先')),
      problem, h('div', { class: 'ld-actions' }, save, cancel));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { categoryPrefix: category.value, jurisdictionPrefix: area.value,
        unitId: unit.value === '' ? null : Number(unit.value), priority: Number(value(priority) || '0') };
      const mistake = checkRule(body);
      if (mistake) {
        fill(problem, errorBox(mistake));
        return;
      }
      save.disabled = true;
      try {
        const saved = creating ? await this.client.postJson(this.urls.adminRules(), body)
          : await this.client.request(this.urls.adminRules(rule.id), { method: 'PUT', body: JSON.stringify(body), type: 'application/json' });
        fill(this.formBox);
        fill(this.message, noticeBox(`已保存规则 ${saved.id}：${saved.categoryName} · ${saved.jurisdictionName} → ${saved.unitName}。`));
        await this.load();
      } catch (error) {
        fill(problem, errorBox(refusal(error)));
      } finally {
        save.disabled = false;
      }
    });
    fill(this.formBox, form);
  }

  /** 试算: a category at a township, and the unit the rules choose. */
  async preview() {
    let options;
    try {
      options = await this.options();
    } catch {
      return; // the list above shows the failure
    }
    const category = select({ name: 'preview-category' }, options.categories, '');
    const area = select({ name: 'preview-area' }, options.townships, '');
    const result = h('div', { dataset: { testid: 'rule-preview-result' }, 'aria-live': 'polite' });
    const run = h('button', { type: 'button', class: 'ld-button', dataset: { testid: 'rule-preview' }, onclick: async () => {
      fill(result, progress('正在试算…'));
      try {
        const answer = await this.client.getJson(this.urls.dispatchPreview(category.value, area.value));
        fill(result, answer.unit ? noticeBox(`将派往：${answer.unit.name}（${answer.reason}）`) : noticeBox(answer.reason));
      } catch (error) {
        fill(result, errorBox(refusal(error)));
      }
    } }, '试算');
    fill(this.previewBox, h('h3', {}, '试算：某类案件在某街乡镇会派往哪个单位'),
      h('div', { class: 'ld-row' }, field('案件类别', category), field('街乡镇', area)),
      h('div', { class: 'ld-actions' }, run), result);
  }
}
