import { h, fill } from '../ui/dom.js';

/** Names of the panels in the tab bar. */
export const TAB_LABELS = Object.freeze({
  cases: '案件', report: '上报', queue: '派遣队列', unplaced: '待定位', stats: '考核', hotspots: '热点分析', audit: '审计', welcome: '欢迎',
  exposure: '挂账督办', rules: '派遣规则', units: '责任单位', users: '用户', grids: '网格',
});

/**
 * The side panel with its tabs. Each panel is created on first use by its factory and keeps its
 * state while other tabs are shown. On a phone the side panel is a bottom sheet that folds.
 */
export class Workspace {
  #tabs;
  #panel;
  #factories = new Map();
  #panels = new Map();
  #buttons = new Map();
  #current = null;
  #onChange;

  /**
   * @param {object} options
   * @param {HTMLElement} options.tabs the tab bar
   * @param {HTMLElement} options.panel the panel area
   * @param {HTMLElement} options.sidebar
   * @param {HTMLElement} options.toggle the phone sheet's fold button
   * @param {(tab: string) => void} options.onChange
   */
  constructor({ tabs, panel, sidebar, toggle, onChange }) {
    this.#tabs = tabs;
    this.#panel = panel;
    this.#onChange = onChange;
    toggle.addEventListener('click', () => {
      const folded = sidebar.classList.toggle('folded');
      toggle.setAttribute('aria-expanded', String(!folded));
    });
    this.unfold = () => {
      if (sidebar.classList.contains('folded')) toggle.click();
    };
  }

  /** @param {string} id @param {() => {element: HTMLElement, show?: Function, hide?: Function}} factory */
  add(id, factory) {
    this.#factories.set(id, factory);
    const button = h('button', {
      type: 'button', role: 'tab', id: `tab-${id}`, 'aria-selected': 'false', dataset: { tab: id },
      onclick: () => this.show(id),
    }, TAB_LABELS[id] ?? id);
    this.#buttons.set(id, button);
    this.#tabs.append(button);
  }

  get current() {
    return this.#current;
  }

  has(id) {
    return this.#factories.has(id);
  }

  /** The panel object of `id`, created if needed. */
  panel(id) {
    if (!this.#panels.has(id)) {
      this.#panels.set(id, this.#factories.get(id)());
    }
    return this.#panels.get(id);
  }

  show(id) {
    if (!this.#factories.has(id)) return;
    this.unfold();
    if (this.#current === id) return;
    const previous = this.#current ? this.#panels.get(this.#current) : null;
    previous?.hide?.();
    this.#current = id;
    for (const [key, button] of this.#buttons) {
      button.setAttribute('aria-selected', String(key === id));
    }
    const panel = this.panel(id);
    fill(this.#panel, panel.element);
    this.#panel.setAttribute('aria-labelledby', `tab-${id}`);
    panel.show?.();
    this.#onChange?.(id);
  }

  /** A small number on a tab (the queue's waiting cases); 0 hides it. */
  /** A count on the tab (hidden at 0); `title` says what it counts. */
  badge(id, count, title) {
    const button = this.#buttons.get(id);
    if (!button) return;
    button.querySelector('.ld-count')?.remove();
    if (count > 0) {
      button.append(h('span', { class: 'ld-count', title, dataset: { testid: `badge-${id}` } }, count > 99 ? '99+' : count));
    }
  }
}
