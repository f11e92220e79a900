import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INBOX, hasInbox, inboxBadge } from '../../main/resources/META-INF/resources/js/cases/inbox.js';

describe('a responsible unit\'s inbox', () => {
  test('counts 待签收, 处置中 and 超期 with one-row lists the server scopes to the unit', () => {
    assert.deepEqual(INBOX.map((e) => e.label), ['待签收', '处置中', '超期']);
    assert.deepEqual(INBOX[0].query, { state: 'dispatched', limit: 1 });
    assert.equal(INBOX[2].query.overdue, 'true');
    assert.ok(!INBOX[2].query.state.split(',').includes('closed'));
  });
  test('the tab counts what waits to be accepted and names every count', () => {
    assert.deepEqual(inboxBadge({ waiting: 3, working: 5, overdue: 1 }), { count: 3, title: '待签收 3 件 · 处置中 5 件 · 超期 1 件' });
    assert.equal(inboxBadge({}).count, 0);
  });
  test('only responsible units have it', () => {
    assert.equal(hasInbox('RESPONSIBLE_UNIT'), true);
    assert.equal(hasInbox('DISPATCHER'), false);
  });
});
