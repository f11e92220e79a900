import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { formatUrlState, parseUrlState } from '../../main/resources/META-INF/resources/js/app/url-state.js';
import { EMPTY_FILTERS } from '../../main/resources/META-INF/resources/js/cases/filters.js';

describe('url state', () => {
  test('panel, case, filters, overlays and base map survive a round trip', () => {
    const state = {
      tab: 'queue', caseId: 42, filters: { ...EMPTY_FILTERS, states: ['received'], overdue: true },
      overlays: ['township', 'cases', 'heat'], base: 'basemap',
    };
    const search = formatUrlState(state);
    assert.equal(search, '?tab=queue&case=42&state=received&overdue=1&layers=township,cases,heat&base=basemap');
    assert.deepEqual(parseUrlState(search), state);
  });
  test('defaults give an empty search and unknown values are ignored', () => {
    assert.equal(formatUrlState({ tab: '', caseId: null, filters: EMPTY_FILTERS, overlays: null, base: '' }), '');
    const state = parseUrlState('?tab=admin&case=abc&base=<b>');
    assert.equal(state.tab, '');
    assert.equal(state.caseId, null);
    assert.equal(state.base, '');
    assert.equal(state.overlays, null);
  });
  test('parameters owned by others are kept', () => {
    assert.equal(formatUrlState({ tab: 'stats', filters: EMPTY_FILTERS }, '?debug=1'), '?debug=1&tab=stats');
  });
});
