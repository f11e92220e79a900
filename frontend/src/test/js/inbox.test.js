import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { INBOX, hasInbox, inboxBadge } from '../../main/resources/META-INF/resources/js/cases/inbox.js';

describe('a handler\'s inbox', () => {
  test('shows 待签收, 处置中 and 超期 in that order, as the server counts them', () => {
    assert.deepEqual(INBOX.map((e) => [e.id, e.label]), [['waiting', '待签收'], ['working', '处置中'], ['overdue', '超期']]);
  });
  test('the tab counts what waits to be accepted and names every count', () => {
    assert.deepEqual(inboxBadge({ waiting: 3, working: 5, overdue: 1 }), { count: 3, title: '待签收 3 件 · 处置中 5 件 · 超期 1 件' });
    assert.equal(inboxBadge({}).count, 0);
  });
  test('responsible units and township staff have it, the centre and grid workers do not', () => {
    assert.equal(hasInbox('RESPONSIBLE_UNIT'), true);
    assert.equal(hasInbox('TOWNSHIP_STAFF'), true);
    assert.equal(hasInbox('DISPATCHER'), false);
    assert.equal(hasInbox('GRID_WORKER'), false);
  });
});
