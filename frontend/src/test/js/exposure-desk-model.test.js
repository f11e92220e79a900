import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  canFollowUp, confirmQuestion, groupEntries, isEditable, periodActions, publishProblems, summary,
} from '../../main/resources/META-INF/resources/js/exposure/desk-model.js';

const entries = [
  { seq: 3, kind: 'new', photoUrl: '/p/3.png' },
  { seq: 1, kind: 'rectified', photoUrl: '/p/1.png', afterUrl: '/p/1a.png' },
  { seq: 4, kind: 'carried_over', photoUrl: '/p/4.png' },
  { seq: 2, kind: 'new', photoUrl: '/p/2.png' },
];

describe('exposure desk model', () => {
  test('回头看 is offered for the rectified or closed cases of a published period only', () => {
    const published = { state: 'published' };
    assert.equal(canFollowUp(published, { caseState: 'rectified' }), true);
    assert.equal(canFollowUp(published, { caseState: 'closed' }), true);
    assert.equal(canFollowUp(published, { caseState: 'exposed' }), false);
    assert.equal(canFollowUp({ state: 'draft' }, { caseState: 'rectified' }), false);
  });

  test('送审 and 发布 ask first, saying what goes out; the steps with a note ask nothing more', () => {
    const submit = confirmQuestion('submit', 193, entries);
    assert.match(submit, /^送审第193期，共4处：本期选取了1处前期挂账督办问题/);
    assert.match(submit, /确定送审？$/);
    assert.match(confirmQuestion('publish', 193, entries), /向社会公开.*确定发布？$/s);
    assert.equal(confirmQuestion('return', 193, entries), null);
    assert.equal(confirmQuestion('correct', 193, entries), null);
  });
  test('a draft is submitted; a review is returned or published; a published period only corrected', () => {
    assert.deepEqual(periodActions('draft').map((a) => a.action), ['submit']);
    assert.deepEqual(periodActions('in_review').map((a) => a.action), ['return', 'publish']);
    assert.deepEqual(periodActions('published').map((a) => a.action), ['correct']);
    assert.equal(periodActions('in_review').find((a) => a.action === 'return').needsNote, true);
    assert.equal(isEditable('draft'), true);
    assert.equal(isEditable('in_review'), false);
    assert.equal(isEditable('published'), false);
  });

  test('entries group in printed order: pairs, new, carried over', () => {
    const groups = groupEntries(entries);
    assert.deepEqual(groups.map((g) => g.kind), ['rectified', 'new', 'carried_over']);
    assert.deepEqual(groups[1].entries.map((e) => e.seq), [2, 3]);
    assert.equal(groups[0].label, '整治前后对比');
    assert.deepEqual(groupEntries([]), []);
  });

  test('the summary line says what the page prints', () => {
    assert.equal(summary(entries),
      '本期选取了1处前期挂账督办问题，刊登整治前后对比照片，对新发现的2处问题挂账督办，1处前期问题尚未整改，继续挂账。');
    assert.equal(summary([{ seq: 1, kind: 'new' }]), '本期对新发现的1处问题挂账督办。');
  });

  test('what would stop publication is listed before the server refuses it', () => {
    assert.deepEqual(publishProblems([]), ['本期还没有任何条目。']);
    assert.deepEqual(publishProblems(entries), []);
    assert.deepEqual(publishProblems([{ seq: 5, kind: 'rectified', photoUrl: '/x.png' }]),
      ['第5条（整治前后对比）缺少整改后照片。']);
    assert.deepEqual(publishProblems([{ seq: 6, kind: 'new' }], { photoRequired: false }), []);
    assert.deepEqual(publishProblems([{ seq: 6, kind: 'new' }]), ['第6条缺少现场照片。']);
  });
});
