import { describeError } from '../api/index.js';
import { h, field, fill, errorBox, noticeBox, progress, select } from '../ui/dom.js';
import { checkPeople } from './grid-edit-model.js';

/**
 * 调整人员: the grid workers of the 责任网格's township as check boxes and its 网格长 as a choice;
 * 保存 sends who is to work it from now on. The server closes the assignments of whoever is no longer
 * named and opens new ones, so old cases keep the worker of their time.
 */
export class GridPeople {
  constructor({ client, urls, grid, onSaved, onCancel }) {
    this.client = client;
    this.urls = urls;
    this.grid = grid;
    this.onSaved = onSaved;
    this.onCancel = onCancel;
    this.body = h('div', {}, progress('正在加载本街乡镇的网格员…'));
    this.message = h('div', { dataset: { testid: 'people-message' } });
    this.element = h('div', { class: 'ld-grid-editor', dataset: { testid: 'grid-people' } },
      h('h3', {}, `调整人员：${grid.name}`), this.body, this.message);
    this.load();
  }

  async load() {
    try {
      const { workers } = await this.client.getJson(this.urls.gridWorkers(this.grid.township.code));
      const current = new Set((this.grid.workers ?? []).map((w) => w.username));
      const boxes = workers.map((w) => h('label', { class: 'ld-check' },
        h('input', { type: 'checkbox', name: 'grid-worker', value: w.username, checked: current.has(w.username) }),
        ` ${w.name}（${w.username}）`));
      const leader = select({ name: 'grid-leader' }, [{ value: '', label: '（不设网格长）' },
        ...workers.map((w) => ({ value: w.username, label: `${w.name}（${w.username}）` }))], this.grid.leader?.username ?? '');
      const save = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'people-save' } }, '保存');
      const cancel = h('button', { type: 'button', class: 'ld-button', onclick: () => this.onCancel?.() }, '取消');
      save.addEventListener('click', () => this.#save(boxes, leader));
      fill(this.body, workers.length === 0 ? h('div', { class: 'ld-empty' }, '本街乡镇还没有网格员账号，请先由系统管理员创建。') : [
        h('div', { class: 'ld-field' }, h('span', { class: 'ld-field-label' }, '网格员'), h('div', { class: 'ld-checks' }, boxes)),
        field('网格长', leader), h('div', { class: 'ld-row' }, save, cancel)]);
    } catch (error) {
      fill(this.body, errorBox(`网格员加载失败：${describeError(error)}`, () => this.load()));
    }
  }

  async #save(boxes, leaderSelect) {
    const workers = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    const leader = leaderSelect.value || null;
    const problem = checkPeople({ workers, leader });
    if (problem) {
      fill(this.message, errorBox(problem));
      return;
    }
    fill(this.message, progress('正在保存…'));
    try {
      const saved = await this.client.request(this.urls.grid(this.grid.id, 'people'),
        { method: 'PUT', body: JSON.stringify({ workers, leader }), type: 'application/json' });
      fill(this.message, noticeBox('人员已调整；此前的案件仍记在当时的网格员名下。'));
      this.onSaved?.(saved);
    } catch (error) {
      fill(this.message, errorBox(`保存失败：${describeError(error)}`));
    }
  }
}
