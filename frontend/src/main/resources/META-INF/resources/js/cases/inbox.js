/**
 * A handler's inbox (待办): how many of the cases dispatched to their unit — a responsible unit's
 * own, a township's home unit (属地单位) — wait to be accepted (待签收), are being worked on (处置中)
 * and are overdue (超期), as GET api/v1/cases/inbox counts them. Pure.
 */

export const INBOX = Object.freeze([
  { id: 'waiting', label: '待签收' },
  { id: 'working', label: '处置中' },
  { id: 'overdue', label: '超期' },
].map((entry) => Object.freeze(entry)));

/** The roles whose case tab shows the inbox: they sign for and handle dispatched cases. */
export function hasInbox(role) {
  return role === 'RESPONSIBLE_UNIT' || role === 'TOWNSHIP_STAFF';
}

/** The tab badge: the cases waiting to be accepted, and every count in its tooltip. */
export function inboxBadge(counts) {
  return {
    count: counts.waiting ?? 0,
    title: INBOX.map((entry) => `${entry.label} ${counts[entry.id] ?? 0} 件`).join(' · '),
  };
}
