/**
 * The administrator's forms checked before sending, with the server's rules and words (the server
 * checks again; these only save a round trip): responsible units, dispatch rules, users and
 * passwords. Each check returns a Chinese sentence, or null when the form is fine. Pure.
 */

export const ROLES = Object.freeze([
  { value: 'DISPATCHER', label: '坐席员' },
  { value: 'TOWNSHIP_STAFF', label: '街乡镇工作人员' },
  { value: 'RESPONSIBLE_UNIT', label: '责任单位' },
  { value: 'SUPERVISOR', label: '督办' },
  { value: 'PLANNER', label: '分析研判' },
  { value: 'ADMIN', label: '系统管理员' },
  { value: 'GRID_WORKER', label: '网格员' },
]);

export const MIN_PASSWORD_CHARS = 10;
const MAX_PASSWORD_BYTES = 72;

export function roleName(role) {
  return ROLES.find((r) => r.value === role)?.label ?? role;
}

// Control characters (C0, DEL, C1), as Java's Character.isISOControl.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function length(text) {
  return [...text].length;
}

function text(field, value, max, required) {
  const v = String(value ?? '').trim();
  if (required && v === '') return `${field}不能为空`;
  if (length(v) > max) return `${field}不能超过 ${max} 个字`;
  if (CONTROL.test(v)) return `${field}不能含控制字符（如换行、制表符）`;
  return null;
}

export function checkUnit({ code, name, townshipCode, contact }, creating) {
  if (creating) {
    const problem = text('单位编码', code, 40, true);
    if (problem) return problem;
    if (!/^[A-Za-z0-9][A-Za-z0-9_-]{1,39}$/.test(code.trim())) {
      return '单位编码应为 2 到 40 个字母、数字、“-”或“_”，以字母或数字开头，如 TZ-SW';
    }
  }
  return text('单位名称', name, 100, true)
    ?? (townshipCode && !/^\d{9}$/.test(townshipCode) ? '所属街乡镇应为 9 位街乡镇代码，或留空表示职能部门' : null)
    ?? text('联系方式', contact, 100, false);
}

export function checkRule({ categoryPrefix, jurisdictionPrefix, unitId, priority }) {
  if (categoryPrefix && !/^[A-Za-z0-9]{1,20}$/.test(categoryPrefix)) {
    return '案件类别应为大类或小类代码（字母和数字），或留空表示全部类别';
  }
  if (jurisdictionPrefix && !/^(\d{6}|\d{9}|\d{12})$/.test(jurisdictionPrefix)) {
    return '适用区域应为 6、9 或 12 位行政区划代码，或留空表示全区';
  }
  if (unitId === null || unitId === undefined || unitId === '') return '请选择责任单位';
  if (!Number.isInteger(priority) || Math.abs(priority) > 100) return '优先级应为 −100 到 100 的整数';
  return null;
}

export function checkPassword(password, username, field = '密码') {
  const p = String(password ?? '');
  if (length(p) < MIN_PASSWORD_CHARS) return `${field}至少要有 ${MIN_PASSWORD_CHARS} 个字符`;
  if (new TextEncoder().encode(p).length > MAX_PASSWORD_BYTES) return `${field}不能超过 ${MAX_PASSWORD_BYTES} 字节（UTF-8 编码）`;
  if (CONTROL.test(p)) return `${field}不能含控制字符`;
  if (username && p.toLowerCase() === String(username).toLowerCase()) return `${field}不能与用户名相同`;
  return null;
}

/** A user's role, display name, scope and unit (for a new user also username and password). */
export function checkUser({ username, password, role, displayName, scopeCode, unitId }, creating) {
  if (creating) {
    if (!/^[a-z][a-z0-9._-]{1,39}$/.test(username ?? '')) {
      return '用户名应为 2 到 40 个字符：小写字母开头，其后为小写字母、数字、“.”、“_”或“-”';
    }
    const problem = checkPassword(password, username, '初始密码');
    if (problem) return problem;
  }
  if (!ROLES.some((r) => r.value === role)) return '请选择角色';
  const name = text('显示名称', displayName, 100, false);
  if (name) return name;
  if (!/^(|\d{6}|\d{9}|\d{12})$/.test(scopeCode ?? '')) return '辖区应为 6、9 或 12 位行政区划代码，或留空表示全区';
  if (role === 'RESPONSIBLE_UNIT' && (unitId === null || unitId === undefined)) return '责任单位角色的用户须选择所属责任单位';
  return null;
}
