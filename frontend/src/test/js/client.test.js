import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ApiClient } from '../../main/resources/META-INF/resources/js/api/client.js';
import {
  HttpError, NetworkError, RequestAbortedError, ResponseFormatError, describeError,
} from '../../main/resources/META-INF/resources/js/api/errors.js';
import { ApiUrls } from '../../main/resources/META-INF/resources/js/api/urls.js';

const urls = new ApiUrls('http://localhost:8080/');

function json(body, { status = 200, type = 'application/json' } = {}) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

function clientAnswering(answer) {
  const calls = [];
  const client = new ApiClient({
    urls,
    fetch: async (url, init) => {
      calls.push({ url, init });
      return answer(url, init);
    },
  });
  return { client, calls };
}

describe('ApiClient', () => {
  test('lists layers and reads the demo flag', async () => {
    const { client, calls } = clientAnswering(() =>
      json({ demo: true, layers: [{ id: 'admin', featureCount: 679 }] }));
    const catalogue = await client.listLayers();
    assert.equal(catalogue.demo, true);
    assert.deepEqual(catalogue.layers, [{ id: 'admin', featureCount: 679 }]);
    assert.equal(calls[0].url, 'http://localhost:8080/api/v1/layers');
    assert.match(calls[0].init.headers.Accept, /application\/json/);
  });

  test('demo is false unless the server says true', async () => {
    const { client } = clientAnswering(() => json({ layers: [] }));
    assert.equal((await client.listLayers()).demo, false);
  });

  test('fetches features with the query and passes the abort signal', async () => {
    const collection = { type: 'FeatureCollection', features: [], truncated: true };
    const { client, calls } = clientAnswering(() => json(collection, { type: 'application/geo+json' }));
    const controller = new AbortController();
    const answer = await client.getFeatures('grid', { bbox: [116, 39, 117, 40], limit: 10 },
      { signal: controller.signal });
    assert.deepEqual(answer, collection);
    assert.equal(calls[0].url, 'http://localhost:8080/api/v1/layers/grid?bbox=116,39,117,40&limit=10');
    assert.equal(calls[0].init.signal, controller.signal);
  });

  test('an unreachable server is a NetworkError', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('fetch failed');
    });
    const error = await client.listLayers().catch((e) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.url, 'http://localhost:8080/api/v1/layers');
    assert.equal(describeError(error), '无法连接服务器，请检查网络连接或稍后重试。');
  });

  test('an HTTP error carries status and problem detail', async () => {
    const problem = { type: 'about:blank', title: 'Not Found', status: 404, detail: "unknown layer 'x'" };
    const { client } = clientAnswering(() => json(problem, { status: 404, type: 'application/problem+json' }));
    const error = await client.getFeatures('x').catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 404);
    assert.deepEqual(error.problem, problem);
    assert.equal(describeError(error), "请求的数据不存在（HTTP 404）。详情：unknown layer 'x'");
  });

  test('an HTTP error without a JSON body still reports the status', async () => {
    const { client } = clientAnswering(() =>
      new Response('<html>Bad Gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } }));
    const error = await client.listLayers().catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.problem, null);
    assert.equal(describeError(error), '服务器内部错误（HTTP 502），请稍后重试。');
  });

  test('a body that is not JSON is a ResponseFormatError', async () => {
    const { client } = clientAnswering(() => new Response('<html></html>', { status: 200 }));
    const error = await client.listLayers().catch((e) => e);
    assert.ok(error instanceof ResponseFormatError);
  });

  test('JSON that is not a FeatureCollection is a ResponseFormatError', async () => {
    const { client } = clientAnswering(() => json({ type: 'Feature' }));
    await assert.rejects(client.getFeatures('roads'), ResponseFormatError);
  });

  test('an aborted request is a RequestAbortedError, not a network failure', async () => {
    const { client } = clientAnswering((url, init) => new Promise((resolve, reject) => {
      init.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    }));
    const controller = new AbortController();
    const pending = client.getFeatures('grid', {}, { signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, RequestAbortedError);
  });
});

describe('describeError', () => {
  test('server errors', () => {
    assert.equal(describeError(new HttpError(500, null)), '服务器内部错误（HTTP 500），请稍后重试。');
    assert.equal(describeError(new HttpError(503, { title: 'Service Unavailable' })),
      '服务暂时不可用（HTTP 503），请稍后重试。详情：Service Unavailable');
    assert.equal(describeError(new HttpError(400, { detail: 'bbox must have 4 numbers' })),
      '请求参数有误（HTTP 400）。详情：bbox must have 4 numbers');
  });

  test('anything else', () => {
    assert.equal(describeError(new Error('boom')), '页面出错：boom');
  });
});

describe('ApiClient writes', () => {
  test('POSTs JSON with the session cookie and no browser password dialog', async () => {
    const { client, calls } = clientAnswering(() => json({ id: 7 }, { status: 201 }));
    const answer = await client.postJson(urls.case(), { category: 'B0101' });
    assert.deepEqual(answer, { id: 7 });
    assert.equal(calls[0].url, 'http://localhost:8080/api/v1/cases');
    assert.equal(calls[0].init.method, 'POST');
    assert.equal(calls[0].init.credentials, 'same-origin');
    assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
    assert.equal(calls[0].init.headers['X-Requested-With'], 'XMLHttpRequest');
    assert.equal(calls[0].init.body, '{"category":"B0101"}');
  });

  test('a 409 problem is an HttpError with a Chinese explanation', async () => {
    const { client } = clientAnswering(() => json({ title: '冲突', detail: 'case 7 is closed' }, { status: 409, type: 'application/problem+json' }));
    const error = await client.postJson(urls.caseTransitions(7), { action: 'close' }).catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 409);
    assert.match(describeError(error), /案件状态已被他人更改.*case 7 is closed/);
  });
});

describe('ApiUrls of the workspace', () => {
  test('cases, describe, stats, hotspots and tiles', () => {
    assert.equal(urls.cases({ state: 'received,registered', bbox: [116, 39, 117, 40], category: '', limit: 50 }),
      'http://localhost:8080/api/v1/cases?state=received,registered&bbox=116,39,117,40&limit=50');
    assert.equal(urls.describe({ lon: 116.70000001, lat: 39.8 }), 'http://localhost:8080/api/v1/describe?lon=116.7&lat=39.8&crs=wgs84');
    assert.equal(urls.hotspots('gi-star'), 'http://localhost:8080/api/v1/hotspots/gi-star');
    assert.throws(() => urls.hotspots('../users'), TypeError);
    assert.throws(() => urls.case('1/../2'), TypeError);
    assert.equal(urls.tileCatalog(), 'http://localhost:8080/tiles/catalog');
    assert.equal(urls.tileJson(['heat']), 'http://localhost:8080/tiles/heat.json');
    assert.equal(urls.resolve('/api/v1/cases/1/photos/2'), 'http://localhost:8080/api/v1/cases/1/photos/2');
    assert.equal(urls.page('login'), 'http://localhost:8080/login');
  });
});
