/**
 * A responsible unit's inbox (待办): how many of its cases wait to be accepted (待签收), are being
 * worked on (处置中) and are overdue (超期). The server scopes every list to the unit, so each count
 * is the `total` of a one-row list. Pure.
 */

import { OPEN_STATES } from './states.js';

export const INBOX = Object.freeze([
  { id: 'waiting', label: '待签收', query: { state: 'dispatched', limit: 1 } },
  { id: 'working', label: '处置中', query: { state: 'in_progress', limit: 1 } },
  { id: 'overdue', label: '超期', query: { state: OPEN_STATES.join(','), overdue: 'true', limit: 1 } },
].map((entry) => Object.freeze(entry)));

/** The roles whose case tab shows the inbox. */
export function hasInbox(role) {
  return role === 'RESPONSIBLE_UNIT';
}

/** The tab badge: the cases waiting to be accepted, and every count in its tooltip. */
export function inboxBadge(counts) {
  return {
    count: counts.waiting ?? 0,
    title: INBOX.map((entry) => `${entry.label} ${counts[entry.id] ?? 0} 件`).join(' · '),
  };
}
