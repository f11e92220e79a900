import { formatDuration } from '../format/format.js';
import { WARNING_MS } from '../cases/clocks.js';

/**
 * A grid worker's 核查 tasks as the panel shows them: each one's clock (剩余 / 已超时) counted at
 * `nowMs` from its due time, the soonest first, and the line above the list. Pure.
 */

/** @returns {{status: 'running'|'warning'|'overdue', text: string}} */
export function taskClock(task, nowMs) {
  const remainingMs = Date.parse(task.dueAt) - nowMs;
  if (!Number.isFinite(remainingMs)) return { status: 'running', text: '—' };
  if (remainingMs < 0) return { status: 'overdue', text: `已超时 ${formatDuration(-remainingMs)}` };
  return { status: remainingMs < WARNING_MS ? 'warning' : 'running', text: `剩余 ${formatDuration(remainingMs)}` };
}

/** The tasks soonest due first (the server sends them so; a list refreshed in place keeps it). */
export function byDueTime(tasks) {
  return [...tasks].sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/** "待核查 3 件，其中超期 1 件" — or that nothing waits. */
export function tasksSummary(tasks, nowMs) {
  if (tasks.length === 0) return '暂无待核查的案件。责任单位反馈后，案件会出现在这里。';
  const overdue = tasks.filter((t) => taskClock(t, nowMs).status === 'overdue').length;
  return overdue > 0 ? `待核查 ${tasks.length} 件，其中超期 ${overdue} 件` : `待核查 ${tasks.length} 件`;
}

/** The tab badge's tooltip. */
export function tasksBadgeTitle(count) {
  return `待核查案件 ${count} 件（责任单位已反馈，等您到现场核查）`;
}
