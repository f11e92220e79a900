import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CompactAnalysis } from '../../main/resources/META-INF/resources/js/hotspots/compact-analysis.js';
import { worldPixel } from '../../main/resources/META-INF/resources/js/hotspots/compact.js';
import { fromWgs84 } from '../../main/resources/META-INF/resources/js/geo/china-datum.js';

// Three Gi* rows: a hot spot, a cell that is not significant, a cold spot (stronger |z|).
const answer = {
  columns: ['unitId', 'name', 'value', 'z', 'p', 'bin'],
  rows: [['a', '甲', 5, 2.2, 0.03, 2], ['b', '乙', 1, 0.1, 0.9, 0], ['c', '丙', 0, -3.1, 0.002, -3]],
  shapes: { scale: 1000000, origin: [116, 39], parts: [[[700000, 800000]], [[710000, 800000]], [[720000, 800000]]] },
  parameters: { units: 'grid' },
};

test('the summary colours the significant rows only and shapes only those', async () => {
  const { summary } = await CompactAnalysis.prepare('gi-star', answer, 'wgs84');
  assert.equal(summary.rowCount, 3);
  assert.deepEqual(summary.columns, answer.columns);
  assert.deepEqual(summary.parameters, { units: 'grid' });
  assert.ok(summary.colors[0] && summary.colors[2]);
  assert.equal(summary.colors[1], null);
  assert.ok(Number.isNaN(summary.geometry.boxes[4]), 'the uncoloured row keeps no shape');
  const [x, y] = worldPixel(39.8, 116.7);
  assert.ok(Math.abs(summary.geometry.xy[0] - x) < 1e-9 && Math.abs(summary.geometry.xy[1] - y) < 1e-9);
});

test('shapes are shifted into the display datum (GCJ-02 under Amap)', async () => {
  const { summary } = await CompactAnalysis.prepare('gi-star', answer, 'gcj02');
  const [lon, lat] = fromWgs84([116.7, 39.8], 'gcj02');
  const [x, y] = worldPixel(lat, lon);
  assert.ok(Math.abs(summary.geometry.xy[0] - x) < 1e-9 && Math.abs(summary.geometry.xy[1] - y) < 1e-9);
});

test('the table pages run by |z|, strongest first; rows and CSV come from the kept answer', async () => {
  const { analysis } = await CompactAnalysis.prepare('gi-star', answer, 'wgs84');
  const first = analysis.page(0);
  assert.deepEqual(first.rows.map((r) => r.unitId), ['c', 'a', 'b']);
  assert.equal(first.pages, 1);
  assert.equal(analysis.page(7).page, 0, 'a page past the end is clamped');
  assert.deepEqual(analysis.row(1), { unitId: 'b', name: '乙', value: 1, z: 0.1, p: 0.9, bin: 0 });
  assert.equal(analysis.row(9), null);
  const lines = analysis.csv().trim().split('\r\n');
  assert.equal(lines.length, 4);
  assert.ok(lines[1].startsWith('c,'), lines[1]);
});

test('an answer without rows prepares to an empty table', async () => {
  const { analysis, summary } = await CompactAnalysis.prepare('emerging', {}, 'wgs84');
  assert.equal(summary.rowCount, 0);
  assert.deepEqual(analysis.page(0).rows, []);
});
