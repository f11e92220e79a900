import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_BATCH, PositionQueue, geolocationProblem, summary, toPosition } from '../../main/resources/META-INF/resources/js/patrols/patrol-model.js';

const at = (second) => ({ lon: 116.77, lat: 39.76, time: new Date(Date.UTC(2026, 4, 1, 0, 0, second)).toISOString() });

test('a geolocation position becomes lon, lat and an ISO time', () => {
  const position = toPosition({ coords: { longitude: 116.7726, latitude: 39.7588, accuracy: 5 }, timestamp: Date.UTC(2026, 4, 1, 8, 0, 0) });
  assert.deepEqual(position, { lon: 116.7726, lat: 39.7588, time: '2026-05-01T08:00:00.000Z' });
});

test('the queue sends in bounded batches, oldest first, and keeps a failed batch for the next send', () => {
  const queue = new PositionQueue();
  for (let s = 0; s < 5; s++) assert.equal(queue.add(at(s)), true);
  const first = queue.take(2);
  assert.deepEqual(first.map((p) => p.time), [at(0).time, at(1).time]);
  assert.equal(queue.take(2), null, 'one batch at a time');
  queue.add(at(5));
  queue.failed();
  assert.equal(queue.size, 6);
  assert.deepEqual(queue.take(3).map((p) => p.time), [at(0).time, at(1).time, at(2).time]);
  queue.sent();
  assert.equal(queue.sentCount, 3);
  assert.deepEqual(queue.take(10).map((p) => p.time), [at(3).time, at(4).time, at(5).time]);
  queue.sent();
  assert.equal(queue.size, 0);
  assert.equal(queue.take(), null);
  assert.ok(MAX_BATCH <= 500, 'within the server\'s batch limit');
});

test('a position older than the last one is dropped, as the server would refuse it', () => {
  const queue = new PositionQueue();
  queue.add(at(10));
  assert.equal(queue.add(at(9)), false);
  assert.equal(queue.add(at(10)), true);
  assert.equal(queue.size, 2);
});

test('the words about a patrol are Chinese', () => {
  assert.equal(summary({ lengthMetres: 1234.5, pointCount: 41, cellCount: 3 }), '本次巡查 1.2公里，记录 41 个位置，经过 3 个单元网格');
  assert.equal(summary({ lengthMetres: 400, pointCount: 2, cellCount: 0 }), '本次巡查 400米，记录 2 个位置，经过 0 个单元网格');
  assert.match(geolocationProblem({ code: 1 }), /允许本网站使用位置信息/);
  assert.match(geolocationProblem(undefined), /不支持定位/);
});

test('the coverage line counts the walked cells and the long unvisited ones of the period', async () => {
  const { coverageText, coverageStyle, COVERAGE_COLOURS } = await import('../../main/resources/META-INF/resources/js/patrols/patrol-model.js');
  const week = { period: 'week', firstDay: '2026-05-04', cellCount: 41, visitedCount: 3, longUnvisitedCount: 12, notVisitedDays: 7 };
  assert.equal(coverageText(week), '2026-05-04 起一周已巡查 3 / 41 个单元网格，12 个超过 7 天未巡查');
  assert.equal(coverageText({ ...week, period: 'day', firstDay: '2026-05-04', longUnvisitedCount: 0 }), '2026-05-04 当日已巡查 3 / 41 个单元网格');
  assert.match(coverageText({ ...week, cellCount: 0 }), /还没有负责的单元网格/);
  assert.equal(coverageStyle({ passes: 2, longUnvisited: false }).color, COVERAGE_COLOURS.walked);
  assert.equal(coverageStyle({ passes: 0, longUnvisited: true }).color, COVERAGE_COLOURS.longUnvisited);
  assert.equal(coverageStyle({ passes: 0, longUnvisited: false }).color, COVERAGE_COLOURS.notYet);
});
