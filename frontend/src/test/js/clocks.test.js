import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { caseClocks, isOverdue, sinceReceipt } from '../../main/resources/META-INF/resources/js/cases/clocks.js';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const base = {
  state: 'dispatched',
  receivedAt: '2026-11-22T09:00:00Z',
  dispatchedAt: '2026-11-22T09:04:00Z',
  respondedAt: null,
  closedAt: null,
  overdue: false,
  deadlines: {
    dispatch: '2026-11-22T09:05:00Z', response: '2026-11-22T11:04:00Z', feedback: null, resolve: '2026-11-29T09:00:00Z',
  },
};

describe('caseClocks', () => {
  test('a met clock, an overdue one and a running one; no feedback clock for a normal case', () => {
    const clocks = caseClocks(base, NOW);
    assert.deepEqual(clocks.map((c) => [c.key, c.status, c.text]), [
      ['dispatch', 'met', '按时完成'],
      ['response', 'overdue', '已超时 56分'],
      ['resolve', 'running', '剩余 6天21小时'],
    ]);
    assert.equal(isOverdue(base, NOW), true);
  });
  test('a clock close to its deadline warns', () => {
    const clocks = caseClocks({ ...base, respondedAt: null, deadlines: { response: '2026-11-22T12:10:00Z' } }, NOW);
    assert.equal(clocks[0].status, 'warning');
    assert.equal(clocks[0].text, '剩余 10分');
  });
  test('late completion is shown as such; a closed case stops its clocks', () => {
    const late = caseClocks({ ...base, dispatchedAt: '2026-11-22T09:20:00Z' }, NOW)[0];
    assert.equal(late.status, 'late');
    assert.equal(late.text, '已完成（超时 15分）');
    const closed = caseClocks({ ...base, state: 'rejected' }, NOW);
    assert.equal(closed[1].status, 'stopped');
  });
  test('time since receipt', () => {
    assert.equal(sinceReceipt(base, NOW), '3小时前');
    assert.equal(sinceReceipt({ receivedAt: '2026-11-22T11:59:30Z' }, NOW), '刚刚');
  });
  test('the server flag alone makes a case overdue', () => {
    assert.equal(isOverdue({ overdue: true }, NOW), true);
  });
});
