import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiUrls } from '../../main/resources/META-INF/resources/js/api/urls.js';

describe('ApiUrls', () => {
  const urls = new ApiUrls('http://localhost:8080/');

  test('layer catalogue', () => {
    assert.equal(urls.layers(), 'http://localhost:8080/api/v1/layers');
  });

  test('a whole layer has no query', () => {
    assert.equal(urls.layer('roads'), 'http://localhost:8080/api/v1/layers/roads');
  });

  test('admin level with limit', () => {
    assert.equal(
      urls.layer('admin', { level: 'township', limit: 200 }),
      'http://localhost:8080/api/v1/layers/admin?level=township&limit=200',
    );
  });

  test('bbox keeps its commas readable', () => {
    assert.equal(
      urls.layer('admin', { bbox: [116.6, 39.7, 116.8, 39.9], level: 'village', limit: 2000 }),
      'http://localhost:8080/api/v1/layers/admin?bbox=116.6,39.7,116.8,39.9&level=village&limit=2000',
    );
  });

  test('null and undefined parameters are left out', () => {
    assert.equal(
      urls.layer('grid', { bbox: null, level: undefined, limit: 5000 }),
      'http://localhost:8080/api/v1/layers/grid?limit=5000',
    );
  });

  test('relative to the page, so a context path is kept', () => {
    const nested = new ApiUrls('https://example.org/luodian/index.html');
    assert.equal(nested.layers(), 'https://example.org/luodian/api/v1/layers');
    assert.equal(nested.layer('grid'), 'https://example.org/luodian/api/v1/layers/grid');
  });

  test('rejects bad arguments before any request', () => {
    assert.throws(() => urls.layer('../secret'), TypeError);
    assert.throws(() => urls.layer(''), TypeError);
    assert.throws(() => urls.layer('roads', { level: 'township' }), TypeError);
    assert.throws(() => urls.layer('admin', { level: 'province' }), TypeError);
    assert.throws(() => urls.layer('roads', { limit: 0 }), TypeError);
    assert.throws(() => urls.layer('roads', { limit: 2.5 }), TypeError);
  });
});
