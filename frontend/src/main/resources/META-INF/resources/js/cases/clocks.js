import { formatDuration } from '../format/format.js';

/**
 * The supervision clocks of a case (接诉即办): dispatch, first response, feedback (urgent cases) and
 * resolution, each against its deadline, counted at `nowMs`. Pure, so the countdown is testable;
 * the panel calls it again every few seconds.
 */

const CLOCKS = Object.freeze([
  { key: 'dispatch', label: '派遣时限', doneField: 'dispatchedAt' },
  { key: 'response', label: '响应时限', doneField: 'respondedAt' },
  { key: 'feedback', label: '反馈时限', doneField: 'reportedDoneAt' },
  { key: 'resolve', label: '办结时限', doneField: 'closedAt' },
]);

const ENDED = new Set(['closed', 'rejected', 'merged']);

/** Under this much time left a running clock is shown as a warning. */
export const WARNING_MS = 30 * 60 * 1000;

/**
 * @param {object} c a case as the API answers it (deadlines, the *At times, state)
 * @param {number} nowMs
 * @returns {Array<{key, label, dueAt, status: 'running'|'warning'|'overdue'|'met'|'late'|'stopped', remainingMs, text}>}
 *   only the clocks the case has a deadline for
 */
export function caseClocks(c, nowMs) {
  const deadlines = c?.deadlines ?? {};
  const clocks = [];
  for (const clock of CLOCKS) {
    const dueAt = deadlines[clock.key];
    if (!dueAt) {
      continue;
    }
    const dueMs = Date.parse(dueAt);
    const doneAt = c[clock.doneField];
    const remainingMs = dueMs - nowMs;
    let status;
    let text;
    if (doneAt) {
      const late = Date.parse(doneAt) > dueMs;
      status = late ? 'late' : 'met';
      text = late ? `已完成（超时 ${formatDuration(Date.parse(doneAt) - dueMs)}）` : '按时完成';
    } else if (ENDED.has(c.state)) {
      status = 'stopped';
      text = '已停止计时';
    } else if (remainingMs < 0) {
      status = 'overdue';
      text = `已超时 ${formatDuration(-remainingMs)}`;
    } else {
      status = remainingMs < WARNING_MS ? 'warning' : 'running';
      text = `剩余 ${formatDuration(remainingMs)}`;
    }
    clocks.push({ key: clock.key, label: clock.label, dueAt, status, remainingMs, text });
  }
  return clocks;
}

/** True when the case is overdue: the server's flag, or a running clock past its deadline. */
export function isOverdue(c, nowMs) {
  return c?.overdue === true || caseClocks(c, nowMs).some((clock) => clock.status === 'overdue');
}

/** "3小时前"-style time since receipt, for the dispatcher's queue. */
export function sinceReceipt(c, nowMs) {
  const received = Date.parse(c?.receivedAt ?? '');
  if (!Number.isFinite(received)) {
    return '—';
  }
  const ms = nowMs - received;
  return ms < 60000 ? '刚刚' : `${formatDuration(ms)}前`;
}
