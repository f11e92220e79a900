import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LatestRequest } from '../../main/resources/META-INF/resources/js/async/latest-request.js';

test('starting a request aborts the one before', () => {
  const latest = new LatestRequest();
  const first = latest.start();
  const second = latest.start();
  assert.equal(first.aborted, true);
  assert.equal(second.aborted, false);
  assert.equal(latest.isCurrent(first), false);
  assert.equal(latest.isCurrent(second), true);
});

test('finish forgets the request, so cancel has nothing to abort', () => {
  const latest = new LatestRequest();
  const signal = latest.start();
  assert.equal(latest.running, true);
  latest.finish(signal);
  assert.equal(latest.running, false);
  latest.cancel();
  assert.equal(signal.aborted, false);
});

test('finishing a stale request leaves the current one running', () => {
  const latest = new LatestRequest();
  const stale = latest.start();
  const current = latest.start();
  latest.finish(stale);
  assert.equal(latest.isCurrent(current), true);
});

test('cancel aborts the running request', () => {
  const latest = new LatestRequest();
  const signal = latest.start();
  latest.cancel();
  assert.equal(signal.aborted, true);
  assert.equal(latest.isCurrent(signal), false);
  assert.equal(latest.running, false);
});
