import { HttpError, describeError } from '../api/index.js';
import { formatShortDateTime } from '../format/format.js';
import { h, fill, field, progress, errorBox, select } from '../ui/dom.js';
import { isOverdue } from './clocks.js';
import { activeFilterCount } from './filters.js';
import { STATES, stateColor, stateLabel, urgencyLabel } from './states.js';

/**
 * The case list: filters (state, category, jurisdiction, time, overdue, map extent) over the
 * shared CaseStore, and one line per case; a click opens the case.
 */
export class CaseListPanel {
  /**
   * @param {object} options
   * @param {import('./case-store.js').CaseStore} options.store
   * @param {() => Promise<Array>} options.categories the taxonomy, loaded once
   * @param {() => Promise<Array<{code, name}>>} options.townships
   * @param {(number: string) => Promise<{id: number}>} options.findByNumber GET cases/by-number/{number}
   * @param {(id: number) => void} options.onOpen
   * @param {(filters) => void} options.onFilters the filters changed (URL, heat layer)
   */
  constructor({ store, categories, townships, findByNumber, onOpen, onFilters }) {
    this.store = store;
    this.findByNumber = findByNumber;
    this.onOpen = onOpen;
    this.onFilters = onFilters;
    this.selected = null;
    this.list = h('ul', { class: 'ld-cases', dataset: { testid: 'case-list' } });
    this.status = h('div', { class: 'ld-list-head' });
    this.form = this.#filterForm(categories, townships);
    this.element = h('div', { class: 'ld-case-list-panel' }, h('h2', {}, '案件列表'), this.#numberSearch(), this.form,
      this.status, this.list);
    store.addEventListener('loading', () => this.#renderStatus(progress('正在加载案件…')));
    store.addEventListener('loaded', (event) => this.#render(event.detail));
    store.addEventListener('error', (event) => this.#renderStatus(errorBox(
      event.detail.message ?? `加载案件失败：${describeError(event.detail.error)}`, () => store.reload())));
  }

  select(caseId) {
    this.selected = caseId;
    for (const item of this.list.children) {
      item.classList.toggle('selected', Number(item.dataset.caseId) === caseId);
    }
  }

  /** Opens a case by its number, as written on a 派遣单 or said on the phone. */
  #numberSearch() {
    const input = h('input', { type: 'search', name: 'case-number', placeholder: '案件编号，如 TZ-20261122-00042',
      autocomplete: 'off', maxlength: 40 });
    const message = h('div', { dataset: { testid: 'number-search-message' } });
    const find = async () => {
      const number = input.value.trim();
      if (number === '') return;
      fill(message, progress(`正在查找 ${number}…`));
      try {
        const found = await this.findByNumber(number);
        fill(message);
        this.onOpen(found.id);
      } catch (error) {
        fill(message, errorBox(error instanceof HttpError && error.status === 404 ? `没有找到案件 ${number}（或不在您的辖区内）。` : `查找失败：${describeError(error)}`));
      }
    };
    input.addEventListener('keydown', (e) => { if (e.key === 'Enter') find(); });
    return h('div', { class: 'ld-number-search' },
      h('div', { class: 'ld-row' }, input, h('button', { type: 'button', class: 'ld-button small', onclick: find }, '查找')), message);
  }

  #filterForm(categoriesPromise, townshipsPromise) {
    const filters = this.store.filters;
    const states = h('div', { class: 'ld-checks' }, STATES.map((s) => h('label', { class: 'ld-chip-check' },
      h('input', { type: 'checkbox', value: s.id, checked: filters.states.includes(s.id), name: 'state' }),
      h('span', { class: 'ld-swatch dot', style: { background: s.color, width: '10px', height: '10px' } }), s.label)));
    const category = select({ name: 'category' }, [{ value: '', label: '全部类别' }], filters.category);
    const admin = select({ name: 'admin' }, [{ value: '', label: '全部（本人辖区）' }], filters.admin);
    categoriesPromise().then((list) => {
      for (const parent of list) {
        category.append(h('option', { value: parent.code, selected: parent.code === filters.category }, `${parent.code} ${parent.name}（大类）`));
        for (const child of parent.children ?? []) {
          category.append(h('option', { value: child.code, selected: child.code === filters.category }, `\u3000${child.code} ${child.name}`));
        }
      }
    }).catch(() => {});
    townshipsPromise().then((list) => {
      for (const t of list) admin.append(h('option', { value: t.code, selected: t.code === filters.admin }, t.name));
    }).catch(() => {});
    const from = h('input', { type: 'date', name: 'from', value: filters.from });
    const to = h('input', { type: 'date', name: 'to', value: filters.to });
    const overdue = h('input', { type: 'checkbox', name: 'overdue', checked: filters.overdue });
    const inView = h('input', { type: 'checkbox', name: 'inView', checked: filters.inView });
    const summary = h('summary', {});
    const details = h('details', { class: 'ld-filters', open: activeFilterCount(filters) > 0 }, summary,
      field('状态', states),
      h('div', { class: 'ld-row' }, field('类别', category), field('辖区', admin)),
      h('div', { class: 'ld-row' }, field('受理日期起', from), field('至', to)),
      h('div', {},
        h('label', { class: 'ld-inline-check' }, overdue, '只看超期'),
        h('label', { class: 'ld-inline-check' }, inView, '只看地图范围内')),
      h('button', { type: 'button', class: 'ld-link-button', onclick: () => reset() }, '清除筛选'));
    const read = () => ({
      states: [...states.querySelectorAll('input:checked')].map((i) => i.value),
      category: category.value,
      admin: admin.value,
      from: from.value,
      to: to.value,
      overdue: overdue.checked,
      inView: inView.checked,
    });
    const changed = () => {
      const next = read();
      summary.textContent = `筛选${activeFilterCount(next) > 0 ? `（${activeFilterCount(next)}）` : ''}`;
      this.store.setFilters(next);
      this.onFilters?.(next);
    };
    const reset = () => {
      for (const input of states.querySelectorAll('input')) input.checked = false;
      category.value = '';
      admin.value = '';
      from.value = '';
      to.value = '';
      overdue.checked = false;
      inView.checked = true;
      changed();
    };
    details.addEventListener('change', changed);
    summary.textContent = `筛选${activeFilterCount(filters) > 0 ? `（${activeFilterCount(filters)}）` : ''}`;
    return details;
  }

  #renderStatus(content) {
    fill(this.status, content);
  }

  #render({ cases, total, truncated }) {
    const now = Date.now();
    const where = this.store.filters.inView ? '地图范围内' : '筛选条件下';
    this.#renderStatus(h('span', { dataset: { testid: 'case-count' } },
      `${where}共 ${total} 件${truncated ? `，列出前 ${cases.length} 件，请缩小范围或增加筛选` : ''}`));
    if (cases.length === 0) {
      fill(this.list, h('li', { class: 'ld-empty' }, '没有符合条件的案件'));
      return;
    }
    const sorted = cases.slice().sort((a, b) => Date.parse(b.receivedAt) - Date.parse(a.receivedAt));
    fill(this.list, sorted.slice(0, 300).map((c) => caseItem(c, now, c.id === this.selected, () => this.onOpen(c.id))));
    if (sorted.length > 300) {
      this.list.append(h('li', { class: 'ld-empty' }, `另有 ${sorted.length - 300} 件未列出，请缩小地图范围`));
    }
  }
}

/** One case line: number, state, urgency, category, sentence, time; overdue in red. */
export function caseItem(c, now, selected, onOpen, extra = null) {
  const overdue = isOverdue(c, now);
  return h('li', {
    class: `ld-case-item${overdue ? ' overdue' : ''}${selected ? ' selected' : ''}`,
    dataset: { caseId: String(c.id), number: c.number, state: c.state },
    tabindex: '0',
    onclick: onOpen,
    onkeydown: (e) => { if (e.key === 'Enter') onOpen(); },
  },
  h('div', { class: 'ld-case-line' },
    h('span', { class: 'ld-case-number' }, c.number),
    h('span', { class: 'ld-state', style: { background: stateColor(c.state) } }, stateLabel(c.state)),
    c.urgency !== 'normal' ? h('span', { class: `ld-urgency ${c.urgency}` }, urgencyLabel(c.urgency)) : null,
    overdue ? h('span', { class: 'ld-overdue-tag' }, '超期') : null),
  h('div', { class: 'ld-case-line' }, h('span', { class: 'ld-case-cat' }, c.category?.name ?? c.category?.code ?? '')),
  h('div', { class: 'ld-case-text' }, c.text ?? ''),
  h('div', { class: 'ld-case-meta' }, h('span', {}, `受理 ${formatShortDateTime(c.receivedAt)}`), extra));
}
