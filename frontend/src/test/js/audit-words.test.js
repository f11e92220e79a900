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
  test('the entity with its kind', () => {
    assert.equal(auditEntity('case', '42'), '案件 #42');
    assert.equal(auditEntity('user', 'zuoxi'), '用户 zuoxi');
  });
});
