import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isComponentCategory, nearbyLabel } from '../../main/resources/META-INF/resources/js/cases/nearby-components.js';
import { transitionBody, unitChoices } from '../../main/resources/META-INF/resources/js/cases/states.js';

describe('a report about a city component (部件)', () => {
  test('only the component 小类 (B and four digits) look for nearby components', () => {
    assert.equal(isComponentCategory('B0101'), true);
    assert.equal(isComponentCategory('B01'), false);
    assert.equal(isComponentCategory('RX0101'), false);
    assert.equal(isComponentCategory(null), false);
  });

  test('a nearby component reads as what, which, how far, its status and owner', () => {
    assert.equal(nearbyLabel({ categoryName: '上水井盖', code: '1101120101000012', distanceMetres: 8.46, status: '完好',
      ownerUnit: '通州区自来水公司（示例）' }), '上水井盖 1101120101000012 · 约 8 米 · 完好 · 权属：通州区自来水公司（示例）');
    assert.match(nearbyLabel({ category: 'B0112', code: '1101120112000001', distanceMetres: 0, status: '破损', ownerUnit: '' }),
      /B0112 .* 权属：未登记$/);
  });

  test('the owner the server proposes is marked as the component\'s, a rule\'s choice as the rules\'', () => {
    const units = [{ id: 3, name: '甲' }, { id: 7, name: '通州区自来水公司（示例）' }];
    assert.equal(unitChoices({ suggestedUnitId: 7, suggestedReason: '按部件权属：通州区自来水公司（示例）', units }).options[0].label,
      '通州区自来水公司（示例）（部件权属单位）');
    assert.equal(unitChoices({ suggestedUnitId: 3, suggestedReason: '按派遣规则 4', units }).options[0].label, '甲（派遣规则推荐）');
  });

  test('a step names the component\'s new status only when one is chosen', () => {
    assert.deepEqual(transitionBody('close', { componentStatus: '废弃' }), { action: 'close', componentStatus: '废弃' });
    assert.deepEqual(transitionBody('close', { componentStatus: '' }), { action: 'close' });
  });
});
