import { checkedSubmit, errorBox, field, fill, h, noticeBox, select } from '../ui/dom.js';
import { formatDateTime } from '../format/format.js';
import { confirmStep, refusal, table } from '../admin/admin-ui.js';
import { DEFAULT_DAYS, MAX_DAYS, MAX_NAME_CHARS, SCOPES, authorizationHeader, orderTokens, tokenRequest } from './api-tokens-model.js';

/**
 * 接口令牌: the header's dialog where anyone signed in issues and revokes the tokens their programs
 * use instead of a password (loaded on first click). A new token shows once, in read-only fields to
 * copy; lists show only its first characters. Administrators also see everyone's standing tokens
 * and revoke any.
 */
export function openApiTokens({ client, urls, user }) {
  let dialog = document.getElementById('api-tokens');
  if (!dialog) {
    dialog = h('dialog', { id: 'api-tokens', class: 'ld-dialog ld-dialog-wide', dataset: { testid: 'api-tokens' } });
    document.body.append(dialog);
  }
  const name = h('input', { type: 'text', name: 'token-name', maxlength: MAX_NAME_CHARS, placeholder: '例如：12345 热线对接' });
  const scope = select({ name: 'token-scope' }, SCOPES, 'read');
  const days = h('input', { type: 'number', name: 'token-days', min: 1, max: MAX_DAYS, value: DEFAULT_DAYS });
  const message = h('div', { dataset: { testid: 'api-token-message' } });
  const own = h('div', { dataset: { testid: 'api-token-own' } });
  const everyone = h('div', { dataset: { testid: 'api-token-all' } });
  const create = h('button', { type: 'submit', class: 'ld-button primary' }, '创建令牌');
  const form = h('form', {
    onsubmit: checkedSubmit({
      message,
      button: create,
      check: () => tokenRequest({ name: name.value, scope: scope.value, days: days.value }),
      send: async (body) => {
        const issued = await client.postJson(urls.ownTokens(), body);
        name.value = '';
        fill(message, issued === null ? null : shown(issued.token));
        await reload();
      },
      refusal,
    }),
  }, field('令牌名称', name, '说明它给哪个程序、做什么用'), field('权限', scope), field('有效天数', days, `1 到 ${MAX_DAYS} 天，到期自动失效`),
  h('div', { class: 'ld-actions' }, create));

  async function reload() {
    await list(own, urls.ownTokens(), false);
    if (user.role === 'ADMIN') await list(everyone, urls.allTokens(), true);
  }

  async function list(box, url, withOwner) {
    let answer;
    try {
      answer = await client.getJson(url);
    } catch (error) {
      fill(box, errorBox(refusal(error), () => reload()));
      return;
    }
    const tokens = orderTokens(answer.tokens ?? []);
    if (tokens.length === 0) {
      fill(box, h('p', { class: 'ld-muted' }, withOwner ? '目前没有有效的令牌。' : '您还没有令牌。'));
      return;
    }
    const confirmBox = h('div');
    const columns = [...(withOwner ? ['用户'] : []), '名称', '权限', '令牌开头', '状态', '到期', '最近使用', ''];
    fill(box, table(withOwner ? 'api-token-all-table' : 'api-token-table', columns, tokens, (t) => [
      ...(withOwner ? [t.displayName ?? t.username] : []), t.name, t.scopeName, t.prefix, t.statusName, formatDateTime(t.expiresAt),
      t.lastUsedAt ? formatDateTime(t.lastUsedAt) : '从未使用',
      t.status === 'active' ? h('button', {
        type: 'button', class: 'ld-button small', dataset: { revoke: String(t.id) },
        onclick: () => confirmStep(confirmBox, `revoke-${t.id}`, `撤销令牌“${t.name}”？使用它的程序将立即无法访问。`, async () => {
          try {
            await client.request(withOwner ? urls.allTokens(t.id) : urls.ownTokens(t.id), { method: 'DELETE' });
            fill(confirmBox);
            await reload();
          } catch (error) {
            fill(confirmBox, errorBox(refusal(error)));
          }
        }),
      }, '撤销') : '',
    ], (t) => ({ tokenId: String(t.id) })), confirmBox);
  }

  fill(dialog, h('h2', {}, '接口令牌'),
    h('p', { class: 'ld-muted' }, '供程序（如 12345 热线对接、分析脚本）调用本系统接口，代替密码。令牌以您的账号和角色行事；只读令牌不能修改数据。令牌只在创建时显示一次，请妥善保存，不用时及时撤销。'),
    form, message,
    h('h3', {}, '我的令牌'), own,
    user.role === 'ADMIN' ? h('h3', {}, '全部有效令牌（系统管理员）') : null,
    user.role === 'ADMIN' ? everyone : null,
    h('div', { class: 'ld-actions' }, h('button', {
      type: 'button', class: 'ld-button', dataset: { testid: 'api-tokens-close' }, onclick: () => dialog.close(),
    }, '关闭')));
  dialog.showModal();
  name.focus();
  reload();
}

/** The new token, once: read-only fields (selected on focus) to copy it and its header line. */
function shown(token) {
  const copyable = (value, testid) => h('input', {
    type: 'text', readonly: true, value, class: 'ld-token-value', dataset: { testid },
    onfocus: (event) => event.target.select(),
  });
  return h('div', {}, noticeBox('令牌已创建。它只显示这一次，请立即复制保存：'),
    copyable(token, 'new-api-token'),
    h('p', { class: 'ld-muted' }, '程序调用接口时，在请求头中加上这一行：'),
    copyable(authorizationHeader(token), 'new-api-token-header'));
}
