import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ViewLoader } from '../../main/resources/META-INF/resources/js/layers/view-loader.js';
import { FakeTimers } from './fake-timers.js';

// Views used below; padRatio 0.5 turns the view [116, 39, 117, 40] into [115.5, 38.5, 117.5, 40.5].
const VIEW = [116, 39, 117, 40];
const PADDED = [115.5, 38.5, 117.5, 40.5];
const NUDGED = [116.2, 39.2, 117.2, 40.2]; // inside PADDED
const FAR = [118, 39, 119, 40]; // outside PADDED

const collection = (extra = {}) => ({ type: 'FeatureCollection', features: [], ...extra });
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** A ViewLoader whose loads wait until the test resolves or rejects them. */
function harness(options = {}) {
  const timers = new FakeTimers();
  const loads = [];
  const data = [];
  const errors = [];
  const visibility = [];
  const loader = new ViewLoader({
    timers,
    debounceMs: 300,
    padRatio: 0.5,
    ...options,
    load: (bbox, signal) => new Promise((resolve, reject) => loads.push({ bbox, signal, resolve, reject })),
    onData: (c) => data.push(c),
    onError: (e) => errors.push(e),
    onVisibility: (v) => visibility.push(v),
  });
  return { loader, timers, loads, data, errors, visibility };
}

describe('ViewLoader, whole layer', () => {
  test('loads once without bbox, whatever the view does later', async () => {
    const h = harness();
    const done = h.loader.refresh({ bbox: VIEW, zoom: 11 });
    assert.equal(h.loads.length, 1);
    assert.equal(h.loads[0].bbox, null);
    h.loads[0].resolve(collection({ truncated: true }));
    await done;
    assert.equal(h.data.length, 1);
    await h.loader.refresh({ bbox: FAR, zoom: 16 });
    assert.equal(h.loads.length, 1);
  });
});

describe('ViewLoader, bbox layer', () => {
  test('hidden below minZoom, loads the padded view from minZoom on', async () => {
    const h = harness({ byBbox: true, minZoom: 13 });
    await h.loader.refresh({ bbox: VIEW, zoom: 12 });
    assert.deepEqual(h.visibility, [false]);
    assert.equal(h.loads.length, 0);

    const done = h.loader.refresh({ bbox: VIEW, zoom: 13 });
    assert.deepEqual(h.visibility, [false, true]);
    assert.deepEqual(h.loads[0].bbox, PADDED);
    h.loads[0].resolve(collection());
    await done;
    assert.equal(h.data.length, 1);
  });

  test('a move inside the loaded area needs no request; leaving it does', async () => {
    const h = harness({ byBbox: true });
    const first = h.loader.refresh({ bbox: VIEW, zoom: 15 });
    h.loads[0].resolve(collection());
    await first;
    await h.loader.refresh({ bbox: NUDGED, zoom: 15 });
    assert.equal(h.loads.length, 1);
    h.loader.refresh({ bbox: FAR, zoom: 15 });
    assert.equal(h.loads.length, 2);
  });

  test('a truncated answer is loaded again after any move', async () => {
    const h = harness({ byBbox: true });
    const first = h.loader.refresh({ bbox: VIEW, zoom: 15 });
    h.loads[0].resolve(collection({ truncated: true }));
    await first;
    h.loader.refresh({ bbox: NUDGED, zoom: 16 });
    assert.equal(h.loads.length, 2);
  });

  test('moves are debounced into one load with the last view', async () => {
    const h = harness({ byBbox: true });
    h.loader.viewChanged({ bbox: VIEW, zoom: 15 });
    h.timers.advance(100);
    h.loader.viewChanged({ bbox: [117, 39, 118, 40], zoom: 15 });
    h.timers.advance(100);
    h.loader.viewChanged({ bbox: FAR, zoom: 15 });
    h.timers.advance(299);
    assert.equal(h.loads.length, 0);
    h.timers.advance(1);
    assert.equal(h.loads.length, 1);
    assert.deepEqual(h.loads[0].bbox, [117.5, 38.5, 119.5, 40.5]);
  });

  test('a newer view aborts the running request and its late answer is dropped', async () => {
    const h = harness({ byBbox: true });
    const stale = h.loader.refresh({ bbox: VIEW, zoom: 15 });
    const current = h.loader.refresh({ bbox: FAR, zoom: 15 });
    assert.equal(h.loads.length, 2);
    assert.equal(h.loads[0].signal.aborted, true);
    assert.equal(h.loads[1].signal.aborted, false);

    h.loads[1].resolve(collection({ name: 'far' }));
    h.loads[0].resolve(collection({ name: 'stale' }));
    await Promise.all([stale, current]);
    assert.deepEqual(h.data.map((c) => c.name), ['far']);
  });

  test('a move inside the area being loaded does not restart the request', () => {
    const h = harness({ byBbox: true });
    h.loader.refresh({ bbox: VIEW, zoom: 15 });
    h.loader.refresh({ bbox: NUDGED, zoom: 15 });
    assert.equal(h.loads.length, 1);
    assert.equal(h.loads[0].signal.aborted, false);
  });

  test('zooming out below minZoom aborts the running request', async () => {
    const h = harness({ byBbox: true, minZoom: 15 });
    h.loader.refresh({ bbox: VIEW, zoom: 15 });
    await h.loader.refresh({ bbox: VIEW, zoom: 14 });
    assert.equal(h.loads[0].signal.aborted, true);
    assert.deepEqual(h.visibility, [true, false]);
  });

  test('cancel drops a pending move and aborts the request', async () => {
    const h = harness({ byBbox: true });
    h.loader.refresh({ bbox: VIEW, zoom: 15 });
    h.loader.viewChanged({ bbox: FAR, zoom: 15 });
    h.loader.cancel();
    h.timers.advance(1000);
    assert.equal(h.loads.length, 1);
    assert.equal(h.loads[0].signal.aborted, true);
  });

  test('invalidate loads the same view again', async () => {
    const h = harness({ byBbox: true });
    const first = h.loader.refresh({ bbox: VIEW, zoom: 15 });
    h.loads[0].resolve(collection());
    await first;
    h.loader.invalidate();
    h.loader.refresh({ bbox: VIEW, zoom: 15 });
    assert.equal(h.loads.length, 2);
  });
});

describe('ViewLoader errors', () => {
  test('a failed load is reported and retried on the next move', async () => {
    const h = harness({ byBbox: true });
    const first = h.loader.refresh({ bbox: VIEW, zoom: 15 });
    const failure = new Error('HTTP 500');
    h.loads[0].reject(failure);
    await first;
    assert.deepEqual(h.errors, [failure]);
    assert.equal(h.data.length, 0);
    h.loader.refresh({ bbox: NUDGED, zoom: 15 });
    assert.equal(h.loads.length, 2);
  });

  test('an aborted load is not an error', async () => {
    const h = harness({ byBbox: true });
    const first = h.loader.refresh({ bbox: VIEW, zoom: 15 });
    h.loader.refresh({ bbox: FAR, zoom: 15 });
    const abort = new Error('aborted');
    abort.name = 'RequestAbortedError';
    h.loads[0].reject(abort);
    await first;
    await settle();
    assert.deepEqual(h.errors, []);
  });
});
