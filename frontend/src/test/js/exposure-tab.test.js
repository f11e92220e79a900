import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  EXPOSABLE_STATES, addBlocker, canRectify, caseNumberInput, deskErrorText, fileSizeText, periodChoiceLabel,
  publishedLinks,
} from '../../main/resources/META-INF/resources/js/exposure/desk-model.js';

const draft = { state: 'draft', label: '第7期', entries: [{ caseId: 11, caseRef: 'TZ-20261207-00011' }] };
const candidate = { period: draft, caseId: 12, caseNumber: 'TZ-20261207-00012', caseState: 'dispatched', photoCount: 1, photoRequired: true };

describe('the exposure tab: adding a case, rectifying an entry', () => {
  test('a case can be added to a draft when it is open, not in the period, and has its photo', () => {
    assert.equal(addBlocker(candidate), null);
    assert.equal(addBlocker({ ...candidate, photoCount: 0, photoRequired: false }), null);
    for (const state of EXPOSABLE_STATES) {
      assert.equal(addBlocker({ ...candidate, caseState: state }), null, state);
    }
  });

  test('what stops it is said in Chinese, the most basic reason first', () => {
    assert.match(addBlocker({ ...candidate, period: { ...draft, state: 'in_review' } }), /^只有草稿状态的期次可以加入案件/);
    assert.match(addBlocker({ ...candidate, period: null }), /^只有草稿状态/);
    assert.equal(addBlocker({ ...candidate, caseId: 11, caseNumber: 'TZ-20261207-00011', photoCount: 0 }),
      '案件 TZ-20261207-00011 已在第7期中。');
    assert.match(addBlocker({ ...candidate, caseState: 'received', photoCount: 0 }),
      /^案件 TZ-20261207-00012 当前状态为“受理”，不能挂账/);
    assert.match(addBlocker({ ...candidate, caseState: 'exposed' }), /当前状态为“挂账”/);
    assert.match(addBlocker({ ...candidate, caseState: 'closed' }), /当前状态为“结案”/);
    assert.match(addBlocker({ ...candidate, photoCount: 0 }), /^该案件还没有照片/);
  });

  test('case numbers are trimmed and upper-cased; anything else is refused before asking the server', () => {
    assert.equal(caseNumberInput('  tz-20261207-00012 '), 'TZ-20261207-00012');
    assert.equal(caseNumberInput(''), null);
    assert.equal(caseNumberInput('TZ 2026'), null);
    assert.equal(caseNumberInput('<script>'), null);
    assert.equal(caseNumberInput('x'.repeat(41)), null);
    assert.equal(caseNumberInput(undefined), null);
  });

  test('only entries of a published period whose case is still on the list can be marked 已整改', () => {
    const published = { state: 'published' };
    assert.equal(canRectify(published, { caseState: 'exposed' }), true);
    assert.equal(canRectify(published, { caseState: 'rectified' }), false);
    assert.equal(canRectify({ state: 'draft' }, { caseState: 'exposed' }), false);
    assert.equal(canRectify(null, { caseState: 'exposed' }), false);
  });

  test('the public page and its PDF, revisions included', () => {
    assert.deepEqual(publishedLinks('/exposure/tongzhou/193'), { html: '/exposure/tongzhou/193', pdf: '/exposure/tongzhou/193.pdf' });
    assert.deepEqual(publishedLinks('/exposure/tongzhou/193?revision=1'),
      { html: '/exposure/tongzhou/193?revision=1', pdf: '/exposure/tongzhou/193.pdf?revision=1' });
    assert.equal(publishedLinks(undefined), null);
  });

  test('errors: the server\'s Chinese detail as it is, otherwise the general description', () => {
    const describe = () => '请求参数有误（HTTP 400）。';
    assert.equal(deskErrorText({ problem: { detail: '案件 TZ-1 已在第7期中，不能重复加入' } }, describe), '案件 TZ-1 已在第7期中，不能重复加入');
    assert.equal(deskErrorText({ problem: { detail: 'case TZ-1 is in 第7期 already'.replace('第7期', 'period 7') } }, describe),
      '请求参数有误（HTTP 400）。');
    assert.equal(deskErrorText(new Error('x'), describe), '请求参数有误（HTTP 400）。');
  });

  test('labels: the period chooser and the upload size', () => {
    assert.equal(periodChoiceLabel({ label: '第7期', state: 'in_review' }), '第7期 · 待审核');
    assert.equal(fileSizeText(300), '1 KB');
    assert.equal(fileSizeText(350 * 1024), '350 KB');
    assert.equal(fileSizeText(2.4 * 1024 * 1024), '2.4 MB');
  });
});
