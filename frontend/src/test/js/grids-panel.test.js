import { test } from 'node:test';
import assert from 'node:assert/strict';
import { peopleText } from '../../main/resources/META-INF/resources/js/grids/grids-panel.js';
import { workspaceTabs } from '../../main/resources/META-INF/resources/js/cases/states.js';
import { TABS } from '../../main/resources/META-INF/resources/js/app/url-state.js';

test('a grid lists its leader first, then its workers, by display name', () => {
  const grid = { leader: { username: 'a', name: '网格长甲' }, workers: [{ username: 'b', name: '网格员乙' }, { username: 'c' }] };
  assert.equal(peopleText(grid), '网格长甲（网格长）、网格员乙、c');
  assert.equal(peopleText({ workers: [], leader: null }), '未指派');
});

test('the 网格 tab is the township staff\'s and the administrator\'s, not the grid worker\'s', () => {
  assert.ok(TABS.includes('grids'));
  assert.ok(workspaceTabs('TOWNSHIP_STAFF').includes('grids'));
  assert.ok(workspaceTabs('ADMIN').includes('grids'));
  assert.ok(!workspaceTabs('GRID_WORKER').includes('grids'));
  assert.ok(!workspaceTabs('DISPATCHER').includes('grids'));
});

test('the audit log names the grid writes in Chinese', async () => {
  const { auditAction, auditEntity } = await import('../../main/resources/META-INF/resources/js/admin/audit-words.js');
  assert.equal(auditAction('grid.assign'), '指派网格员');
  assert.equal(auditAction('grid.import'), '导入责任网格');
  assert.equal(auditEntity('responsibility_grid', 7), '责任网格 7');
});
