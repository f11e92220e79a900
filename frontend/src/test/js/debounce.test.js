import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { debounce } from '../../main/resources/META-INF/resources/js/async/debounce.js';
import { FakeTimers } from './fake-timers.js';

describe('debounce', () => {
  test('calls once with the latest arguments after the wait', () => {
    const timers = new FakeTimers();
    const calls = [];
    const debounced = debounce((...args) => calls.push(args), 300, timers);
    debounced(1);
    timers.advance(200);
    debounced(2, 'b');
    timers.advance(299);
    assert.deepEqual(calls, []);
    timers.advance(1);
    assert.deepEqual(calls, [[2, 'b']]);
  });

  test('separate bursts give separate calls', () => {
    const timers = new FakeTimers();
    const calls = [];
    const debounced = debounce((value) => calls.push(value), 100, timers);
    debounced('a');
    timers.advance(100);
    debounced('b');
    timers.advance(100);
    assert.deepEqual(calls, ['a', 'b']);
  });

  test('cancel drops the pending call', () => {
    const timers = new FakeTimers();
    const calls = [];
    const debounced = debounce((value) => calls.push(value), 100, timers);
    debounced('a');
    assert.equal(debounced.isPending(), true);
    debounced.cancel();
    timers.advance(1000);
    assert.deepEqual(calls, []);
    assert.equal(timers.pending, 0);
    assert.equal(debounced.isPending(), false);
  });

  test('flush runs the pending call now, and only once', () => {
    const timers = new FakeTimers();
    const calls = [];
    const debounced = debounce((value) => calls.push(value), 100, timers);
    debounced.flush();
    debounced('a');
    debounced.flush();
    timers.advance(1000);
    assert.deepEqual(calls, ['a']);
  });
});
