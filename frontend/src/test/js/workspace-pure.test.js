import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { queueOrder, isPinned } from '../../main/resources/META-INF/resources/js/dispatch/queue-order.js';
import { actionInfo, availableActions, transitionBody, unitChoices, workspaceTabs, stateLabel } from '../../main/resources/META-INF/resources/js/cases/states.js';
import { searchCategories, categoryPath } from '../../main/resources/META-INF/resources/js/cases/category-search.js';
import { rateRows, sortRows, rowsToCsv, csvField } from '../../main/resources/META-INF/resources/js/stats/rate-rows.js';
import { barChart, escapeXml } from '../../main/resources/META-INF/resources/js/stats/bar-chart.js';

describe('dispatcher queue', () => {
  test('urgent pinned, then new (受理) before 立案, oldest first; others left out', () => {
    const cases = [
      { id: 1, state: 'registered', urgency: 'normal', receivedAt: '2026-11-22T08:00:00Z' },
      { id: 2, state: 'received', urgency: 'normal', receivedAt: '2026-11-22T10:00:00Z' },
      { id: 3, state: 'received', urgency: 'normal', receivedAt: '2026-11-22T09:00:00Z' },
      { id: 4, state: 'registered', urgency: 'urgent', receivedAt: '2026-11-22T11:00:00Z' },
      { id: 5, state: 'received', urgency: 'emergency', receivedAt: '2026-11-22T11:30:00Z' },
      { id: 6, state: 'closed', urgency: 'emergency', receivedAt: '2026-11-22T07:00:00Z' },
    ];
    assert.deepEqual(queueOrder(cases).map((c) => c.id), [5, 4, 3, 2, 1]);
    assert.equal(isPinned(cases[3]), true);
    assert.equal(isPinned(cases[0]), false);
  });
});

describe('workflow for the page', () => {
  test('actions in workflow order from the server list', () => {
    assert.deepEqual(availableActions(['supervise', 'redispatch']).map((a) => a.label), ['改派', '督办']);
    assert.equal(stateLabel('in_progress'), '处置中');
  });
  test('the exposure list\'s states and steps are named, but never offered as buttons on the case', () => {
    assert.equal(stateLabel('exposed'), '挂账');
    assert.equal(stateLabel('rectified'), '已整改');
    assert.deepEqual(['create', 'expose', 'rectify', 'write_off', 'reexpose'].map((id) => actionInfo(id).label),
      ['上报', '挂账', '整改', '销账', '重新挂账']);
    assert.deepEqual(availableActions(['expose', 'rectify', 'supervise']).map((a) => a.id), ['supervise']);
  });
  test('transition body leaves empty fields out', () => {
    assert.deepEqual(transitionBody('dispatch', { note: '  ', unitId: '24' }), { action: 'dispatch', unitId: 24 });
    assert.deepEqual(transitionBody('rate', { satisfaction: 'satisfied', note: '回访' }), { action: 'rate', note: '回访', satisfaction: 'satisfied' });
  });
  test('at 派遣 the rules\' unit comes first and is chosen; without one, nothing is chosen', () => {
    const units = [{ id: 3, name: '永乐店镇综合行政执法队（示例）' }, { id: 7, name: '通州区水务局（示例）' }];
    assert.deepEqual(unitChoices({ suggestedUnitId: 7, units }), {
      options: [{ value: '7', label: '通州区水务局（示例）（派遣规则推荐）' }, { value: '3', label: '永乐店镇综合行政执法队（示例）' }],
      value: '7',
    });
    assert.deepEqual(unitChoices({ suggestedUnitId: null, units }).value, '');
    assert.deepEqual(unitChoices({ suggestedUnitId: null, units }).options[0], { value: '', label: '请选择责任单位' });
    assert.deepEqual(availableActions(['dispatch']).map((a) => a.asks), ['unit']);
  });
  test('tabs per role', () => {
    assert.deepEqual(workspaceTabs('DISPATCHER'), ['cases', 'report', 'queue', 'unplaced', 'stats']);
    assert.deepEqual(workspaceTabs('PLANNER'), ['cases', 'stats', 'hotspots']);
    assert.deepEqual(workspaceTabs(undefined), []);
  });
});

describe('category search', () => {
  const categories = [
    { code: 'B01', name: '公用设施', children: [{ code: 'B0101', name: '上水井盖' }, { code: 'B0112', name: '路灯' }] },
    { code: 'S04', name: '街面秩序', children: [{ code: 'S0406', name: '道路积水' }] },
  ];
  test('finds 小类 by name, keeps a matching 大类 whole, matches codes by prefix', () => {
    assert.deepEqual(searchCategories(categories, '井盖').map((c) => [c.code, c.children.length]), [['B01', 1]]);
    assert.deepEqual(searchCategories(categories, '公用').map((c) => [c.code, c.children.length]), [['B01', 2]]);
    assert.deepEqual(searchCategories(categories, 's04').map((c) => c.code), ['S04']);
    assert.equal(searchCategories(categories, '').length, 2);
  });
  test('path of a code', () => {
    assert.equal(categoryPath(categories, 'S0406'), '街面秩序 › 道路积水');
    assert.equal(categoryPath(categories, 'B01'), '公用设施');
  });
});

describe('rates', () => {
  const report = {
    groups: [
      { code: 'a', name: '甲镇', cases: 3, response: { rate: 0.5, numerator: 1, denominator: 2 }, resolution: { rate: null, numerator: 0, denominator: 0 }, satisfaction: { rate: 1, numerator: 1, denominator: 1 }, onTimeClosure: { rate: null, numerator: 0, denominator: 0 } },
      { code: 'b', name: '乙街道', cases: 5, response: { rate: 1, numerator: 2, denominator: 2 }, resolution: { rate: 0.2, numerator: 1, denominator: 5 }, satisfaction: { rate: null, numerator: 0, denominator: 0 }, onTimeClosure: { rate: 1, numerator: 1, denominator: 1 } },
    ],
  };
  test('rows, sorting with missing rates last, CSV', () => {
    const rows = rateRows(report);
    assert.equal(rows[0].rates.response.text, '50.0%');
    assert.equal(rows[0].rates.resolution.text, '—');
    assert.deepEqual(sortRows(rows, 'resolution').map((r) => r.code), ['b', 'a']);
    assert.deepEqual(sortRows(rows, 'response').map((r) => r.code), ['b', 'a']);
    const csv = rowsToCsv(rows);
    assert.ok(csv.startsWith('\uFEFF代码,名称,案件数,响应率'));
    assert.match(csv, /a,甲镇,3,50\.0%,1\/2,—,0\/0/);
  });
  test('CSV fields are quoted and formulas neutralised', () => {
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('=cmd()'), "'=cmd()");
    assert.equal(csvField(-1.5), '-1.5');
  });
  test('bar chart escapes names and shows missing rates as 无数据', () => {
    const svg = barChart([{ label: '<b>镇', value: 0.5, text: '50.0%' }, { label: '乙', value: null, text: '—' }], { title: '响应率' });
    assert.match(svg, /&lt;b&gt;镇/);
    assert.doesNotMatch(svg, /<b>/);
    assert.match(svg, /无数据/);
    assert.match(svg, /aria-label="响应率"/);
    assert.equal(escapeXml('"&'), '&quot;&amp;');
  });
});
