import { describeError } from '../api/index.js';
import { LatestRequest } from '../async/latest-request.js';
import { debounce } from '../async/debounce.js';
import { h, fill } from '../ui/dom.js';
import { flatten, queryOf, rowText, step } from './search-model.js';

/**
 * The search box of the workspace header: typing asks /api/v1/search (debounced, the newest
 * request only), the results show grouped by kind, ↑/↓ walk them, Enter picks, Esc closes; a click
 * picks too. `onPick(item)` flies the map there.
 */
export class SearchBox {
  #latest = new LatestRequest();
  #rows = [];
  #active = -1;

  /**
   * @param {object} options
   * @param {import('../api/client.js').ApiClient} options.client
   * @param {import('../api/urls.js').ApiUrls} options.urls
   * @param {(item: object) => void} options.onPick
   */
  constructor({ client, urls, onPick }) {
    this.client = client;
    this.urls = urls;
    this.onPick = onPick;
    this.input = h('input', {
      type: 'search', name: 'search', maxlength: 50, autocomplete: 'off', spellcheck: false,
      placeholder: '搜索案件编号、描述、乡镇、村、道路、网格…',
      role: 'combobox', 'aria-expanded': 'false', 'aria-controls': 'search-results', 'aria-autocomplete': 'list',
      'aria-label': '搜索', dataset: { testid: 'search-input' },
    });
    this.list = h('div', { id: 'search-results', class: 'ld-search-results', role: 'listbox', hidden: true, dataset: { testid: 'search-results' } });
    this.element = h('div', { class: 'ld-search', role: 'search' }, this.input, this.list);
    const ask = debounce((text) => this.#ask(text), 250);
    this.input.addEventListener('input', () => {
      const text = queryOf(this.input.value);
      if (text === null) {
        ask.cancel();
        this.#latest.start();
        this.#close();
        return;
      }
      ask(text);
    });
    this.input.addEventListener('keydown', (event) => this.#key(event, ask));
    this.input.addEventListener('focus', () => {
      if (this.#rows.length > 0) this.#open();
    });
    document.addEventListener('pointerdown', (event) => {
      if (!this.element.contains(event.target)) this.#close();
    });
  }

  #key(event, ask) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (this.list.hidden && this.#rows.length > 0) this.#open();
      this.#highlight(step(this.#active, event.key === 'ArrowDown' ? 1 : -1, this.#rows.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (ask.isPending()) {
        ask.flush();
        return;
      }
      const row = this.#rows[this.#active >= 0 ? this.#active : 0];
      if (row && !this.list.hidden) this.#pick(row);
    } else if (event.key === 'Escape') {
      if (!this.list.hidden) {
        event.preventDefault();
        this.#close();
      } else {
        this.input.value = '';
      }
    }
  }

  async #ask(text) {
    const signal = this.#latest.start();
    this.element.dataset.pending = 'true';
    try {
      const answer = await this.client.getJson(this.urls.search(text), { signal });
      if (!this.#latest.isCurrent(signal)) return;
      this.#show(answer);
    } catch (error) {
      if (!this.#latest.isCurrent(signal)) return;
      this.#rows = [];
      fill(this.list, h('div', { class: 'ld-search-empty ld-error' }, `搜索失败：${describeError(error)}`));
      this.#open();
    } finally {
      if (this.#latest.isCurrent(signal)) delete this.element.dataset.pending;
    }
  }

  #show(answer) {
    this.#rows = flatten(answer);
    this.#active = -1;
    this.list.dataset.query = answer.query ?? '';
    if (this.#rows.length === 0) {
      fill(this.list, h('div', { class: 'ld-search-empty', dataset: { testid: 'search-empty' } }, `没有找到“${answer.query}”相关的案件或地点`));
    } else {
      fill(this.list, (answer.groups ?? []).map((group) => h('div', { class: 'ld-search-group', dataset: { kind: group.kind } },
        h('div', { class: 'ld-search-group-label' }, group.label),
        group.items.map((item) => {
          const row = this.#rows.find((r) => r.item === item);
          const { title, detail } = rowText(item);
          return h('div', {
            class: 'ld-search-row', role: 'option', id: `search-row-${row.index}`, 'aria-selected': 'false',
            dataset: { index: String(row.index), kind: item.kind, name: item.name },
            onpointerdown: (event) => event.preventDefault(),
            onclick: () => this.#pick(row),
          }, h('div', { class: 'ld-search-title' }, title), detail ? h('div', { class: 'ld-search-detail' }, detail) : null);
        }))));
    }
    this.#open();
  }

  #highlight(index) {
    this.#active = index;
    for (const element of this.list.querySelectorAll('.ld-search-row')) {
      const on = Number(element.dataset.index) === index;
      element.setAttribute('aria-selected', String(on));
      if (on) element.scrollIntoView({ block: 'nearest' });
    }
    if (index >= 0) this.input.setAttribute('aria-activedescendant', `search-row-${index}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  #pick(row) {
    this.#close();
    this.input.blur();
    this.onPick(row.item);
  }

  #open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  #close() {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.#highlight(-1);
  }
}
