import { geoJSON, latLng } from 'leaflet';
import { describeError } from '../api/index.js';
import { formatDateTime } from '../format/format.js';
import { displayDatum } from '../map/display-datum.js';
import { CoverageLayer } from '../patrols/coverage-layer.js';
import { coverageText } from '../patrols/patrol-model.js';
import { h, fill, progress, errorBox, select } from '../ui/dom.js';
import { table } from '../admin/admin-ui.js';
import { mayManage, peopleText } from './grid-edit-model.js';

const OUTLINE = { color: '#1f5fbf', weight: 2, fillColor: '#1f5fbf', fillOpacity: 0.12 };

/**
 * 网格: the 责任网格 of the signed-in person's township (all of them for the administrator), their
 * cells on the map, who works them and how far today's patrols covered them. The administrator and
 * township staff create and edit them on the map (GridEditor) and assign their people (GridPeople).
 * Loaded on demand (dynamic import).
 */
export class GridsPanel {
  #outline = null;
  #editor = null;

  constructor({ client, urls, map, user }) {
    this.client = client;
    this.urls = urls;
    this.map = map;
    this.user = user;
    this.coverage = new CoverageLayer({ client, urls, map });
    this.list = h('div', { dataset: { testid: 'grids-list' } });
    this.detail = h('div', { dataset: { testid: 'grid-detail' } });
    const create = mayManage(user) ? h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'grid-new' },
      onclick: () => this.#edit(null) }, '新建责任网格') : null;
    this.element = h('div', { class: 'ld-admin-panel' }, h('h2', {}, '责任网格'),
      h('p', { class: 'ld-muted' }, '每个责任网格由若干单元网格组成，由网格员负责巡查，网格长统筹。点击一行查看详情。'),
      create, this.detail, this.list);
    // 考核 (网格员考核) lives in its own module, loaded on first click.
    this.assessment = h('div', { dataset: { testid: 'grid-assessment' } }, h('button', { type: 'button', class: 'ld-button',
      onclick: () => import('./assessment-panel.js').then(({ AssessmentPanel }) => fill(this.assessment,
        new AssessmentPanel({ client, urls }).element)) }, '考核'));
    this.element.append(this.assessment);
    this.load();
  }

  hide() {
    // The map belongs to the next tab: no picking, no outlines left behind.
    this.#editor?.stop();
    this.#editor = null;
    this.#outline?.remove();
    this.coverage.remove();
  }

  async load(openId) {
    fill(this.list, progress('正在加载责任网格…'));
    try {
      const { grids, truncated } = await this.client.getJson(this.urls.grids());
      this.grids = grids;
      fill(this.list, grids.length === 0 ? h('div', { class: 'ld-empty' }, '还没有责任网格。') : [
        h('div', { class: 'ld-muted' }, `共 ${grids.length} 个${truncated ? '（只列出前 200 个）' : ''}`),
        table('grids-table', ['名称', '街乡镇', '单元网格', '网格员'], grids, (g) => [
          g.name, g.township?.name ?? g.township?.code ?? '—', `${g.cellCount} 个`, peopleText(g),
        ], (g) => ({ gridCode: g.code, gridId: String(g.id) }))]);
      for (const row of this.list.querySelectorAll('tbody tr')) {
        row.classList.add('ld-clickable');
        row.addEventListener('click', () => this.open(grids.find((g) => String(g.id) === row.dataset.gridId)));
      }
      if (openId) this.open(grids.find((g) => g.id === openId));
    } catch (error) {
      fill(this.list, errorBox(`加载失败：${describeError(error)}`, () => this.load(openId)));
    }
  }

  /** Shows one grid: its cells outlined on the map, its people, and what may be done with it. */
  async open(grid) {
    if (!grid) return;
    this.hide();
    this.selected = grid;
    const box = h('div', { dataset: { testid: 'grid-action' } });
    const button = (id, label, action) => h('button', { type: 'button', class: 'ld-button small', dataset: { testid: id }, onclick: action }, label);
    const workers = grid.workers ?? [];
    fill(this.detail, h('div', { class: 'ld-grid-detail', dataset: { gridId: String(grid.id) } },
      h('h3', {}, grid.name),
      h('div', {}, `${grid.township?.name ?? grid.township?.code}，${grid.cellCount} 个单元网格`),
      h('div', {}, `人员：${peopleText(grid)}`),
      h('div', { class: 'ld-row' },
        workers.length ? button('grid-coverage', '巡查覆盖', () => this.#coverage(box, grid)) : null,
        button('grid-history', '变更记录', () => this.#history(box, grid)),
        mayManage(this.user) ? button('grid-edit', '编辑单元网格', () => this.#edit(grid)) : null,
        mayManage(this.user) ? button('grid-people', '调整人员', () => this.#people(box, grid)) : null),
      box));
    try {
      const cells = await this.client.getJson(this.urls.grid(grid.id, 'cells'));
      if (this.selected !== grid) return;
      this.#outline = geoJSON(cells, { coordsToLatLng: (c) => latLng(displayDatum.toMap(c)), style: OUTLINE, interactive: false }).addTo(this.map);
      if (cells.features.length) this.map.fitBounds(this.#outline.getBounds(), { maxZoom: 16 });
    } catch (error) {
      fill(box, errorBox(`单元网格加载失败：${describeError(error)}`));
    }
  }

  async #edit(grid) {
    this.hide();
    const { GridEditor } = await import('./grid-editor.js');
    const township = this.user?.role === 'TOWNSHIP_STAFF' ? this.user.scopeCode.slice(0, 9) : null;
    this.#editor = new GridEditor({ client: this.client, urls: this.urls, map: this.map, grid, townshipCode: township,
      onSaved: (saved) => { this.#editor = null; this.load(saved.id); },
      onCancel: () => { this.#editor = null; fill(this.detail); if (grid) this.open(grid); } });
    fill(this.detail, this.#editor.element);
    this.#editor.start();
  }

  async #people(box, grid) {
    const { GridPeople } = await import('./grid-people.js');
    const people = new GridPeople({ client: this.client, urls: this.urls, grid,
      onSaved: (saved) => this.load(saved.id), onCancel: () => fill(box) });
    fill(box, people.element);
  }

  async #coverage(box, grid) {
    const workers = grid.workers ?? [];
    const line = h('div', { dataset: { testid: 'grid-coverage-text' }, 'aria-live': 'polite' });
    const who = select({ name: 'coverage-worker' }, workers.map((w) => ({ value: w.username, label: w.name ?? w.username })), workers[0]?.username);
    const period = select({ name: 'coverage-period' }, [{ value: 'day', label: '今日' }, { value: 'week', label: '本周' }], 'day');
    const show = async () => {
      fill(line, progress('正在统计巡查覆盖…'));
      try {
        this.#outline?.remove();
        const report = await this.coverage.show({ worker: who.value, period: period.value, fit: true });
        const patrols = await this.coverage.showPatrols({ worker: who.value, scope: grid.township.code, firstDay: report.firstDay });
        fill(line, `${coverageText(report)}；巡查 ${patrols} 次${patrols ? '（轨迹见地图）' : ''}`);
      } catch (error) {
        fill(line, errorBox(`巡查覆盖加载失败：${describeError(error)}`));
      }
    };
    who.addEventListener('change', show);
    period.addEventListener('change', show);
    fill(box, h('div', { class: 'ld-row' }, who, period), line);
    show();
  }

  async #history(box, grid) {
    fill(box, progress('正在加载变更记录…'));
    try {
      const history = await this.client.getJson(this.urls.grid(grid.id, 'history'));
      fill(box, table('grid-history-table', ['人员', '角色', '起', '止'], history.people, (p) => [
        p.name ?? p.username, p.roleLabel, formatDateTime(p.validFrom), p.validTo ? formatDateTime(p.validTo) : '至今',
      ]), h('div', { class: 'ld-muted' }, `单元网格变更 ${history.cells.length} 条`));
    } catch (error) {
      fill(box, errorBox(`变更记录加载失败：${describeError(error)}`));
    }
  }
}
