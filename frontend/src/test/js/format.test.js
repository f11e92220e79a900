import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  dayStartInstant, formatDateTime, formatDistance, formatDuration, formatMonth, formatRate, monthOf, nextDay, previousMonth,
} from '../../main/resources/META-INF/resources/js/format/format.js';

describe('format', () => {
  test('times read in Beijing time whatever the browser zone', () => {
    assert.equal(formatDateTime('2026-11-22T14:54:28.777Z'), '2026-11-22 22:54');
    assert.equal(formatDateTime('2026-11-22T16:30:00Z'), '2026-11-23 00:30');
    assert.equal(formatDateTime(null), '—');
    assert.equal(formatDateTime('yesterday'), '—');
  });
  test('durations in days, hours and minutes', () => {
    assert.equal(formatDuration(30 * 1000), '不足1分');
    assert.equal(formatDuration(12 * 60000), '12分');
    assert.equal(formatDuration(125 * 60000), '2小时5分');
    assert.equal(formatDuration(-120 * 60000), '2小时');
    assert.equal(formatDuration((3 * 24 + 4) * 3600000 + 59000), '3天4小时');
    assert.equal(formatDuration(NaN), '—');
  });
  test('rates: null is no data, not zero', () => {
    assert.equal(formatRate(0.9523), '95.2%');
    assert.equal(formatRate(0), '0.0%');
    assert.equal(formatRate(null), '—');
  });
  test('distances', () => {
    assert.equal(formatDistance(389.11), '389米');
    assert.equal(formatDistance(2335.83), '2.3公里');
  });
  test('months and days in the case zone', () => {
    assert.equal(monthOf(Date.parse('2026-10-31T16:00:00Z')), '2026-11');
    assert.equal(previousMonth('2026-01'), '2025-12');
    assert.equal(formatMonth('2026-11'), '2026年11月');
    assert.equal(dayStartInstant('2026-11-01'), '2026-10-31T16:00:00.000Z');
    assert.equal(nextDay('2026-11-30'), '2026-12-01');
    assert.equal(dayStartInstant('11/01'), null);
  });
});
