import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { insideJurisdiction } from '../../main/resources/META-INF/resources/js/cases/jurisdiction.js';

describe('a point in the user\'s jurisdiction', () => {
  const huoxian = { district: { code: '110112' }, township: { code: '110112106' }, village: { code: '110112106201' } };
  test('inside when any of its areas lies within the scope; everywhere without a scope', () => {
    assert.equal(insideJurisdiction(huoxian, '110112106'), true);
    assert.equal(insideJurisdiction(huoxian, '110112106201'), true);
    assert.equal(insideJurisdiction(huoxian, ''), true);
    assert.equal(insideJurisdiction(huoxian, undefined), true);
  });
  test('outside for another township, or a point with no area', () => {
    assert.equal(insideJurisdiction(huoxian, '110112104'), false);
    assert.equal(insideJurisdiction({}, '110112106'), false);
  });
});
