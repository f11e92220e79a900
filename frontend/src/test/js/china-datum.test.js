import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  fromWgs84, gcj02ToWgs84, isOutsideChina, toWgs84, wgs84ToGcj02,
} from '../../main/resources/META-INF/resources/js/geo/china-datum.js';

// Reference values from geo-data's ChinaOffsets (Java) for WGS-84 116.7, 39.8.
const WGS = [116.7, 39.8];
const GCJ = [116.7059910647, 39.8011758720];
const BD = [116.7125876962, 39.8068370606];

function near(actual, expected, tolerance = 1e-9) {
  assert.ok(Math.abs(actual[0] - expected[0]) < tolerance && Math.abs(actual[1] - expected[1]) < tolerance,
    `${actual} is not within ${tolerance} of ${expected}`);
}

describe('china-datum', () => {
  test('WGS-84 to GCJ-02 agrees with the server', () => near(wgs84ToGcj02(WGS), GCJ));
  test('GCJ-02 back to WGS-84 to 0.1 mm', () => near(gcj02ToWgs84(GCJ), WGS, 2e-9));
  test('BD-09 from and to WGS-84', () => {
    near(fromWgs84(WGS, 'bd09'), BD);
    near(toWgs84(BD, 'bd09'), WGS, 2e-9);
  });
  test('CGCS2000 is taken as WGS-84', () => assert.deepEqual(toWgs84(WGS, 'cgcs2000'), WGS));
  test('no shift outside China', () => {
    assert.equal(isOutsideChina([2.35, 48.85]), true);
    assert.deepEqual(wgs84ToGcj02([2.35, 48.85]), [2.35, 48.85]);
  });
  test('an unknown datum is an error', () => assert.throws(() => toWgs84(WGS, 'utm'), RangeError));
});
