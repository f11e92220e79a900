import { describeError } from '../api/errors.js';
import { h, fill, filePicker, progress, errorBox, field, select } from '../ui/dom.js';
import { deskErrorText } from './desk-model.js';

/** Today as yyyy-mm-dd in the browser's own time zone (Beijing for the staff). */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * 回头看: a later inspection of a published entry's rectified case. 未整改 puts the case back on
 * the list (挂账) on the server; a photo is optional. `onDone(answer)` gets the server's answer
 * ({result: fixed | unfixed, caseStateLabel …}) after it is stored.
 */
export function followUpForm(entry, api, onDone) {
  const day = h('input', { type: 'date', value: today(), max: today(), required: true, dataset: { testid: 'exposure-followup-date' } });
  const inspector = h('input', { type: 'text', maxlength: '40', placeholder: '不填则为本人' });
  const result = select({ dataset: { testid: 'exposure-followup-result' } },
    [{ value: 'fixed', label: '已整改，未反弹' }, { value: 'unfixed', label: '未整改或已反弹（重新挂账）' }], 'fixed');
  const note = h('input', { type: 'text', maxlength: '500', placeholder: '复查情况（可不填）', dataset: { testid: 'exposure-followup-note' } });
  const file = h('input', { type: 'file', accept: 'image/*', capture: 'environment' });
  const message = h('div');
  const button = h('button', { type: 'button', class: 'ld-button primary small', dataset: { testid: 'exposure-followup' } }, '记录回头看');
  button.addEventListener('click', async () => {
    if (!day.value) {
      fill(message, errorBox('请填写复查日期。'));
      return;
    }
    button.disabled = true;
    fill(message, progress('正在记录回头看…'));
    try {
      onDone(await api.followUp(entry.id, {
        inspectedOn: day.value, inspector: inspector.value.trim(), result: result.value, note: note.value.trim(), file: file.files[0],
      }));
    } catch (error) {
      button.disabled = false;
      fill(message, errorBox(`记录回头看失败：${deskErrorText(error, describeError)}`));
    }
  });
  return h('details', { class: 'ld-action-form ld-exposure-followup' },
    h('summary', { dataset: { testid: 'exposure-followup-open' } }, '回头看（复查整改情况）'),
    h('div', { class: 'ld-row' }, field('复查日期', day), field('复查人', inspector)),
    field('复查结果', result), field('复查说明', note),
    h('div', { class: 'ld-field' }, h('span', { class: 'ld-field-label' }, '复查照片（可选）'), filePicker(file, '拍照或选择照片')),
    h('div', { class: 'ld-actions' }, button), message);
}
