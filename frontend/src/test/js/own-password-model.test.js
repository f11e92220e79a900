import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownPasswordRequest, refusalText } from '../../main/resources/META-INF/resources/js/app/own-password-model.js';

test('a change needs the current password, a long enough new one typed twice, and a different one', () => {
  assert.throws(() => ownPasswordRequest({ current: '', next: 'brand-new-hutong-7', repeat: 'brand-new-hutong-7' }), /请填写当前密码/);
  assert.throws(() => ownPasswordRequest({ current: 'old-password-1', next: '', repeat: '' }), /请填写新密码/);
  assert.throws(() => ownPasswordRequest({ current: 'old-password-1', next: '短密码123', repeat: '短密码123' }), /至少要有 10 个字符/);
  assert.throws(() => ownPasswordRequest({ current: 'old-password-1', next: 'brand-new-hutong-7', repeat: 'brand-new-hutong-8' }), /两次输入的新密码不一致/);
  assert.throws(() => ownPasswordRequest({ current: 'old-password-1', next: 'old-password-1', repeat: 'old-password-1' }), /不能与当前密码相同/);
  assert.deepEqual(ownPasswordRequest({ current: 'old-password-1', next: 'brand-new-hutong-7', repeat: 'brand-new-hutong-7' }),
    { currentPassword: 'old-password-1', newPassword: 'brand-new-hutong-7' });
});

test('ten Chinese characters are ten characters, not thirty bytes', () => {
  assert.deepEqual(ownPasswordRequest({ current: 'x', next: '通州区城市管理落点系统', repeat: '通州区城市管理落点系统' }).newPassword,
    '通州区城市管理落点系统');
});

test('a refusal shows the server\'s Chinese detail, else a general sentence', () => {
  assert.equal(refusalText({ problem: { detail: '当前密码不正确' } }), '当前密码不正确');
  assert.equal(refusalText(new Error('boom')), '修改密码失败，请稍后重试');
});
