import { checkedSubmit, field, fill, h } from '../ui/dom.js';
import { MIN_PASSWORD_CHARS, ownPasswordRequest, refusalText } from './own-password-model.js';

/**
 * 修改密码: the header's dialog where anyone signed in changes their own password (loaded on first
 * click). On success every session of theirs ends (the server's rule), so the page goes to the
 * sign-in page, which says the password was changed.
 */
export function openOwnPassword({ client, urls }) {
  let dialog = document.getElementById('own-password');
  if (!dialog) {
    dialog = h('dialog', { id: 'own-password', class: 'ld-dialog', dataset: { testid: 'own-password' } });
    document.body.append(dialog);
  }
  const input = (name, autocomplete) => h('input', { type: 'password', name, maxlength: 72, autocomplete, required: true });
  const current = input('current-password', 'current-password');
  const next = input('new-password', 'new-password');
  const repeat = input('repeat-password', 'new-password');
  const message = h('div', { dataset: { testid: 'own-password-error' } });
  const submit = h('button', { type: 'submit', class: 'ld-button primary' }, '修改密码');
  const form = h('form', {
    onsubmit: checkedSubmit({
      message,
      button: submit,
      check: () => ownPasswordRequest({ current: current.value, next: next.value, repeat: repeat.value }),
      send: async (body) => {
        await client.postJson(urls.ownPassword(), body);
        window.location.assign(urls.page('login?password-changed'));
      },
      refusal: refusalText,
    }),
  },
  h('h2', {}, '修改密码'),
  h('p', { class: 'ld-muted' }, `新密码至少 ${MIN_PASSWORD_CHARS} 个字符，不能包含用户名，不能是常见密码或连续、重复的字符。修改后需用新密码重新登录。`),
  field('当前密码', current),
  field('新密码', next),
  field('再次输入新密码', repeat),
  message,
  h('div', { class: 'ld-actions' }, submit,
    h('button', { type: 'button', class: 'ld-button', onclick: () => dialog.close() }, '取消')));
  fill(dialog, form);
  dialog.showModal();
  current.focus();
}
