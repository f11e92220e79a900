/**
 * What the 接口令牌 dialog checks and shows (pure). The server has the last word on every field;
 * these are the mistakes worth saying before sending.
 */
export const MAX_NAME_CHARS = 60;
export const MAX_DAYS = 365;
export const DEFAULT_DAYS = 90;
export const SCOPES = [
  { value: 'read', label: '只读（只能查询）' },
  { value: 'write', label: '读写（可按本账号角色修改数据）' },
];

/**
 * The body of POST api/v1/users/me/tokens, or throws an Error with a Chinese message.
 * @param {{name: string, scope: string, days: string|number}} form
 */
export function tokenRequest({ name, scope, days }) {
  const trimmed = (name ?? '').trim();
  if (!trimmed) throw new Error('请填写令牌名称，说明它给谁用、做什么');
  if ([...trimmed].length > MAX_NAME_CHARS) throw new Error(`令牌名称最多 ${MAX_NAME_CHARS} 个字符`);
  if (!SCOPES.some((s) => s.value === scope)) throw new Error('请选择令牌权限');
  const text = String(days ?? '').trim();
  const count = text === '' ? DEFAULT_DAYS : Number(text);
  if (!Number.isInteger(count) || count < 1 || count > MAX_DAYS) throw new Error(`有效天数应为 1 到 ${MAX_DAYS} 的整数`);
  return { name: trimmed, scope, expiresInDays: count };
}

/** The header line a program sends with the token. */
export function authorizationHeader(token) {
  return `Authorization: Bearer ${token}`;
}

/** Standing tokens first (newest first), then expired and revoked ones. */
export function orderTokens(tokens) {
  const standing = (t) => (t.status === 'active' ? 0 : 1);
  return [...tokens].sort((a, b) => standing(a) - standing(b) || b.id - a.id);
}
