import { describeError } from '../api/errors.js';
import { h, fill, progress, errorBox } from '../ui/dom.js';

/**
 * A panel whose module loads when its tab first opens: the workspace starts with the case list and
 * the case panel only, so a sign-in or a case link does not wait for the code of ten other panels.
 * Stands in for the real panel (element, show, hide) until it is there; `ready` gives the real one.
 */
export class LazyPanel {
  #panel = null;
  #shown = false;

  /** @param {() => Promise<{element: HTMLElement, show?: Function, hide?: Function}>} load */
  constructor(load) {
    this.element = h('div', { class: 'ld-lazy-panel', dataset: { panelLoading: 'true' } }, progress('正在加载…'));
    this.ready = load().then((panel) => {
      this.#panel = panel;
      fill(this.element, panel.element);
      delete this.element.dataset.panelLoading;
      if (this.#shown) panel.show?.();
      return panel;
    }, (error) => {
      fill(this.element, errorBox(`无法加载此面板：${describeError(error)}。请刷新页面重试。`));
      delete this.element.dataset.panelLoading;
      throw error;
    });
    // The failure is shown in the panel; callers of `ready` see it too.
    this.ready.catch(() => {});
  }

  show() {
    this.#shown = true;
    this.#panel?.show?.();
  }

  hide() {
    this.#shown = false;
    this.#panel?.hide?.();
  }
}
