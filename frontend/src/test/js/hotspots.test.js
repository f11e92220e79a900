import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hotspotRequest } from '../../main/resources/META-INF/resources/js/hotspots/request.js';
import { colorFor, densityBreaks, GI_BINS, legendFor, resultColumns, resultsToCsv } from '../../main/resources/META-INF/resources/js/hotspots/results.js';
import { catalogSources, tileTemplate, tileZooms } from '../../main/resources/META-INF/resources/js/layers/tile-catalog.js';

describe('hotspot request', () => {
  test('Gi* on grid cells with a distance band', () => {
    const answer = hotspotRequest({ method: 'gi-star', units: 'grid', neighbours: 'band', distanceBandMetres: '500', weights: 'binary', fdr: true, filter: { category: 'B01', state: '' } });
    assert.deepEqual(answer, { ok: true, method: 'gi-star', body: { filter: { category: 'B01' }, units: 'grid', distanceBandMetres: 500, weights: 'binary', fdr: true } });
  });
  test('H3 needs a resolution, knn a k, kernel density a bandwidth', () => {
    assert.match(hotspotRequest({ method: 'gi-star', units: 'h3', h3Resolution: '15' }).reason, /H3 分辨率/);
    assert.deepEqual(hotspotRequest({ method: 'local-moran', units: 'h3', h3Resolution: '8', neighbours: 'knn', k: '8', weights: 'row' }).body,
      { filter: {}, units: 'h3', h3Resolution: 8, k: 8, weights: 'row', permutations: 999, seed: 42 });
    assert.match(hotspotRequest({ method: 'kernel-density', units: 'grid', bandwidthMetres: '0' }).reason, /带宽/);
    assert.match(hotspotRequest({ method: 'gi-star', units: 'grid', distanceBandMetres: '100000' }).reason, /距离阈值/);
    assert.equal(hotspotRequest({ method: 'nope' }).ok, false);
  });
});

describe('hotspot results', () => {
  test('Gi* bins colour and legend', () => {
    assert.equal(colorFor('gi-star', { bin: 3 }), '#d62f27');
    assert.equal(colorFor('gi-star', { bin: -2 }), '#849eba');
    assert.equal(legendFor('gi-star').length, GI_BINS.length);
    assert.equal(legendFor('gi-star')[0].label, '热点 99% 置信度');
  });
  test('Local Moran: only significant quadrants are coloured', () => {
    assert.equal(colorFor('local-moran', { quadrant: 'HH', p: 0.01 }), '#d62f27');
    assert.equal(colorFor('local-moran', { quadrant: 'HH', p: 0.2 }), '#f2f0e6');
  });
  test('density classes', () => {
    const features = [0, 10, 20, 50].map((v) => ({ properties: { density: v } }));
    const breaks = densityBreaks(features);
    assert.deepEqual(breaks, [0, 10, 20, 30, 40, 50]);
    assert.equal(colorFor('kernel-density', { density: 50 }, breaks), '#7f2704');
    assert.equal(colorFor('kernel-density', { density: 0 }, breaks), '#fff5eb');
  });
  test('table columns and CSV', () => {
    const features = [{ properties: { bin: 3, unitId: 'g1', z: 2.9, extra: 'x', nested: { a: 1 } } }];
    assert.deepEqual(resultColumns(features), ['unitId', 'z', 'bin', 'extra']);
    assert.equal(resultsToCsv(features), '\uFEFF单元,z 得分,置信区间,extra\r\ng1,2.9,3,x\r\n');
  });
});

describe('tile catalog', () => {
  test('reads the shapes tile servers use', () => {
    assert.deepEqual([...catalogSources({ tiles: { basemap: { content_type: 'image/png' }, roads: {} } }).keys()], ['basemap', 'roads']);
    assert.deepEqual([...catalogSources({ sources: [{ id: 'heat' }, 'hotspots'] }).keys()], ['heat', 'hotspots']);
    assert.deepEqual([...catalogSources(['admin']).keys()], ['admin']);
    assert.equal(catalogSources(null).size, 0);
  });
  test('template from a TileJSON, relative or absolute, with crs for GCJ-02 base maps', () => {
    const page = 'http://localhost:8080/tiles/basemap.json';
    assert.equal(tileTemplate({ tiles: ['/tiles/basemap/{z}/{x}/{y}.png'] }, page), 'http://localhost:8080/tiles/basemap/{z}/{x}/{y}.png');
    assert.equal(tileTemplate({ tiles: ['http://t.example/h/{z}/{x}/{y}.png?v=2'] }, page, { crs: 'gcj02' }), 'http://t.example/h/{z}/{x}/{y}.png?v=2&crs=gcj02');
    assert.equal(tileTemplate({ tiles: [] }, page), null);
    assert.deepEqual(tileZooms({ minzoom: 8, maxzoom: 16 }), { minZoom: 8, maxNativeZoom: 16 });
  });
});

describe('hotspot results in Chinese', () => {
  test('emerging patterns are read whole and named, cold spots as cold', async () => {
    const { emergingLabel, emergingPattern, colorFor } = await import('../../main/resources/META-INF/resources/js/hotspots/results.js');
    assert.equal(emergingLabel('sporadic_hot_spot'), '零星热点');
    assert.equal(emergingLabel('persistent_cold_spot'), '持续冷点');
    assert.equal(emergingLabel('no_pattern'), '无模式');
    assert.deepEqual(emergingPattern('new_hot_spot'), { kind: 'new', cold: false });
    assert.notEqual(colorFor('emerging', { pattern: 'new_hot_spot' }), '#f2f0e6');
    assert.equal(colorFor('emerging', { pattern: 'new_cold_spot' }), '#6b8fc2');
  });
  test('cells, parameters and columns are named; rows by |z|, else density', async () => {
    const { cellText, parametersLine, byImportance, COLUMN_LABELS } = await import('../../main/resources/META-INF/resources/js/hotspots/results.js');
    assert.equal(cellText('quadrant', 'HH'), '高-高聚集');
    assert.equal(cellText('bin', 3), '热点 99% 置信度');
    assert.equal(cellText('includeSelf', true), '是');
    assert.equal(cellText('z', 1.234567), '1.2346');
    assert.equal(cellText('method', 'gi-star'), '热点分析（Gi* 统计量）');
    assert.equal(parametersLine({ units: 'grid', crs: 'EPSG:4548', weights: 'row', filter: { a: 1 } }),
      '分析单元：单元网格；坐标系：EPSG:4548；权重：行标准化');
    for (const key of ['label', 'neighbours', 'column', 'row', 'coldSteps', 'hotSteps', 'trendP', 'trendZ', 'pseudoP']) {
      assert.ok(/[\u4e00-\u9fff]/.test(COLUMN_LABELS[key]), key);
    }
    const rows = byImportance([{ properties: { z: 0 } }, { properties: { z: -3 } }, { properties: { z: 2 } }]);
    assert.deepEqual(rows.map((f) => f.properties.z), [-3, 2, 0]);
    const density = byImportance([{ properties: { density: 1 } }, { properties: { density: 5 } }]);
    assert.deepEqual(density.map((f) => f.properties.density), [5, 1]);
  });
});
