import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseCoordinates } from '../../main/resources/META-INF/resources/js/geo/coordinate-input.js';

describe('parseCoordinates', () => {
  test('longitude, latitude with an ASCII or Chinese comma', () => {
    assert.deepEqual(parseCoordinates('116.6563, 39.9051'), { ok: true, lon: 116.6563, lat: 39.9051, swapped: false });
    assert.deepEqual(parseCoordinates('116.6563，39.9051'), { ok: true, lon: 116.6563, lat: 39.9051, swapped: false });
  });
  test('latitude first is recognised by the ranges', () => {
    assert.deepEqual(parseCoordinates('39.9051 116.6563'), { ok: true, lon: 116.6563, lat: 39.9051, swapped: true });
  });
  test('degrees, minutes, seconds with hemispheres', () => {
    const answer = parseCoordinates('39°54\'18"N 116°39\'22.68"E');
    assert.equal(answer.ok, true);
    assert.equal(answer.swapped, true);
    assert.ok(Math.abs(answer.lon - 116.6563) < 1e-4 && Math.abs(answer.lat - 39.905) < 1e-4);
  });
  test('projected coordinates and garbage are refused in Chinese', () => {
    assert.match(parseCoordinates('500000, 4400000').reason, /超出经纬度范围/);
    assert.match(parseCoordinates('通州').reason, /无法识别/);
    assert.match(parseCoordinates('').reason, /请输入/);
    assert.match(parseCoordinates('2.35, 48.85').reason, /不在中国境内/);
    assert.match(parseCoordinates('1, 2, 3').reason, /两个数/);
  });
});
