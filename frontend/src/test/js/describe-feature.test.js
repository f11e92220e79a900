import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  describeFeature, featureLabel, townshipKind,
} from '../../main/resources/META-INF/resources/js/layers/describe-feature.js';

describe('describeFeature', () => {
  test('township: name, level, kind from the code, code and parent', () => {
    const text = describeFeature({ layer: 'admin', level: 'township' },
      { code: '110112106', name: '漷县镇', level: 'township', parentCode: '110112' });
    assert.deepEqual(text, {
      title: '漷县镇',
      subtitle: '乡镇/街道',
      rows: [
        ['名称', '漷县镇'],
        ['级别', '乡镇/街道'],
        ['类别', '镇'],
        ['代码', '110112106'],
        ['上级代码', '110112'],
      ],
    });
  });

  test('village and district have no kind row; the district has no parent row when none is given', () => {
    const village = describeFeature({ layer: 'admin', level: 'village' },
      { code: '110112106213', name: '长凌营村', level: 'village', parentCode: '110112106' });
    assert.deepEqual(village.rows.map(([label]) => label), ['名称', '级别', '代码', '上级代码']);
    const district = describeFeature({ layer: 'admin', level: 'district' },
      { code: '110112', name: '通州区', level: 'district', parentCode: null });
    assert.deepEqual(district.rows, [['名称', '通州区'], ['级别', '区'], ['代码', '110112']]);
  });

  test('road: Chinese class with its id, and the ref when there is one', () => {
    const text = describeFeature({ layer: 'roads' }, { name: '京哈高速', class: 'motorway', ref: 'G1' });
    assert.equal(text.title, '京哈高速');
    assert.equal(text.subtitle, '道路');
    assert.deepEqual(text.rows, [['名称', '京哈高速'], ['类别', '高速公路（motorway）'], ['编号', 'G1']]);
  });

  test('unnamed road and unknown class', () => {
    const text = describeFeature({ layer: 'roads' }, { name: '', class: 'trunk_link', ref: null });
    assert.equal(text.title, '无名道路');
    assert.deepEqual(text.rows, [['名称', '（无名称）'], ['类别', '快速路（trunk_link）']]);
    const odd = describeFeature({ layer: 'roads' }, { name: '某路', class: 'bridleway' });
    assert.deepEqual(odd.rows[1], ['类别', 'bridleway']);
  });

  test('waterway and landmark', () => {
    assert.deepEqual(describeFeature({ layer: 'waterways' }, { name: '北运河', class: 'river' }).rows,
      [['名称', '北运河'], ['类别', '河流（river）']]);
    assert.deepEqual(describeFeature({ layer: 'landmarks' }, { name: '通州区政府', type: 'building' }).rows,
      [['名称', '通州区政府'], ['类型', '建筑（building）']]);
  });

  test('grid cell: its 15-digit code and village', () => {
    const text = describeFeature({ layer: 'grid' }, { code: '110112106213001', villageCode: '110112106213' });
    assert.equal(text.title, '单元网格 110112106213001');
    assert.deepEqual(text.rows, [['网格编码', '110112106213001'], ['所属村/社区代码', '110112106213']]);
  });

  test('missing properties give dashes, not "undefined"', () => {
    const text = describeFeature({ layer: 'admin', level: 'village' }, null);
    assert.equal(text.title, '（无名称）');
    assert.ok(text.rows.every(([, value]) => !String(value).includes('undefined')));
    assert.deepEqual(text.rows.find(([label]) => label === '代码'), ['代码', '—']);
  });
});

test('townshipKind reads 0xx 街道, 1xx 镇, 2xx 乡', () => {
  assert.equal(townshipKind('110112001'), '街道');
  assert.equal(townshipKind('110112106'), '镇');
  assert.equal(townshipKind('110112209'), '乡');
  assert.equal(townshipKind('110112400'), null);
  assert.equal(townshipKind('110112'), null);
  assert.equal(townshipKind(110112106), null);
});

test('featureLabel is the trimmed name', () => {
  assert.equal(featureLabel({ name: ' 永顺镇 ' }), '永顺镇');
  assert.equal(featureLabel({}), '');
  assert.equal(featureLabel(null), '');
});
