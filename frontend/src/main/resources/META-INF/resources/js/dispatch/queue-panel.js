import { describeError } from '../api/index.js';
import { caseItem } from '../cases/case-list.js';
import { caseClocks, sinceReceipt } from '../cases/clocks.js';
import { formatDateTime } from '../format/format.js';
import { h, fill, progress, errorBox } from '../ui/dom.js';
import { QUEUE_STATES, isPinned, queueOrder } from './queue-order.js';

/** How often the queue reloads by itself. */
export const QUEUE_REFRESH_MS = 30000;

/**
 * The dispatcher's queue: the cases waiting for the centre (受理, 立案, 退回, 已反馈) in the whole
 * jurisdiction, urgent ones pinned to the top, new ones first, time since receipt, overdue in red.
 * Reloads every 30 s while shown.
 */
export class QueuePanel {
  #timer = null;

  constructor({ client, urls, onOpen, onCount }) {
    this.client = client;
    this.urls = urls;
    this.onOpen = onOpen;
    this.onCount = onCount;
    this.list = h('ul', { class: 'ld-cases', dataset: { testid: 'queue' } });
    this.status = h('div', { class: 'ld-list-head' });
    this.element = h('div', {}, h('h2', {}, '派遣队列'),
      h('div', { class: 'ld-muted' }, '待受理、待派遣、被退回和待核查的案件；紧急案件置顶，同组内等待最久的在前。'),
      this.status, this.list);
    this.cases = [];
  }

  show() {
    this.reload();
    clearInterval(this.#timer);
    this.#timer = setInterval(() => this.reload(), QUEUE_REFRESH_MS);
  }

  hide() {
    clearInterval(this.#timer);
    this.#timer = null;
  }

  async reload() {
    if (this.cases.length === 0) fill(this.status, progress('正在加载队列…'));
    try {
      const body = await this.client.getJson(this.urls.cases({ state: QUEUE_STATES.join(','), limit: 1000 }));
      this.cases = queueOrder(body.cases ?? []);
      this.onCount?.(this.cases.filter((c) => c.state === 'received').length);
      this.#render(body.total ?? this.cases.length);
    } catch (error) {
      fill(this.status, errorBox(`队列加载失败：${describeError(error)}`, () => this.reload()));
    }
  }

  #render(total) {
    const now = Date.now();
    fill(this.status, h('span', {}, `共 ${total} 件待办 · 更新于 ${formatDateTime(new Date(now).toISOString()).slice(11)}`),
      h('button', { type: 'button', class: 'ld-link-button', onclick: () => this.reload() }, '刷新'));
    if (this.cases.length === 0) {
      fill(this.list, h('li', { class: 'ld-empty' }, '队列为空'));
      return;
    }
    fill(this.list, this.cases.map((c) => {
      const next = caseClocks(c, now).find((clock) => ['running', 'warning', 'overdue'].includes(clock.status));
      const extra = [
        h('span', {}, `已等待 ${sinceReceipt(c, now).replace(/前$/, '')}`),
        next ? h('span', { class: next.status === 'overdue' ? 'ld-overdue-tag' : '' }, `${next.label}${next.text}`) : null,
      ];
      const item = caseItem(c, now, false, () => this.onOpen(c.id), extra);
      if (isPinned(c)) item.querySelector('.ld-case-line').prepend(h('span', { class: 'ld-pin', title: '紧急置顶' }, '▲'));
      return item;
    }));
  }
}
