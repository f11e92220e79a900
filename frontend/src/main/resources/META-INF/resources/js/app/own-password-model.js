/**
 * What the 修改密码 dialog checks before sending (pure): the server's PasswordRule has the last
 * word (common passwords, runs, the username); these are the mistakes worth saying at once.
 */
export const MIN_PASSWORD_CHARS = 10;

/**
 * The request body for POST api/v1/users/me/password, or throws an Error with a Chinese message.
 * @param {{current: string, next: string, repeat: string}} form
 */
export function ownPasswordRequest({ current, next, repeat }) {
  if (!current) throw new Error('请填写当前密码');
  if (!next) throw new Error('请填写新密码');
  if ([...next].length < MIN_PASSWORD_CHARS) throw new Error(`新密码至少要有 ${MIN_PASSWORD_CHARS} 个字符`);
  if (next !== repeat) throw new Error('两次输入的新密码不一致');
  if (next === current) throw new Error('新密码不能与当前密码相同');
  return { currentPassword: current, newPassword: next };
}

/** The sentence for a refused change: the server's own Chinese detail when it sent one. */
export function refusalText(error) {
  const detail = error?.problem?.detail;
  if (typeof detail === 'string' && detail) return detail;
  return '修改密码失败，请稍后重试';
}
