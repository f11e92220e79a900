import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDueTime, taskClock, tasksBadgeTitle, tasksSummary } from '../../main/resources/META-INF/resources/js/verification/tasks-model.js';

const NOW = Date.parse('2026-12-07T08:00:00Z');

test('a task due in five hours is running, in twenty minutes a warning, past due overdue', () => {
  assert.deepEqual(taskClock({ dueAt: '2026-12-07T13:00:00Z' }, NOW), { status: 'running', text: '剩余 5小时' });
  assert.deepEqual(taskClock({ dueAt: '2026-12-07T08:20:00Z' }, NOW), { status: 'warning', text: '剩余 20分' });
  assert.deepEqual(taskClock({ dueAt: '2026-12-07T06:30:00Z' }, NOW), { status: 'overdue', text: '已超时 1小时30分' });
});

test('the soonest due comes first', () => {
  const tasks = [{ caseId: 1, dueAt: '2026-12-08T00:00:00Z' }, { caseId: 2, dueAt: '2026-12-07T09:00:00Z' }];
  assert.deepEqual(byDueTime(tasks).map((t) => t.caseId), [2, 1]);
});

test('the summary counts the overdue ones, and says when nothing waits', () => {
  const tasks = [{ dueAt: '2026-12-07T06:00:00Z' }, { dueAt: '2026-12-07T20:00:00Z' }];
  assert.equal(tasksSummary(tasks, NOW), '待核查 2 件，其中超期 1 件');
  assert.equal(tasksSummary(tasks.slice(1), NOW), '待核查 1 件');
  assert.match(tasksSummary([], NOW), /^暂无待核查/);
  assert.match(tasksBadgeTitle(3), /待核查案件 3 件/);
});
