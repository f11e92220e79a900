import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorizationHeader, orderTokens, tokenRequest } from '../../main/resources/META-INF/resources/js/app/api-tokens-model.js';

test('a token request needs a name, a scope and a life of 1 to 365 days', () => {
  assert.deepEqual(tokenRequest({ name: ' 12345 热线对接 ', scope: 'write', days: '30' }),
    { name: '12345 热线对接', scope: 'write', expiresInDays: 30 });
  assert.deepEqual(tokenRequest({ name: '脚本', scope: 'read', days: '' }), { name: '脚本', scope: 'read', expiresInDays: 90 });
  assert.throws(() => tokenRequest({ name: '  ', scope: 'read', days: 1 }), /请填写令牌名称/);
  assert.throws(() => tokenRequest({ name: '名'.repeat(61), scope: 'read', days: 1 }), /最多 60 个字符/);
  assert.throws(() => tokenRequest({ name: '脚本', scope: 'admin', days: 1 }), /请选择令牌权限/);
  for (const days of ['0', '366', '1.5', 'abc']) {
    assert.throws(() => tokenRequest({ name: '脚本', scope: 'read', days }), /1 到 365 的整数/, days);
  }
});

test('the header line carries the token after Bearer', () => {
  assert.equal(authorizationHeader('ld_abc'), 'Authorization: Bearer ld_abc');
});

test('standing tokens come first, newest first', () => {
  const ordered = orderTokens([
    { id: 1, status: 'active' }, { id: 2, status: 'revoked' }, { id: 3, status: 'active' }, { id: 4, status: 'expired' }]);
  assert.deepEqual(ordered.map((t) => t.id), [3, 1, 4, 2]);
});
