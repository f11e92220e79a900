/**
 * The dispatcher's queue order: urgent cases pinned to the top (特急 before 紧急), then cases that
 * still wait for the centre by how new they are in the flow (受理 before 立案, then 退回 and 已反馈),
 * and inside each group the longest-waiting first (closest to its dispatch clock). Pure.
 */

import { urgencyRank } from '../cases/states.js';

/** The states the dispatch centre acts on, in the order the queue shows them. */
export const QUEUE_STATES = Object.freeze(['received', 'registered', 'returned', 'reported_done']);

/** Returns a new array in queue order; cases in other states are left out. */
export function queueOrder(cases) {
  return (cases ?? [])
    .filter((c) => QUEUE_STATES.includes(c.state))
    .slice()
    .sort((a, b) => urgencyRank(a.urgency) - urgencyRank(b.urgency)
      || QUEUE_STATES.indexOf(a.state) - QUEUE_STATES.indexOf(b.state)
      || Date.parse(a.receivedAt) - Date.parse(b.receivedAt)
      || a.id - b.id);
}

/** True for the cases pinned to the top. */
export function isPinned(c) {
  return urgencyRank(c?.urgency) < 2;
}
