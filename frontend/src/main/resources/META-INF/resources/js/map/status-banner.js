/**
 * A small banner over the map for errors and notices, one line per source (e.g. one per overlay),
 * so a later success can clear exactly its own message. Plain DOM, no Leaflet.
 */
export class StatusBanner {
  #element;
  #messages = new Map();

  /** @param {HTMLElement} element an empty container; it is hidden while there is no message */
  constructor(element) {
    this.#element = element;
    this.#render();
  }

  /**
   * Shows `text` for `key`, replacing that key's previous message.
   * @param {string} key
   * @param {string} text
   * @param {object} [options]
   * @param {'error'|'notice'} [options.kind='error']
   * @param {{label: string, run: () => void}} [options.action] a button, e.g. 重试
   */
  show(key, text, { kind = 'error', action = null } = {}) {
    this.#messages.set(key, { text, kind, action });
    this.#render();
  }

  clear(key) {
    if (this.#messages.delete(key)) {
      this.#render();
    }
  }

  #render() {
    const items = [...this.#messages].map(([key, message]) => this.#item(key, message));
    this.#element.replaceChildren(...items);
    this.#element.hidden = items.length === 0;
  }

  #item(key, { text, kind, action }) {
    const item = document.createElement('div');
    item.className = `status-item status-${kind}`;
    item.setAttribute('role', kind === 'error' ? 'alert' : 'status');

    const message = document.createElement('span');
    message.className = 'status-text';
    message.textContent = text;
    item.append(message);

    if (action) {
      item.append(button(action.label, 'status-action', () => {
        this.clear(key);
        action.run();
      }));
    }
    const close = button('×', 'status-close', () => this.clear(key));
    close.title = '关闭';
    close.setAttribute('aria-label', '关闭提示');
    item.append(close);
    return item;
  }
}

function button(label, className, onClick) {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}
