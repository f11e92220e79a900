import { h, fill } from '../ui/dom.js';
import { KIND_LABELS } from './desk-model.js';

/**
 * The exposure tab's two dialogs: the question before 送审/发布 (what goes out, entry by entry) or
 * the note of 退回修改/勘误; and the preview of the page as it will be published.
 */
export class ExposureDialogs {
  #dialog = null;

  #open(className) {
    if (!this.#dialog) {
      this.#dialog = h('dialog', { dataset: { testid: 'exposure-dialog' } });
      document.body.append(this.#dialog);
    }
    this.#dialog.className = `ld-dialog ${className}`;
    return this.#dialog;
  }

  /**
   * Asks; answers {note} (note null unless asked for) or null when cancelled.
   * @param {{title: string, question: string, entries: object[], confirmLabel: string, needsNote: boolean}} options
   */
  confirm({ title, question, entries, confirmLabel, needsNote }) {
    const dialog = this.#open('ld-exposure-confirm');
    const note = needsNote ? h('textarea', { rows: 3, maxlength: '2000', dataset: { testid: 'exposure-dialog-note' } }) : null;
    const error = h('div', { class: 'ld-error', role: 'alert', hidden: true });
    return new Promise((resolve) => {
      const close = (answer) => {
        dialog.close();
        resolve(answer);
      };
      const ok = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'exposure-dialog-confirm' } }, confirmLabel);
      ok.addEventListener('click', () => {
        if (needsNote && note.value.trim() === '') {
          error.textContent = '请填写说明。';
          error.hidden = false;
          return;
        }
        close({ note: needsNote ? note.value.trim() : null });
      });
      const cancel = h('button', { type: 'button', class: 'ld-button', dataset: { testid: 'exposure-dialog-cancel' }, onclick: () => close(null) }, '取消');
      dialog.oncancel = () => resolve(null);
      fill(dialog,
        h('h2', {}, title),
        question.split('\n').map((line) => h('p', { dataset: { testid: 'exposure-dialog-question' } }, line)),
        entries.length > 0 ? h('ol', { class: 'ld-exposure-confirm-list' }, entries.map((e) => h('li', {},
          h('strong', {}, `${KIND_LABELS[e.kind] ?? ''} ${e.caseRef}`), ` ${e.text}`))) : null,
        note, error,
        h('div', { class: 'ld-actions' }, ok, cancel));
      dialog.showModal();
    });
  }

  /** The page as it will be published, the server's own preview, in a frame. */
  preview(title, url) {
    const dialog = this.#open('ld-exposure-preview');
    fill(dialog,
      h('div', { class: 'ld-exposure-preview-head' }, h('h2', {}, title),
        h('a', { href: url, target: '_blank', rel: 'noopener' }, '在新窗口打开'),
        h('button', { type: 'button', class: 'ld-button', dataset: { testid: 'exposure-preview-close' }, onclick: () => dialog.close() }, '关闭')),
      h('iframe', { src: url, title, dataset: { testid: 'exposure-preview-frame' } }));
    dialog.showModal();
  }
}
