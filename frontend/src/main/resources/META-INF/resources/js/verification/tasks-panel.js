import { describeError } from '../api/index.js';
import { h, fill, progress, errorBox } from '../ui/dom.js';
import { byDueTime, taskClock, tasksSummary } from './tasks-model.js';

/** How often the list reloads and the clocks tick while it shows. */
const REFRESH_MS = 30000;

/**
 * The grid worker's 核查 tab: the cases their units reported done, each with its 核查 clock, soonest
 * due first; a tap opens the case, where the worker photographs the site (处置后) and takes
 * 核查通过 or 核查不通过. Reloads every 30 s while shown.
 */
export class TasksPanel {
  #timer = null;
  #tasks = [];

  constructor({ client, urls, onOpen, onCount }) {
    this.client = client;
    this.urls = urls;
    this.onOpen = onOpen;
    this.onCount = onCount;
    this.status = h('div', { class: 'ld-list-head', dataset: { testid: 'tasks-summary' } });
    this.list = h('ul', { class: 'ld-cases', dataset: { testid: 'tasks' } });
    this.element = h('div', {}, h('h2', {}, '核查任务'),
      h('div', { class: 'ld-muted' }, '责任单位已反馈的案件：请到现场查看，拍摄处置后照片，再核查通过或不通过。'),
      this.status, this.list);
  }

  show() {
    this.reload();
    clearInterval(this.#timer);
    this.#timer = setInterval(() => this.reload(), REFRESH_MS);
  }

  hide() {
    clearInterval(this.#timer);
    this.#timer = null;
  }

  async reload() {
    if (this.#tasks.length === 0) fill(this.status, progress('正在加载核查任务…'));
    try {
      const body = await this.client.getJson(this.urls.verificationTasks());
      this.#tasks = byDueTime(body.tasks ?? []);
      this.onCount?.(this.#tasks.length);
      this.#render();
    } catch (error) {
      fill(this.status, errorBox(`核查任务加载失败：${describeError(error)}`, () => this.reload()));
    }
  }

  #render() {
    const now = Date.now();
    fill(this.status, h('span', {}, tasksSummary(this.#tasks, now)),
      h('button', { type: 'button', class: 'ld-link-button', onclick: () => this.reload() }, '刷新'));
    fill(this.list, this.#tasks.map((task) => {
      const clock = taskClock(task, now);
      const open = () => this.onOpen(task.caseId);
      return h('li', {
        class: `ld-case-item${clock.status === 'overdue' ? ' overdue' : ''}`,
        dataset: { caseId: String(task.caseId), number: task.number }, tabindex: '0',
        onclick: open, onkeydown: (e) => { if (e.key === 'Enter') open(); },
      },
      h('div', { class: 'ld-case-line' }, h('span', { class: 'ld-case-number' }, task.number),
        h('span', { class: clock.status === 'overdue' ? 'ld-overdue-tag' : 'ld-clock-tag', dataset: { testid: 'task-clock' } },
          `核查${clock.text}`)),
      h('div', { class: 'ld-case-text' }, task.locationText ?? ''),
      h('div', { class: 'ld-case-meta' }, h('span', {}, task.description ?? '')));
    }));
  }
}
