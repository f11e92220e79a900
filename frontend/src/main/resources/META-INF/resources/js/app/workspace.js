import { h, fill } from '../ui/dom.js';
import { LazyPanel } from './lazy-panel.js';
import { overflowingTabs } from './tab-overflow.js';

/** Names of the panels in the tab bar. */
export const TAB_LABELS = Object.freeze({
  cases: '案件', report: '上报', queue: '派遣队列', unplaced: '待定位', stats: '考核', hotspots: '热点分析', audit: '审计', welcome: '欢迎',
  exposure: '挂账督办', rules: '派遣规则', units: '责任单位', users: '用户',
  patrol: '巡查', grids: '网格', tasks: '核查',
});

/**
 * The side panel with its tabs. Each panel is created on first use by its factory and keeps its
 * state while other tabs are shown. On a phone the side panel is a bottom sheet that folds. Tabs
 * that do not fit the bar's width go into a 更多 menu at its end (see tab-overflow.js).
 */
export class Workspace {
  #tabs;
  #more;
  #menu;
  #fitQueued = false;
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
    this.#menu = h('div', { class: 'tabs-more-menu', role: 'menu', id: 'tabs-more-menu', hidden: true,
      dataset: { testid: 'tabs-more-menu' } });
    this.#more = h('button', {
      type: 'button', class: 'tabs-more', id: 'tabs-more', hidden: true, 'aria-haspopup': 'menu',
      'aria-expanded': 'false', 'aria-controls': 'tabs-more-menu', title: '更多功能',
      onclick: () => this.#toggleMenu(),
    }, '更多');
    tabs.after(this.#more, this.#menu);
    document.addEventListener('click', (event) => {
      if (!this.#menu.hidden && !this.#menu.contains(event.target) && event.target !== this.#more) this.#closeMenu();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !this.#menu.hidden) this.#closeMenu();
    });
    new ResizeObserver(() => this.#queueFit()).observe(tabs.parentElement ?? tabs);
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
    this.#queueFit();
  }

  /** A tab whose panel module is imported on first use: `load` resolves to the panel. */
  addLazy(id, load) {
    this.add(id, () => new LazyPanel(load));
  }

  /** Calls `use` with the panel of `id` once it is loaded (at once for a panel that is not lazy). */
  withPanel(id, use) {
    const panel = this.panel(id);
    return Promise.resolve(panel instanceof LazyPanel ? panel.ready : panel).then(use);
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
    this.#closeMenu();
    this.#queueFit();
    panel.show?.();
    this.#onChange?.(id);
  }

  /** A count on the tab (hidden at 0); `title` says what it counts. */
  badge(id, count, title) {
    const button = this.#buttons.get(id);
    if (!button) return;
    button.querySelector('.ld-count')?.remove();
    if (count > 0) {
      button.append(h('span', { class: 'ld-count', title, dataset: { testid: `badge-${id}` } }, count > 99 ? '99+' : count));
    }
    this.#queueFit();
  }

  /** Fits the bar once per frame, however many tabs, badges or resizes asked for it. */
  #queueFit() {
    if (this.#fitQueued) return;
    this.#fitQueued = true;
    this.#tabs.dataset.fitted = 'false';
    requestAnimationFrame(() => {
      this.#fitQueued = false;
      this.#fit();
    });
  }

  #fit() {
    const buttons = [...this.#buttons.values()];
    buttons.forEach((button) => { button.hidden = false; });
    this.#more.hidden = false;
    const moreWidth = this.#more.getBoundingClientRect().width;
    const available = (this.#tabs.parentElement ?? this.#tabs).clientWidth;
    const widths = buttons.map((button) => button.getBoundingClientRect().width);
    const selected = buttons.findIndex((button) => button.getAttribute('aria-selected') === 'true');
    const hidden = new Set(overflowingTabs(widths, available, moreWidth, selected));
    buttons.forEach((button, index) => { button.hidden = hidden.has(index); });
    this.#more.hidden = hidden.size === 0;
    this.#more.classList.toggle('has-count', buttons.some((b, i) => hidden.has(i) && b.querySelector('.ld-count')));
    if (hidden.size === 0) this.#closeMenu();
    this.#tabs.dataset.fitted = 'true';
  }

  #toggleMenu() {
    if (!this.#menu.hidden) {
      this.#closeMenu();
      return;
    }
    const items = [...this.#buttons].filter(([, button]) => button.hidden).map(([id, button]) => h('button', {
      type: 'button', role: 'menuitem', dataset: { tab: id }, onclick: () => this.show(id),
    }, TAB_LABELS[id] ?? id, button.querySelector('.ld-count')?.cloneNode(true)));
    fill(this.#menu, items);
    this.#menu.hidden = false;
    this.#more.setAttribute('aria-expanded', 'true');
    items[0]?.focus();
  }

  #closeMenu() {
    this.#menu.hidden = true;
    this.#more.setAttribute('aria-expanded', 'false');
  }
}
