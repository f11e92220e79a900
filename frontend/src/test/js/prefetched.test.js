import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Prefetched } from '../../main/resources/META-INF/resources/js/api/prefetched.js';

function fakeFetch() {
  const sent = [];
  const fetch = (url, init) => {
    sent.push(`${init?.method ?? 'GET'} ${url}`);
    return Promise.resolve({ url, n: sent.length });
  };
  return { sent, fetch };
}

test('a prefetched answer is taken once by the first GET of its URL', async () => {
  const { sent, fetch } = fakeFetch();
  const early = new Prefetched({ fetch, now: () => 0 });
  const answer = early.send('/api/v1/users/me', {});
  assert.equal(early.fetch('/api/v1/users/me', { method: 'GET' }), answer);
  assert.equal((await early.fetch('/api/v1/users/me')).n, 2, 'the second request goes to the network');
  assert.deepEqual(sent, ['GET /api/v1/users/me', 'GET /api/v1/users/me']);
});

test('other URLs go to the network', async () => {
  const { sent, fetch } = fakeFetch();
  const early = new Prefetched({ fetch, now: () => 0 });
  early.send('/api/v1/cases/1', {});
  await early.fetch('/api/v1/cases/2');
  assert.deepEqual(sent, ['GET /api/v1/cases/1', 'GET /api/v1/cases/2']);
});

test('a write forgets every answer not yet taken: nothing older than the change is served', async () => {
  const { sent, fetch } = fakeFetch();
  const early = new Prefetched({ fetch, now: () => 0 });
  const answer = early.send('/api/v1/cases/1/history', {});
  await early.fetch('/api/v1/cases/1/transitions', { method: 'POST' });
  assert.notEqual(early.fetch('/api/v1/cases/1/history'), answer);
  assert.deepEqual(sent, ['GET /api/v1/cases/1/history', 'POST /api/v1/cases/1/transitions', 'GET /api/v1/cases/1/history']);
});

test('after the start window an answer is no longer handed out', async () => {
  let clock = 0;
  const { sent, fetch } = fakeFetch();
  const early = new Prefetched({ fetch, now: () => clock, windowMs: 10000 });
  const answer = early.send('/api/v1/layers', {});
  clock = 10001;
  assert.notEqual(early.fetch('/api/v1/layers'), answer);
  assert.equal(sent.length, 2);
});

test('a failed early request nobody takes raises no unhandled rejection', async () => {
  const early = new Prefetched({ fetch: () => Promise.reject(new TypeError('offline')), now: () => 0 });
  early.send('/api/v1/layers', {});
  await new Promise((resolve) => setTimeout(resolve, 10));
  await assert.rejects(early.fetch('/api/v1/layers'), /offline/);
});
