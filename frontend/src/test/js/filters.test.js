import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EMPTY_FILTERS, activeFilterCount, checkFilters, filtersFromParams, filtersToParams, filtersToQuery,
} from '../../main/resources/META-INF/resources/js/cases/filters.js';

describe('case filters', () => {
  test('round trip through the URL; defaults are left out', () => {
    const filters = { states: ['received', 'registered'], category: 'B01', admin: '110112106', from: '2026-11-01', to: '2026-11-30', overdue: true, inView: false };
    const params = filtersToParams(filters, new URLSearchParams());
    assert.deepEqual(filtersFromParams(params), filters);
    assert.equal(filtersToParams(EMPTY_FILTERS, new URLSearchParams()).toString(), '');
  });
  test('malformed parameters are dropped', () => {
    const filters = filtersFromParams(new URLSearchParams('state=received,bogus&cat=<x>&admin=12&from=yesterday'));
    assert.deepEqual(filters, { ...EMPTY_FILTERS, states: ['received'] });
  });
  test('the API query: an inclusive last day becomes an exclusive bound in Beijing time, bbox when following the map', () => {
    const query = filtersToQuery({ ...EMPTY_FILTERS, states: ['received'], from: '2026-11-01', to: '2026-11-30', overdue: true }, [116, 39, 117, 40]);
    assert.deepEqual(query, {
      state: 'received', from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z', overdue: true, bbox: [116, 39, 117, 40],
    });
    assert.equal(filtersToQuery({ ...EMPTY_FILTERS, inView: false }, [116, 39, 117, 40]).bbox, undefined);
  });
  test('checks and counts', () => {
    assert.equal(checkFilters({ ...EMPTY_FILTERS, from: '2026-12-01', to: '2026-11-01' }), '开始日期晚于结束日期');
    assert.equal(checkFilters(EMPTY_FILTERS), null);
    assert.equal(activeFilterCount({ ...EMPTY_FILTERS, states: ['closed'], overdue: true }), 2);
  });
});
