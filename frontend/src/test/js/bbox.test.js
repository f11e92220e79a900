import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  WORLD, bboxContains, clampBbox, formatBbox, padBbox,
} from '../../main/resources/META-INF/resources/js/geo/bbox.js';

describe('formatBbox', () => {
  const cases = [
    ['plain degrees', [116.6, 39.7, 116.8, 39.9], '116.6,39.7,116.8,39.9'],
    ['integers', [116, 39, 117, 40], '116,39,117,40'],
    ['floating noise does not round 116.7 down', [116.7, 39.82, 116.9, 40], '116.7,39.82,116.9,40'],
    ['rounds outwards at 6 decimals',
      [116.12345649, 39.12345649, 116.12345651, 39.12345651], '116.123456,39.123456,116.123457,39.123457'],
    ['clamps a zoomed-out view to the world', [-200, -95, 200, 95], '-180,-90,180,90'],
    ['negative coordinates', [-0.5, -10.25, 0.5, 10.25], '-0.5,-10.25,0.5,10.25'],
  ];
  for (const [name, bbox, expected] of cases) {
    test(name, () => assert.equal(formatBbox(bbox), expected));
  }

  test('fewer decimals when asked', () => {
    assert.equal(formatBbox([116.71, 39.81, 116.79, 39.89], 1), '116.7,39.8,116.8,39.9');
  });

  test('rejects what is not a bbox', () => {
    assert.throws(() => formatBbox([1, 2, 3]), TypeError);
    assert.throws(() => formatBbox([1, 2, 3, Number.NaN]), TypeError);
    assert.throws(() => formatBbox('116,39,117,40'), TypeError);
    assert.throws(() => formatBbox([117, 39, 116, 40]), RangeError);
  });
});

describe('padBbox', () => {
  test('grows by the ratio of width and height on each side', () => {
    assert.deepEqual(padBbox([116, 39, 117, 40], 0.25), [115.75, 38.75, 117.25, 40.25]);
  });

  test('ratio 0 keeps the box', () => {
    assert.deepEqual(padBbox([116, 39, 117, 40], 0), [116, 39, 117, 40]);
  });

  test('never leaves the world', () => {
    assert.deepEqual(padBbox([-179, -89, 179, 89], 0.5), [...WORLD]);
  });
});

describe('bboxContains', () => {
  const outer = [116, 39, 117, 40];
  test('inside and touching edges', () => {
    assert.equal(bboxContains(outer, [116.2, 39.2, 116.8, 39.8]), true);
    assert.equal(bboxContains(outer, outer), true);
  });
  test('crossing any edge', () => {
    assert.equal(bboxContains(outer, [115.9, 39.2, 116.8, 39.8]), false);
    assert.equal(bboxContains(outer, [116.2, 38.9, 116.8, 39.8]), false);
    assert.equal(bboxContains(outer, [116.2, 39.2, 117.1, 39.8]), false);
    assert.equal(bboxContains(outer, [116.2, 39.2, 116.8, 40.1]), false);
  });
  test('the world contains everything', () => {
    assert.equal(bboxContains(WORLD, [-180, -90, 180, 90]), true);
  });
});

test('clampBbox limits longitude and latitude separately', () => {
  assert.deepEqual(clampBbox([-190, -91, 116, 40]), [-180, -90, 116, 40]);
});
