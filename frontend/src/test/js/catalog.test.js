import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  OVERLAYS, availableOverlays, controlLabel,
} from '../../main/resources/META-INF/resources/js/layers/catalog.js';

test('the overlays of the first map page, with zoom rules', () => {
  const byKey = Object.fromEntries(OVERLAYS.map((def) => [def.key, def]));
  assert.deepEqual(OVERLAYS.map((def) => def.label),
    ['区界', '乡镇/街道', '村/社区', '单元网格', '水系', '道路', '地标']);
  assert.equal(byKey.village.minZoom, 13);
  assert.equal(byKey.village.byBbox, true);
  assert.equal(byKey.landmarks.minZoom, 14);
  assert.equal(byKey.grid.minZoom, 15);
  assert.equal(byKey.grid.byBbox, true);
  assert.equal(byKey.township.labelled, true);
  assert.equal(byKey.district.byBbox, false);
});

test('keys and pane stacking are unique', () => {
  assert.equal(new Set(OVERLAYS.map((def) => def.key)).size, OVERLAYS.length);
  assert.equal(new Set(OVERLAYS.map((def) => def.zIndex)).size, OVERLAYS.length);
});

test('only layers the server lists with features', () => {
  const catalogue = {
    demo: true,
    layers: [{ id: 'admin', featureCount: 679 }, { id: 'roads', featureCount: 0 }, { id: 'grid' }],
  };
  assert.deepEqual(availableOverlays(catalogue).map((def) => def.key),
    ['district', 'township', 'village', 'grid']);
  assert.deepEqual(availableOverlays({ layers: [] }), []);
  assert.deepEqual(availableOverlays(null), []);
});

test('control labels say from which zoom an overlay shows', () => {
  const byKey = Object.fromEntries(OVERLAYS.map((def) => [def.key, def]));
  assert.equal(controlLabel(byKey.district), '区界');
  assert.equal(controlLabel(byKey.grid), '单元网格（15级起）');
});
