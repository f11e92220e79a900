import { h, fill, field, select, progress, errorBox, noticeBox } from '../ui/dom.js';
import { ROLES, checkPassword, checkUser, roleName } from './admin-forms.js';
import { confirmStep, listPanel, refusal, table, value } from './admin-ui.js';

/**
 * 用户: the administrator lists the people who sign in, creates one, changes a role, scope or unit,
 * sets a temporary password and disables (停用) or enables an account. The server refuses disabling
 * oneself and leaving no administrator; its sentence is shown as it is.
 */
export class UsersPanel {
  constructor({ client, urls, townships, user }) {
    this.client = client;
    this.urls = urls;
    this.townships = townships;
    this.me = user.username;
    listPanel(this, { title: '用户', plural: 'users', single: 'user', newLabel: '新建用户' });
    this.load();
  }

  async scopes() {
    const townships = await this.townships().catch(() => []);
    return [{ value: '', label: '全区（不限）' }, { value: '110112', label: '通州区' },
      ...townships.map((t) => ({ value: t.code, label: t.name }))];
  }

  async load() {
    fill(this.list, progress('正在加载用户…'));
    try {
      const [users, scopes] = await Promise.all([this.client.getJson(this.urls.users()), this.scopes()]);
      const scopeName = (code) => scopes.find((s) => s.value === code)?.label ?? code;
      fill(this.list, [h('div', { class: 'ld-muted' }, `共 ${users.length} 个用户`),
        table('users-table', ['用户名', '显示名称', '角色', '辖区', '状态', '操作'], users, (u) => [
          u.username, u.displayName, roleName(u.role), scopeName(u.scopeCode), u.enabled ? '启用' : '已停用',
          h('span', { class: 'ld-row-actions' },
            h('button', { type: 'button', class: 'ld-button small', dataset: { action: 'edit' }, onclick: () => this.edit(u) }, '修改'),
            h('button', { type: 'button', class: 'ld-button small', dataset: { action: 'password' }, onclick: () => this.password(u) }, '重置密码'),
            u.username === this.me ? null : h('button', { type: 'button', class: `ld-button small${u.enabled ? ' danger' : ''}`,
              dataset: { action: u.enabled ? 'disable' : 'enable' }, onclick: () => this.toggle(u) }, u.enabled ? '停用' : '启用')),
        ], (u) => ({ username: u.username }))]);
    } catch (error) {
      fill(this.list, errorBox(`加载失败：${refusal(error)}`, () => this.load()));
    }
  }

  toggle(user) {
    const disabling = user.enabled;
    confirmStep(this.message, disabling ? 'user-disable' : 'user-enable',
      disabling ? `确定停用用户 ${user.username}（${user.displayName}）吗？停用后不能再登录，已登录的页面在下一次操作时退出。`
        : `确定重新启用用户 ${user.username}（${user.displayName}）吗？`,
      async () => {
        try {
          await this.client.request(this.urls.users(user.username, disabling ? 'disable' : 'enable'), { method: 'POST' });
          fill(this.message, noticeBox(`已${disabling ? '停用' : '启用'}用户 ${user.username}。`));
          await this.load();
        } catch (error) {
          fill(this.message, errorBox(refusal(error)));
        }
      });
  }

  password(user) {
    fill(this.message);
    const password = h('input', { type: 'password', name: 'user-temp-password', maxlength: 72, autocomplete: 'new-password' });
    const problem = h('div', { dataset: { testid: 'password-form-problem' } });
    const save = h('button', { type: 'submit', class: 'ld-button primary', dataset: { testid: 'password-save' } }, '设置临时密码');
    const cancel = h('button', { type: 'button', class: 'ld-button', onclick: () => fill(this.formBox) }, '取消');
    const form = h('form', { class: 'ld-admin-form', dataset: { testid: 'password-form' }, novalidate: true },
      h('h3', {}, `重置 ${user.username} 的密码`),
      field('临时密码', password, `至少 10 个字符，不能与用户名相同；请当面或电话告知本人`),
      problem, h('div', { class: 'ld-actions' }, save, cancel));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const mistake = checkPassword(password.value, user.username, '临时密码');
      if (mistake) {
        fill(problem, errorBox(mistake));
        return;
      }
      confirmStep(problem, 'user-password', `确定把 ${user.username} 的密码改为这个临时密码吗？其已登录的页面将退出。`, async () => {
        try {
          await this.client.postJson(this.urls.users(user.username, 'password'), { password: password.value });
          fill(this.formBox);
          fill(this.message, noticeBox(`已为 ${user.username} 设置临时密码。`));
        } catch (error) {
          fill(problem, errorBox(refusal(error)));
        }
      });
    });
    fill(this.formBox, form);
    password.focus();
  }

  async edit(user) {
    fill(this.message);
    const creating = user === null;
    let scopes;
    let units;
    try {
      [scopes, { units }] = await Promise.all([this.scopes(), this.client.getJson(this.urls.adminUnits())]);
    } catch (error) {
      fill(this.message, errorBox(`加载失败：${refusal(error)}`));
      return;
    }
    if (user && !scopes.some((s) => s.value === user.scopeCode)) scopes.push({ value: user.scopeCode, label: user.scopeCode });
    const username = h('input', { type: 'text', name: 'user-username', maxlength: 40, value: user?.username ?? '',
      disabled: !creating, autocomplete: 'off', placeholder: '小写字母开头，如 wangli' });
    const password = creating ? h('input', { type: 'password', name: 'user-password', maxlength: 72, autocomplete: 'new-password' }) : null;
    const displayName = h('input', { type: 'text', name: 'user-display-name', maxlength: 100, value: user?.displayName ?? '', autocomplete: 'off' });
    const role = select({ name: 'user-role' }, [{ value: '', label: '请选择' }, ...ROLES], user?.role ?? '');
    const scope = select({ name: 'user-scope' }, scopes, user?.scopeCode ?? '110112');
    const unit = select({ name: 'user-unit' }, [{ value: '', label: '无' },
      ...units.filter((u) => u.enabled || u.id === user?.unitId).map((u) => ({ value: String(u.id), label: u.name }))],
    user?.unitId != null ? String(user.unitId) : '');
    const unitField = field('所属责任单位', unit, '仅责任单位角色');
    const showUnit = () => { unitField.hidden = role.value !== 'RESPONSIBLE_UNIT'; };
    role.addEventListener('change', showUnit);
    showUnit();
    const problem = h('div', { dataset: { testid: 'user-form-problem' } });
    const save = h('button', { type: 'submit', class: 'ld-button primary', dataset: { testid: 'user-save' } }, '保存');
    const cancel = h('button', { type: 'button', class: 'ld-button', onclick: () => fill(this.formBox) }, '取消');
    const form = h('form', { class: 'ld-admin-form', dataset: { testid: 'user-form' }, novalidate: true },
      h('h3', {}, creating ? '新建用户' : `修改用户 ${user.username}`),
      h('div', { class: 'ld-row' }, field('用户名', username), field('显示名称', displayName)),
      creating ? field('初始密码', password, '至少 10 个字符，不能与用户名相同') : null,
      h('div', { class: 'ld-row' }, field('角色', role), field('辖区', scope)), unitField,
      problem, h('div', { class: 'ld-actions' }, save, cancel));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = { role: role.value, displayName: value(displayName), scopeCode: scope.value,
        unitId: role.value === 'RESPONSIBLE_UNIT' && unit.value !== '' ? Number(unit.value) : null };
      if (creating) Object.assign(body, { username: value(username), password: password.value });
      const mistake = checkUser(body, creating);
      if (mistake) {
        fill(problem, errorBox(mistake));
        return;
      }
      save.disabled = true;
      try {
        const saved = creating ? await this.client.postJson(this.urls.users(), body)
          : await this.client.request(this.urls.users(user.username), { method: 'PUT', body: JSON.stringify(body), type: 'application/json' });
        fill(this.formBox);
        fill(this.message, noticeBox(`已保存用户 ${saved.username}。`));
        await this.load();
      } catch (error) {
        fill(problem, errorBox(refusal(error)));
      } finally {
        save.disabled = false;
      }
    });
    fill(this.formBox, form);
  }
}
