import { h, fill, progress, errorBox } from '../ui/dom.js';
import { table } from '../admin/admin-ui.js';

/** One line per person: "name（网格长）". */
export function peopleText(grid) {
  const workers = (grid.workers ?? []).map((w) => w.name ?? w.username);
  const leader = grid.leader ? [`${grid.leader.name ?? grid.leader.username}（网格长）`] : [];
  return [...leader, ...workers].join('、') || '未指派';
}

/**
 * 网格: the 责任网格 of the signed-in person's township (all of them for the administrator) with
 * their cells and current grid workers, read-only. Loaded on demand (dynamic import).
 */
export class GridsPanel {
  constructor({ client, urls }) {
    this.client = client;
    this.urls = urls;
    this.list = h('div', { dataset: { testid: 'grids-list' } });
    this.element = h('div', { class: 'ld-admin-panel' }, h('h2', {}, '责任网格'),
      h('p', { class: 'ld-muted' }, '每个责任网格由若干单元网格组成，由网格员负责巡查，网格长统筹。'), this.list);
    // 考核 (网格员考核) lives in its own module, loaded on first click.
    this.assessment = h('div', { dataset: { testid: 'grid-assessment' } }, h('button', { type: 'button', class: 'ld-button',
      onclick: () => import('./assessment-panel.js').then(({ AssessmentPanel }) => fill(this.assessment,
        new AssessmentPanel({ client, urls }).element)) }, '考核'));
    this.element.append(this.assessment);
    this.load();
  }

  async load() {
    fill(this.list, progress('正在加载责任网格…'));
    try {
      const { grids, truncated } = await this.client.getJson(this.urls.grids());
      fill(this.list, grids.length === 0 ? h('div', { class: 'ld-empty' }, '还没有责任网格。') : [
        h('div', { class: 'ld-muted' }, `共 ${grids.length} 个${truncated ? '（只列出前 200 个）' : ''}`),
        table('grids-table', ['名称', '街乡镇', '单元网格', '网格员'], grids, (g) => [
          g.name, g.township?.name ?? g.township?.code ?? '—', `${g.cellCount} 个`, peopleText(g),
        ], (g) => ({ gridCode: g.code }))]);
    } catch (error) {
      fill(this.list, errorBox(`加载失败：${error.message ?? error}`, () => this.load()));
    }
  }
}
