import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  breaksOf, buildGeometry, importanceOrder, pageOf, rowAt, rowColors, rowProperties, tableColumns, worldPixel,
} from '../../main/resources/META-INF/resources/js/hotspots/compact.js';
import { GI_BINS } from '../../main/resources/META-INF/resources/js/hotspots/results.js';

const identity = ([lon, lat]) => [lat, lon];

describe('compact hotspot answers', () => {
  test('Web Mercator pixels at zoom 0 as Leaflet has them', () => {
    assert.deepEqual(worldPixel(0, 0), [128, 128]);
    const [x, y] = worldPixel(39.9, 116.7);
    assert.ok(Math.abs(x - (116.7 + 180) / 360 * 256) < 1e-9);
    assert.ok(y < 128 && y > 90);
  });

  test('rings are decoded from integer differences and indexed per row', async () => {
    // Row 0: a square 0.001° wide at (116.5, 39.8); row 1: no shape; row 2: a point.
    const shapes = {
      scale: 1000000, origin: [116, 39],
      parts: [[[500000, 800000, 1000, 0, 0, 1000, -1000, 0, 0, -1000]], [], [[600000, 900000]]],
    };
    const geometry = await buildGeometry(shapes, identity);
    assert.equal(geometry.rowRings.length, 4);
    assert.deepEqual([...geometry.rowRings], [0, 1, 1, 2]);
    assert.deepEqual([...geometry.rings], [0, 5, 6]);
    const [x0, y0] = worldPixel(39.8, 116.5);
    assert.ok(Math.abs(geometry.xy[0] - x0) < 1e-9 && Math.abs(geometry.xy[1] - y0) < 1e-9);
    const [x2, y2] = worldPixel(39.801, 116.501);
    assert.ok(Math.abs(geometry.xy[4] - x2) < 1e-9 && Math.abs(geometry.xy[5] - y2) < 1e-9);
    assert.ok(Number.isNaN(geometry.boxes[4]));
    // Hit tests: inside the square, outside it, on the point.
    const [cx, cy] = worldPixel(39.8005, 116.5005);
    assert.equal(rowAt(geometry, cx, cy), 0);
    const [ox, oy] = worldPixel(39.81, 116.52);
    assert.equal(rowAt(geometry, ox, oy), -1);
    const [px, py] = worldPixel(39.9, 116.6);
    assert.equal(rowAt(geometry, px, py, 1e-6), 2);
  });

  test('long answers are built in slices, yielding between them', async () => {
    const parts = Array.from({ length: 3000 }, (_, i) => [[i, 0, 10, 0, 0, 10, -10, 0, 0, -10]]);
    let clock = 0;
    let pauses = 0;
    const geometry = await buildGeometry({ scale: 1e6, origin: [116, 39], parts }, identity, {
      now: () => (clock += 30), sliceMs: 25, pause: async () => { pauses++; },
    });
    assert.equal(geometry.rowRings.length, 3001);
    assert.ok(pauses >= 10, `paused ${pauses} times`);
  });

  test('a cancelled build stops at the next slice', async () => {
    const parts = Array.from({ length: 3000 }, () => [[0, 0, 10, 0, 0, 10]]);
    const controller = new AbortController();
    let clock = 0;
    await assert.rejects(buildGeometry({ scale: 1e6, origin: [0, 0], parts }, identity, {
      now: () => (clock += 30), pause: async () => controller.abort(), signal: controller.signal,
    }), { name: 'AbortError' });
  });

  test('Gi* colours only significant cells and orders by |z|, hot and cold alike', () => {
    const columns = ['unitId', 'name', 'value', 'z', 'p', 'bin', 'label', 'neighbours'];
    const rows = [
      ['a', 'A', 0, 0.1, 0.9, 0, '不显著', 8],
      ['b', 'B', 9, 4.2, 0.00002, 3, '热点', 8],
      ['c', 'C', 0, -3.1, 0.002, -2, '冷点', 8],
      ['d', 'D', 0, null, null, 0, '不显著', 0],
      ['e', 'E', 5, 4.2, 0.00002, 3, '热点', 8],
    ];
    const { colors } = rowColors('gi-star', columns, rows);
    assert.deepEqual(colors, [null, GI_BINS[0].color, GI_BINS[5].color, null, GI_BINS[0].color]);
    // Equal |z|: the larger value first; no z (an isolated cell) last.
    assert.deepEqual(importanceOrder('gi-star', columns, rows), [1, 4, 2, 0, 3]);
    assert.deepEqual(tableColumns('gi-star', columns), ['unitId', 'name', 'value', 'z', 'p', 'bin', 'neighbours']);
    assert.deepEqual(rowProperties(columns, rows[1]).bin, 3);
  });

  test('kernel density by density, not by raster row, in five classes', () => {
    const columns = ['unitId', 'column', 'row', 'density'];
    const rows = [['0_0', 0, 0, 0.5], ['1_0', 1, 0, 12], ['0_1', 0, 1, 3]];
    assert.deepEqual(importanceOrder('kernel-density', columns, rows), [1, 2, 0]);
    assert.deepEqual(tableColumns('kernel-density', columns), ['unitId', 'density']);
    const { colors, breaks } = rowColors('kernel-density', columns, rows);
    assert.equal(breaks.length, 6);
    assert.equal(breaks[0], 0.5);
    assert.equal(breaks[5], 12);
    assert.ok(colors.every(Boolean));
    assert.notEqual(colors[0], colors[1]);
    assert.deepEqual(breaksOf([]), []);
  });

  test('emerging hot spots by how pressing the pattern is, then |z| of the last step', () => {
    const columns = ['unitId', 'pattern', 'zLast'];
    const rows = [
      ['a', 'no_pattern', 5],
      ['b', 'sporadic_hot_spot', 1],
      ['c', 'new_hot_spot', 2],
      ['d', 'intensifying_hot_spot', 1],
      ['e', 'new_hot_spot', -3],
      ['f', 'new_cold_spot', 3],
    ];
    assert.deepEqual(importanceOrder('emerging', columns, rows), [3, 4, 2, 1, 5, 0]);
    const { colors } = rowColors('emerging', columns, rows);
    assert.equal(colors[0], null);
    assert.ok(colors.slice(1).every(Boolean));
  });

  test('pages of fifty, clamped', () => {
    const order = Array.from({ length: 27397 }, (_, i) => i);
    const first = pageOf(order, 0);
    assert.equal(first.pages, 548);
    assert.deepEqual(first.indexes.slice(0, 2), [0, 1]);
    assert.equal(first.indexes.length, 50);
    const last = pageOf(order, 999);
    assert.equal(last.page, 547);
    assert.equal(last.indexes.length, 27397 - 547 * 50);
    assert.equal(pageOf(order, -3).page, 0);
    assert.deepEqual(pageOf([], 0), { indexes: [], page: 0, pages: 1 });
  });
});
