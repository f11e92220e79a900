import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPassword, checkRule, checkUnit, checkUser, roleName } from '../../main/resources/META-INF/resources/js/admin/admin-forms.js';

test('a unit needs a code (when created) and a name; text has no control characters', () => {
  assert.equal(checkUnit({ code: 'TZ-SW', name: '区水务局', townshipCode: '', contact: '' }, true), null);
  assert.equal(checkUnit({ code: '', name: '区水务局' }, true), '单位编码不能为空');
  assert.match(checkUnit({ code: '水务', name: '区水务局' }, true), /^单位编码应为/);
  assert.equal(checkUnit({ name: '  ' }, false), '单位名称不能为空');
  assert.equal(checkUnit({ name: '长'.repeat(101) }, false), '单位名称不能超过 100 个字');
  assert.match(checkUnit({ name: '甲\t乙' }, false), /控制字符/);
  assert.match(checkUnit({ name: '甲', townshipCode: '110112' }, false), /9 位街乡镇代码/);
  assert.equal(checkUnit({ name: '甲', townshipCode: '110112106', contact: '010-1' }, false), null);
});

test('a rule names a unit; codes and priority are checked', () => {
  const rule = { categoryPrefix: 'B0111', jurisdictionPrefix: '110112106', unitId: 3, priority: 0 };
  assert.equal(checkRule(rule), null);
  assert.equal(checkRule({ ...rule, categoryPrefix: '', jurisdictionPrefix: '' }), null);
  assert.equal(checkRule({ ...rule, unitId: null }), '请选择责任单位');
  assert.match(checkRule({ ...rule, jurisdictionPrefix: '1101121' }), /6、9 或 12 位/);
  assert.match(checkRule({ ...rule, categoryPrefix: "B01'" }), /^案件类别应为/);
  assert.match(checkRule({ ...rule, priority: 101 }), /优先级/);
  assert.match(checkRule({ ...rule, priority: 1.5 }), /优先级/);
});

test('a password: at least 10 characters, at most 72 bytes, not the username', () => {
  assert.equal(checkPassword('long-enough-1', 'wangxiao'), null);
  assert.equal(checkPassword('short', 'wangxiao', '临时密码'), '临时密码至少要有 10 个字符');
  assert.equal(checkPassword('WangXiao12', 'wangxiao12'), '密码不能与用户名相同');
  assert.match(checkPassword('密码'.repeat(13), 'x'), /72 字节/);
  assert.match(checkPassword('tab\there-long', 'x'), /控制字符/);
});

test('a user: username pattern when created, a role, a scope, a unit for unit users', () => {
  const user = { username: 'wangxiao', password: 'chushi-mima-1', role: 'DISPATCHER', displayName: '王晓', scopeCode: '110112' };
  assert.equal(checkUser(user, true), null);
  assert.match(checkUser({ ...user, username: 'Wang' }, true), /^用户名应为/);
  assert.equal(checkUser({ ...user, password: 'x' }, true), '初始密码至少要有 10 个字符');
  assert.equal(checkUser({ ...user, role: '' }, false), '请选择角色');
  assert.match(checkUser({ ...user, scopeCode: '1101' }, false), /^辖区应为/);
  assert.equal(checkUser({ ...user, role: 'RESPONSIBLE_UNIT', unitId: null }, false), '责任单位角色的用户须选择所属责任单位');
  assert.equal(checkUser({ ...user, role: 'RESPONSIBLE_UNIT', unitId: 4 }, false), null);
  assert.equal(roleName('ADMIN'), '系统管理员');
});
