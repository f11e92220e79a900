import { HttpError, describeError } from '../api/index.js';
import { h, fill } from '../ui/dom.js';

/**
 * Small pieces the administrator's panels share: the server's own sentence for a refused change, a
 * table, a confirmation step before a change that cannot simply be taken back.
 */

/** The server's Chinese detail for a refused change (400, 403, 404, 409), else the general sentence. */
export function refusal(error) {
  if (error instanceof HttpError && error.status < 500 && error.problem?.detail) {
    return `${error.problem.title ?? '操作被拒绝'}：${error.problem.detail}`;
  }
  return describeError(error);
}

/** A table with Chinese column heads; `cells(row)` gives a row's cells (text or elements). */
export function table(testid, columns, rows, cells, rowData = () => ({})) {
  return h('div', { class: 'ld-table-wrap' }, h('table', { class: 'ld-table', dataset: { testid } },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((row) => h('tr', { dataset: rowData(row) }, cells(row).map((c) => h('td', {}, c)))))));
}

/**
 * Shows `question` with 确定 and 取消 in `box`; 确定 runs `action` (a promise). The button carries
 * data-confirm=`id` for tests.
 */
export function confirmStep(box, id, question, action) {
  const yes = h('button', { type: 'button', class: 'ld-button danger small', dataset: { confirm: id } }, '确定');
  const no = h('button', { type: 'button', class: 'ld-button small', onclick: () => fill(box) }, '取消');
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    no.disabled = true;
    try {
      await action();
    } finally {
      yes.disabled = false;
      no.disabled = false;
    }
  });
  fill(box, h('div', { class: 'ld-notice', role: 'alertdialog' }, h('span', {}, question), ' ', yes, ' ', no));
}

/**
 * The frame every admin list panel has: its title, an optional intro, the 新建 button (calls
 * `panel.edit(null)`), the form box, the message line and the list; sets those on `panel`.
 */
export function listPanel(panel, { title, intro, plural, single, newLabel, extra = [] }) {
  panel.list = h('div', { dataset: { testid: `${plural}-list` } });
  panel.formBox = h('div');
  panel.message = h('div', { dataset: { testid: `${plural}-message` } });
  const create = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: `${single}-new` },
    onclick: () => panel.edit(null) }, newLabel);
  panel.element = h('div', { class: 'ld-admin-panel' }, h('h2', {}, title),
    intro ? h('p', { class: 'ld-muted' }, intro) : null,
    h('div', { class: 'ld-actions' }, create), panel.formBox, panel.message, panel.list, ...extra);
}

/** The text of a <select>'s or input's value, trimmed. */
export function value(control) {
  return control.value.trim();
}
