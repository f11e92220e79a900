import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overflowingTabs } from '../../main/resources/META-INF/resources/js/app/tab-overflow.js';

test('everything fits: no menu', () => {
  assert.deepEqual(overflowingTabs([50, 50, 50], 150, 40, 0), []);
});

test('the tail goes into the menu, leaving room for the 更多 button', () => {
  // 390 available, 50 for 更多: 340 for tabs; 4 × 60 = 240 fits, the fifth (300) and on do not.
  assert.deepEqual(overflowingTabs([60, 60, 60, 60, 60, 60, 60], 390, 50, 0), [5, 6]);
});

test('the selected tab stays in the bar even when it is at the end', () => {
  // Room for 340: the selected last tab (60) plus four more (240) = 300; the fifth would make 360.
  assert.deepEqual(overflowingTabs([60, 60, 60, 60, 60, 60, 60], 390, 50, 6), [4, 5]);
});

test('once one tab does not fit, later narrow ones go too, so the order holds', () => {
  assert.deepEqual(overflowingTabs([100, 100, 150, 30], 300, 40, -1), [2, 3]);
});

test('a selected tab wider than the room still shows, everything else goes', () => {
  assert.deepEqual(overflowingTabs([80, 400, 80], 300, 40, 1), [0, 2]);
});
