import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assessmentCells, assessmentColumns, byRank, rateText } from '../../main/resources/META-INF/resources/js/grids/assessment-model.js';
import { ApiUrls } from '../../main/resources/META-INF/resources/js/api/urls.js';

const row = {
  rank: 1, score: 0.8333333, key: 'kh-a', name: '考核测试甲', role: '网格员', township: { code: '110112105', name: '张家湾镇' },
  grids: ['考核测试网格一'], reports: 3, tasks: 3,
  verification: { numerator: 1, denominator: 3, rate: 1 / 3 }, coverage: { numerator: 2, denominator: 4, rate: 0.5 },
  cases: 3, response: { numerator: 2, denominator: 3, rate: 2 / 3 }, resolution: { numerator: 2, denominator: 3, rate: 2 / 3 },
  satisfaction: { numerator: 1, denominator: 1, rate: 1 }, onTimeClosure: { numerator: 0, denominator: 0, rate: null },
};

test('a rate shows its share and fraction, or — when nothing counts towards it', () => {
  assert.equal(rateText(row.verification), '33.3%（1/3）');
  assert.equal(rateText(row.onTimeClosure), '—');
  assert.equal(rateText(undefined), '—');
});

test('a worker row has one cell per column, in the columns\' order', () => {
  const columns = assessmentColumns('worker');
  const cells = assessmentCells(row, 'worker');
  assert.equal(cells.length, columns.length);
  assert.deepEqual(cells.slice(0, 8), ['1', '考核测试甲', '网格员', '张家湾镇', '考核测试网格一', '3', '3', '33.3%（1/3）']);
  assert.equal(cells[columns.indexOf('巡查覆盖率')], '50.0%（2/4）');
  assert.equal(cells[columns.indexOf('综合得分')], '83.3');
});

test('a grid row names its people; a row without score shows —', () => {
  const grid = { ...row, key: 'KH-ZJW-1', name: '考核测试网格一', role: null, grids: [], score: null };
  const columns = assessmentColumns('grid');
  const cells = assessmentCells(grid, 'grid');
  assert.equal(cells.length, columns.length);
  assert.equal(cells[columns.indexOf('网格员')], '未指派');
  assert.equal(cells[columns.indexOf('综合得分')], '—');
});

test('rows come in rank order', () => {
  assert.deepEqual(byRank([{ rank: 2 }, { rank: 1 }, { rank: 3 }]).map((r) => r.rank), [1, 2, 3]);
  assert.deepEqual(byRank(undefined), []);
});

test('the assessment URLs carry by and month, JSON or CSV', () => {
  const urls = new ApiUrls('https://luodian.example/app/');
  assert.equal(urls.gridAssessment({ by: 'grid', month: '2026-11' }), 'https://luodian.example/app/api/v1/grids/assessment?by=grid&month=2026-11');
  assert.equal(urls.gridAssessment({ by: 'worker', month: '2026-11' }, true),
    'https://luodian.example/app/api/v1/grids/assessment.csv?by=worker&month=2026-11');
});
