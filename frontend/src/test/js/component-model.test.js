import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  COMPONENT_LEGEND, cardRows, componentCategories, componentQuery, historyLine, isDemo, statusColor,
} from '../../main/resources/META-INF/resources/js/components/component-model.js';
import * as components from '../../main/resources/META-INF/resources/js/components/component-model.js';

describe('the components (部件) overlay', () => {
  test('each status has its colour in the legend and on the map; an unknown one a neutral colour', () => {
    assert.deepEqual(COMPONENT_LEGEND.items.filter((i) => i.shape === 'dot').map((i) => i.label), ['完好', '破损', '丢失', '占用', '废弃']);
    assert.equal(statusColor('丢失'), '#d4231a');
    assert.equal(statusColor('未知'), '#455a64');
  });

  test('the filter asks for the 小类 when one is chosen, else the 大类, and the status', () => {
    const bbox = [116.7, 39.7, 116.8, 39.8];
    assert.deepEqual(componentQuery(bbox), { bbox, limit: 500 });
    assert.deepEqual(componentQuery(bbox, { major: 'B01', category: '', status: '破损' }),
      { bbox, limit: 500, category: 'B01', status: '破损' });
    assert.deepEqual(componentQuery(bbox, { major: 'B01', category: 'B0101' }), { bbox, limit: 500, category: 'B0101' });
  });

  test('the 大类 of the filter are the taxonomy\'s component classes with their 小类', () => {
    const taxonomy = [
      { code: 'B01', name: '公用设施', kind: 'component', children: [{ code: 'B0101', name: '上水井盖' }] },
      { code: 'S01', name: '市容环境', kind: 'event', children: [{ code: 'S0101', name: '暴露垃圾' }] },
    ];
    assert.deepEqual(componentCategories(taxonomy), [{ code: 'B01', name: '公用设施', children: [{ code: 'B0101', name: '上水井盖' }] }]);
    assert.deepEqual(componentCategories(undefined), []);
  });

  test('a card names the status, 小类, units and says when a unit is not recorded; demo data is marked', () => {
    const p = { code: '1101120101000001', category: 'B0101', categoryName: '上水井盖', status: '完好', ownerUnit: '通州区自来水公司（示例）',
      maintainerUnit: '', gridCellCode: '110112106001001', surveyedOn: '2025-03-01', source: '示例数据' };
    assert.deepEqual(cardRows(p).slice(0, 4), [['状态', '完好'], ['小类', '上水井盖（B0101）'], ['权属单位', '通州区自来水公司（示例）'],
      ['养护单位', '未登记']]);
    assert.equal(isDemo(p), true);
    assert.equal(isDemo({ ...p, source: '2025年普查', ownerUnit: '水务局' }), false);
  });

  test('a history line reads when, what, the change and who or why', () => {
    const line = historyLine({ changedAt: 'T', kind: 'status', kindName: '状态变更', oldStatus: '丢失', newStatus: '完好',
      changedBy: 'zuoxi', note: '案件 TZ-20261208-00001 结案' }, (t) => `[${t}]`);
    assert.equal(line, '[T] 状态变更 丢失 → 完好（zuoxi，案件 TZ-20261208-00001 结案）');
    assert.equal(historyLine({ changedAt: 'T', kind: 'created', kindName: '新增', changedBy: '', note: '' }, (t) => t), 'T 新增');
  });
});

describe('the components legend', () => {
  test('marks each 大类 by a character and each status by a colour', () => {
    const { COMPONENT_LEGEND: legend, majorGlyph } = components;
    assert.deepEqual(legend.items.filter((i) => i.shape === 'glyph').map((i) => `${i.glyph}${i.label}`),
      ['公公用设施', '道道路交通', '市市容环境', '园园林绿化', '房房屋土地', '其其他设施']);
    assert.equal(majorGlyph('B0101'), '公');
    assert.equal(majorGlyph('B04'), '园');
    assert.equal(majorGlyph('B99'), '部');
  });
});
