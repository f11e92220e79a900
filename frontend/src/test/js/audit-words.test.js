import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { auditAction, auditEntity } from '../../main/resources/META-INF/resources/js/admin/audit-words.js';

describe('the audit log in words', () => {
  test('workflow steps, reports, users and the exposure list are named; unknown ids stay as they are', () => {
    assert.equal(auditAction('case.dispatch'), '案件派遣');
    assert.equal(auditAction('case.create'), '上报案件');
    assert.equal(auditAction('user.create'), '新建用户');
    assert.equal(auditAction('exposure.period.publish'), '发布挂账期次');
    assert.equal(auditAction('something.new'), 'something.new');
  });

  test('the administrator\'s changes to units, dispatch rules and users are named', () => {
    assert.equal(auditAction('unit.create'), '新建责任单位');
    assert.equal(auditAction('unit.disable'), '停用责任单位');
    assert.equal(auditAction('dispatch-rule.create'), '新建派遣规则');
    assert.equal(auditAction('dispatch-rule.delete'), '删除派遣规则');
    assert.equal(auditAction('user.password-reset'), '重置密码');
    assert.equal(auditAction('user.update'), '修改用户');
    assert.equal(auditEntity('unit', '28'), '责任单位 28');
    assert.equal(auditEntity('dispatch-rule', '9'), '派遣规则 9');
  });
  test('the entity with its kind', () => {
    assert.equal(auditEntity('case', '42'), '案件 #42');
    assert.equal(auditEntity('user', 'zuoxi'), '用户 zuoxi');
    assert.equal(auditAction('component.import'), '导入部件');
    assert.equal(auditEntity('component_import', '井盖.csv'), '部件文件 井盖.csv');
  });
});
