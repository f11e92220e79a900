import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatViewHash, parseViewHash } from '../../main/resources/META-INF/resources/js/map/view-hash.js';

test('reads zoom, latitude and longitude', () => {
  assert.deepEqual(parseViewHash('#15/39.90512/116.6563'), { center: [39.90512, 116.6563], zoom: 15 });
  assert.deepEqual(parseViewHash('11/-33.9/-70.1'), { center: [-33.9, -70.1], zoom: 11 });
});

test('anything else is no view', () => {
  for (const hash of ['', '#', '#15/39.9', '#15/39.9/116.7/2', '#a/39.9/116.7', '#15/39.9/1e2',
    '#15.5/39.9/116.7', '#15/91/116.7', '#15/39.9/181', '#15/39.9/116.7x', null]) {
    assert.equal(parseViewHash(hash), null, String(hash));
  }
});

test('zoom outside the map limits is no view', () => {
  assert.equal(parseViewHash('#19/39.9/116.7', { minZoom: 8, maxZoom: 18 }), null);
  assert.equal(parseViewHash('#7/39.9/116.7', { minZoom: 8, maxZoom: 18 }), null);
  assert.notEqual(parseViewHash('#8/39.9/116.7', { minZoom: 8, maxZoom: 18 }), null);
});

test('formats with five decimals and reads back', () => {
  const hash = formatViewHash({ lat: 39.905123456, lng: 116.7 }, 15);
  assert.equal(hash, '#15/39.90512/116.70000');
  assert.deepEqual(parseViewHash(hash), { center: [39.90512, 116.7], zoom: 15 });
});
