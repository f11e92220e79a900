import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SingleFlight } from '../../main/resources/META-INF/resources/js/async/single-flight.js';

function deferred() {
  let resolve;
  const promise = new Promise((r) => { resolve = r; });
  return { promise, resolve };
}

test('calls during a run collapse into the latest, run right after', async () => {
  const started = [];
  const gates = [];
  const flight = new SingleFlight((arg) => {
    started.push(arg);
    const gate = deferred();
    gates.push(gate);
    return gate.promise;
  });
  flight.run(1);
  flight.run(2);
  flight.run(3);
  assert.deepEqual(started, [1]);
  gates[0].resolve();
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(started, [1, 3]);
  gates[1].resolve();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(flight.running, false);
  assert.deepEqual(started, [1, 3]);
});

test('a failed run does not stop the next; cancel drops the waiting call', async () => {
  const started = [];
  const flight = new SingleFlight(async (arg) => {
    started.push(arg);
    await Promise.resolve();
    if (arg === 'a') throw new Error('boom');
  });
  flight.run('a');
  flight.run('b');
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(started, ['a', 'b']);
  flight.run('c');
  flight.run('d');
  flight.cancel();
  await new Promise((r) => setTimeout(r, 0));
  assert.deepEqual(started, ['a', 'b', 'c']);
});
