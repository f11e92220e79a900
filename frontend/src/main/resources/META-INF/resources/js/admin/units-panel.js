import { h, fill, field, select, progress, errorBox, noticeBox } from '../ui/dom.js';
import { checkUnit } from './admin-forms.js';
import { confirmStep, listPanel, refusal, table, value } from './admin-ui.js';

/**
 * 责任单位: the administrator lists the units, creates one, edits its name, township and contact,
 * and disables (停用) or enables it. A disabled unit keeps its cases but is not offered at 派遣 nor
 * chosen by a rule.
 */
export class UnitsPanel {
  constructor({ client, urls, townships }) {
    this.client = client;
    this.urls = urls;
    this.townships = townships;
    listPanel(this, { title: '责任单位', plural: 'units', single: 'unit', newLabel: '新建单位' });
    this.load();
  }

  async load() {
    fill(this.list, progress('正在加载责任单位…'));
    try {
      const { units, truncated } = await this.client.getJson(this.urls.adminUnits());
      this.units = units;
      fill(this.list, units.length === 0 ? h('div', { class: 'ld-empty' }, '还没有责任单位。') : [
        h('div', { class: 'ld-muted' }, `共 ${units.length} 个${truncated ? '（只列出前 1000 个）' : ''}`),
        table('units-table', ['编码', '名称', '类型', '所属街乡镇', '联系方式', '状态', '操作'], units, (u) => [
          u.code, u.name, u.kind, u.townshipName ?? '—', u.contact || '—', u.enabled ? '启用' : '已停用',
          h('span', { class: 'ld-row-actions' },
            h('button', { type: 'button', class: 'ld-button small', dataset: { action: 'edit' }, onclick: () => this.edit(u) }, '编辑'),
            h('button', { type: 'button', class: `ld-button small${u.enabled ? ' danger' : ''}`,
              dataset: { action: u.enabled ? 'disable' : 'enable' }, onclick: () => this.toggle(u) }, u.enabled ? '停用' : '启用')),
        ], (u) => ({ unitCode: u.code }))]);
    } catch (error) {
      fill(this.list, errorBox(`加载失败：${refusal(error)}`, () => this.load()));
    }
  }

  toggle(unit) {
    const disabling = unit.enabled;
    confirmStep(this.message, disabling ? 'unit-disable' : 'unit-enable',
      disabling ? `确定停用“${unit.name}”吗？停用后它不再出现在派遣的单位中，派遣规则也不会再选它；已派给它的案件不变。`
        : `确定重新启用“${unit.name}”吗？`,
      async () => {
        try {
          await this.client.request(this.urls.adminUnits(unit.id, disabling ? 'disable' : 'enable'), { method: 'POST' });
          fill(this.message, noticeBox(`已${disabling ? '停用' : '启用'}“${unit.name}”。`));
          await this.load();
        } catch (error) {
          fill(this.message, errorBox(refusal(error)));
        }
      });
  }

  async edit(unit) {
    fill(this.message);
    const creating = unit === null;
    const townships = await this.townships().catch(() => []);
    const code = h('input', { type: 'text', name: 'unit-code', maxlength: 40, value: unit?.code ?? '', disabled: !creating,
      placeholder: '如 TZ-SW', autocomplete: 'off' });
    const name = h('input', { type: 'text', name: 'unit-name', maxlength: 100, value: unit?.name ?? '', autocomplete: 'off' });
    const township = select({ name: 'unit-township' }, [{ value: '', label: '无（职能部门）' },
      ...townships.map((t) => ({ value: t.code, label: `${t.name}（属地单位）` }))], unit?.townshipCode ?? '');
    const contact = h('input', { type: 'text', name: 'unit-contact', maxlength: 100, value: unit?.contact ?? '',
      placeholder: '电话或联系人', autocomplete: 'off' });
    const problem = h('div', { dataset: { testid: 'unit-form-problem' } });
    const save = h('button', { type: 'submit', class: 'ld-button primary', dataset: { testid: 'unit-save' } }, '保存');
    const cancel = h('button', { type: 'button', class: 'ld-button', onclick: () => fill(this.formBox) }, '取消');
    const form = h('form', { class: 'ld-admin-form', dataset: { testid: 'unit-form' }, novalidate: true },
      h('h3', {}, creating ? '新建责任单位' : `编辑“${unit.name}”`),
      h('div', { class: 'ld-row' }, field('单位编码', code, creating ? '创建后不能修改' : null), field('单位名称', name)),
      h('div', { class: 'ld-row' }, field('所属街乡镇', township), field('联系方式', contact)),
      problem, h('div', { class: 'ld-actions' }, save, cancel));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { code: value(code), name: value(name), townshipCode: township.value, contact: value(contact) };
      const mistake = checkUnit(body, creating);
      if (mistake) {
        fill(problem, errorBox(mistake));
        return;
      }
      save.disabled = true;
      try {
        const saved = creating ? await this.client.postJson(this.urls.adminUnits(), body)
          : await this.client.request(this.urls.adminUnits(unit.id), { method: 'PUT', body: JSON.stringify(body), type: 'application/json' });
        fill(this.formBox);
        fill(this.message, noticeBox(`已保存“${saved.name}”。`));
        await this.load();
      } catch (error) {
        fill(problem, errorBox(refusal(error)));
      } finally {
        save.disabled = false;
      }
    });
    fill(this.formBox, form);
    name.focus();
  }
}
