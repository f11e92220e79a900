import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { locateOutcome, unresolvedReasons } from '../../main/resources/META-INF/resources/js/cases/locate-answer.js';

describe('what the report panel does with a locate answer', () => {
  test('one place: the marker goes there, with what was not found noted', () => {
    const outcome = locateOutcome({ location: { lon: 116.7, lat: 39.8 }, uncertaintyMetres: 24.6, candidates: [], unresolved: ['数据中没有道路“幸福路”'] });
    assert.equal(outcome.kind, 'placed');
    assert.deepEqual(outcome.notes, ['数据中没有道路“幸福路”']);
  });
  test('several places: the user chooses; the midpoint is never used', () => {
    const candidates = [{ location: { lon: 1, lat: 2 }, uncertaintyMetres: 20 }, { location: { lon: 3, lat: 4 }, uncertaintyMetres: 30 }];
    const outcome = locateOutcome({ location: { lon: 2, lat: 3 }, uncertaintyMetres: 900, candidates, unresolved: [] });
    assert.equal(outcome.kind, 'choose');
    assert.equal(outcome.candidates.length, 2);
  });
  test('no place: the server\'s Chinese reasons; anything else is never shown raw', () => {
    assert.deepEqual(locateOutcome({ location: null, candidates: [], unresolved: ['描述中没有可识别的地名'] }),
      { kind: 'none', reasons: ['描述中没有可识别的地名'] });
    assert.deepEqual(locateOutcome({ location: null, candidates: [], unresolved: [] }).reasons, ['没有符合该描述的位置']);
    assert.deepEqual(unresolvedReasons(['数据中没有村/社区“王家村”', '没有同时符合所述距离和方位的位置', 'anything else', null]),
      ['数据中没有村/社区“王家村”', '没有同时符合所述距离和方位的位置', '描述中有无法识别的内容', '描述中有无法识别的内容']);
  });
});
