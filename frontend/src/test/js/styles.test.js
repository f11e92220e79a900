import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ROAD_STYLES, WATER_AREA, roadStyle, styleFor, waterwayStyle,
} from '../../main/resources/META-INF/resources/js/layers/styles.js';

const feature = (properties, type = 'LineString') => ({ type: 'Feature', properties, geometry: { type } });

describe('road styles', () => {
  test('motorways are the thickest roads, tracks the thinnest', () => {
    const weights = Object.keys(ROAD_STYLES).map((c) => roadStyle(c).weight);
    assert.equal(roadStyle('motorway').weight, Math.max(...weights));
    assert.equal(roadStyle('track').weight, Math.min(...weights));
  });

  test('weight never grows going down the classes', () => {
    const order = ['motorway', 'trunk', 'primary', 'secondary', 'tertiary', 'unclassified', 'residential', 'service'];
    const weights = order.map((c) => roadStyle(c).weight);
    assert.deepEqual(weights, [...weights].sort((a, b) => b - a));
  });

  test('links look like their class, case does not matter', () => {
    assert.equal(roadStyle('motorway_link').weight, roadStyle('motorway').weight);
    assert.equal(roadStyle('PRIMARY').color, roadStyle('primary').color);
  });

  test('unknown or missing classes fall back to a minor road', () => {
    assert.equal(roadStyle('bridleway').weight, roadStyle('unclassified').weight);
    assert.equal(roadStyle(undefined).weight, roadStyle('unclassified').weight);
  });

  test('tracks are dashed', () => {
    assert.ok(roadStyle('track').dashArray);
    assert.equal(roadStyle('primary').dashArray, undefined);
  });

  test('returns a copy, so a caller cannot change the table', () => {
    roadStyle('motorway').weight = 99;
    assert.equal(roadStyle('motorway').weight, ROAD_STYLES.motorway.weight);
  });
});

describe('waterway styles', () => {
  test('lines are blue and not filled; rivers are wider than ditches', () => {
    const river = waterwayStyle('river', 'LineString');
    assert.equal(river.fill, false);
    assert.match(river.color, /^#3b7fc4$/);
    assert.ok(river.weight > waterwayStyle('ditch', 'LineString').weight);
  });

  test('water areas are filled, by class or by polygon geometry', () => {
    assert.equal(waterwayStyle('water', 'Polygon').fill, true);
    assert.equal(waterwayStyle('river', 'MultiPolygon').fillColor, WATER_AREA.fillColor);
  });
});

describe('styleFor', () => {
  test('admin style by the overlay level', () => {
    const district = styleFor({ layer: 'admin', level: 'district' }, feature({}, 'Polygon'));
    const township = styleFor({ layer: 'admin', level: 'township' }, feature({}, 'Polygon'));
    assert.equal(district.fill, false);
    assert.ok(district.weight > township.weight);
  });

  test('dispatches by layer and class', () => {
    assert.deepEqual(styleFor({ layer: 'roads' }, feature({ class: 'motorway' })), roadStyle('motorway'));
    assert.equal(styleFor({ layer: 'waterways' }, feature({ class: 'water' }, 'Polygon')).fill, true);
    assert.equal(styleFor({ layer: 'grid' }, feature({ code: '1' }, 'Polygon')).fill, true);
    assert.ok(styleFor({ layer: 'landmarks' }, feature({ type: 'poi' }, 'Point')).radius > 0);
  });

  test('copes with features without properties', () => {
    assert.ok(styleFor({ layer: 'roads' }, { type: 'Feature', properties: null, geometry: null }).weight > 0);
  });
});
