import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkGrid, checkPeople, mayManage, peopleText, selectionText, toggleCell } from '../../main/resources/META-INF/resources/js/grids/grid-edit-model.js';
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
  assert.ok(workspaceTabs('SUPERVISOR').includes('grids'), 'the supervisor reads grids and their patrol coverage');
  assert.ok(!workspaceTabs('DISPATCHER').includes('grids'));
});

test('the audit log names the grid writes in Chinese', async () => {
  const { auditAction, auditEntity } = await import('../../main/resources/META-INF/resources/js/admin/audit-words.js');
  assert.equal(auditAction('grid.assign'), '指派网格员');
  assert.equal(auditAction('grid.import'), '导入责任网格');
  assert.equal(auditEntity('responsibility_grid', 7), '责任网格 7');
});

test('picking cells toggles them and says what saving would change', () => {
  const before = new Set(['110112106001001', '110112106001002']);
  let after = toggleCell(before, '110112106001002');
  assert.equal(before.size, 2, 'the old selection is left as it was');
  after = toggleCell(after, '110112106001003');
  assert.deepEqual([...after].sort(), ['110112106001001', '110112106001003']);
  assert.equal(selectionText(before, after), '已选 2 个单元网格（新增 1 个，移出 1 个）');
  assert.equal(selectionText(before, before), '已选 2 个单元网格');
});

test('a grid needs a name without control characters and at least one cell; people need a worker', () => {
  const cells = new Set(['110112106001001']);
  assert.equal(checkGrid({ name: '  ', cells }), '请填写责任网格名称');
  assert.equal(checkGrid({ name: 'a\u0007b', cells }), '名称不能含控制字符');
  assert.equal(checkGrid({ name: '网'.repeat(61), cells }), '名称最多 60 个字');
  assert.equal(checkGrid({ name: '村庄网格', cells: new Set() }), '请在地图上点选至少一个单元网格');
  assert.equal(checkGrid({ name: '村庄网格', cells }), null);
  assert.equal(checkPeople({ workers: [], leader: null }), '请至少选择一名网格员');
  assert.equal(checkPeople({ workers: ['a'], leader: 'a' }), '同一人不能同时是网格员和网格长');
  assert.equal(checkPeople({ workers: ['a'], leader: 'b' }), null);
  assert.ok(mayManage({ role: 'TOWNSHIP_STAFF' }) && mayManage({ role: 'ADMIN' }));
  assert.ok(!mayManage({ role: 'SUPERVISOR' }) && !mayManage(null));
});
