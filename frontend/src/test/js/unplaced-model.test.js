import { test } from 'node:test';
import assert from 'node:assert/strict';
import { badgeTitle, candidateLabel, checkDiscardReason, choices, placeRequest } from '../../main/resources/META-INF/resources/js/unplaced/unplaced-model.js';

test('candidates are numbered from 1 with their radius in metres', () => {
  assert.equal(candidateLabel({ uncertaintyMetres: 3.4 }, 0), '候选 1：约 3 米范围');
  assert.equal(candidateLabel({ uncertaintyMetres: 812.6 }, 1), '候选 2：半径约 813 米范围');
  const report = { candidates: [{ lon: 116.7, lat: 39.7, uncertaintyMetres: 2 }, { lon: 116.8, lat: 39.8, uncertaintyMetres: 4 }] };
  assert.deepEqual(choices(report).map((c) => [c.id, c.lon]), [['c0', 116.7], ['c1', 116.8]]);
  assert.deepEqual(choices({ candidates: [] }), []);
});

test('a place request needs a chosen point and says its datum', () => {
  assert.deepEqual(placeRequest({ lon: 116.7, lat: 39.7 }), { lon: 116.7, lat: 39.7, crs: 'wgs84' });
  assert.throws(() => placeRequest(null), /请先选择定位点/);
  assert.throws(() => placeRequest({ lon: Number.NaN, lat: 39 }), /请先选择定位点/);
});

test('a discard reason is required, bounded and free of control characters', () => {
  assert.deepEqual(checkDiscardReason('  重复来电 '), { ok: true, reason: '重复来电' });
  assert.equal(checkDiscardReason('').message, '请填写作废原因');
  assert.equal(checkDiscardReason('x'.repeat(501)).message, '作废原因最多 500 个字');
  assert.equal(checkDiscardReason('a\u0007b').message, '作废原因不能含控制字符');
  assert.match(badgeTitle(3), /^待定位 3 件/);
});
