import { describeError } from '../api/errors.js';
import { ExposureDeskApi } from './desk-api.js';
import {
  STATE_LABELS, confirmQuestion, groupEntries, isEditable, periodActions, publishProblems, summary,
} from './desk-model.js';

/**
 * The exposure desk (挂账督办工作台): pick a publisher and a period, compose the draft (proposed
 * cases, entries, title), send it to review, publish it, correct a published one, and see it as it
 * will be published (the server's own page in a frame).
 */
export class ExposureDesk {
  #api;
  #root;
  #publishers = [];
  #publisher = null;
  #period = null;

  constructor(root, api = new ExposureDeskApi()) {
    this.#root = root;
    this.#api = api;
  }

  async start() {
    await this.#guard(async () => {
      this.#publishers = (await this.#api.publishers()).publishers;
      const select = this.#el('publisher');
      select.replaceChildren(...this.#publishers.map((p) => option(p.code, `${p.name}${p.demo ? '（示例）' : ''}`)));
      select.addEventListener('change', () => this.#choosePublisher(select.value));
      this.#el('new-period').addEventListener('click', () => this.#newPeriod());
      this.#el('save-text').addEventListener('click', () => this.#saveText());
      if (this.#publishers.length > 0) {
        await this.#choosePublisher(this.#publishers[0].code);
      }
    });
  }

  async #choosePublisher(code) {
    this.#publisher = this.#publishers.find((p) => p.code === code);
    await this.#listPeriods();
  }

  async #listPeriods(selectId) {
    const { periods } = await this.#api.periods(this.#publisher.code);
    const list = this.#el('periods');
    list.replaceChildren(...periods.map((p) => {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = `${p.label} · ${STATE_LABELS[p.state] ?? p.state}`;
      button.addEventListener('click', () => this.#guard(() => this.#open(p.id)));
      item.append(button);
      return item;
    }));
    const first = selectId ?? periods[0]?.id;
    if (first !== undefined) {
      await this.#open(first);
    }
  }

  async #newPeriod() {
    await this.#guard(async () => {
      const period = await this.#api.createPeriod(this.#publisher.code, {});
      await this.#listPeriods(period.id);
    });
  }

  async #open(id) {
    this.#period = await this.#api.period(id);
    this.#render();
  }

  #render() {
    const p = this.#period;
    const editable = isEditable(p.state);
    this.#el('period-label').textContent = `${p.publisherName} ${p.label}（${STATE_LABELS[p.state] ?? p.state}）`;
    this.#el('title').value = p.title;
    this.#el('intro').value = p.intro;
    this.#el('issue-date').value = p.issueDate;
    for (const field of ['title', 'intro', 'issue-date', 'save-text']) {
      this.#el(field).disabled = !editable;
    }
    this.#el('summary').textContent = summary(p.entries);
    const problems = p.state === 'published' ? [] : publishProblems(p.entries, this.#publisher);
    this.#el('problems').replaceChildren(...problems.map((text) => listItem(text)));
    this.#renderEntries(editable);
    this.#renderActions();
    const published = this.#el('published-link');
    published.hidden = !p.url;
    if (p.url) {
      published.href = `.${p.url}`;
    }
    this.#el('preview').src = this.#api.previewUrl(p.id);
    this.#el('proposals').replaceChildren();
    if (editable) {
      this.#guard(() => this.#renderProposals());
    }
  }

  #renderEntries(editable) {
    const sections = groupEntries(this.#period.entries).map((group) => {
      const section = document.createElement('section');
      const heading = document.createElement('h3');
      heading.textContent = `${group.label}（${group.entries.length}处）`;
      const rows = group.entries.map((e) => {
        const row = document.createElement('tr');
        row.append(cell(String(e.seq)), cell(e.text), cell(`${e.township ?? ''}${e.village ?? ''}`), cell(e.category),
          cell(e.unit), cell(e.deadline), cell(e.kind === 'carried_over' ? `${e.periodsOnList}期` : ''),
          imageCell(e.photoUrl), imageCell(e.afterUrl));
        const actions = document.createElement('td');
        if (editable) {
          const remove = document.createElement('button');
          remove.type = 'button';
          remove.textContent = '移出';
          remove.addEventListener('click', () => this.#guard(async () => {
            this.#period = await this.#api.removeEntry(this.#period.id, e.id);
            this.#render();
          }));
          actions.append(remove);
        }
        row.append(actions);
        return row;
      });
      const table = document.createElement('table');
      const head = document.createElement('tr');
      head.append(...['序号', '位置描述', '乡镇/村', '问题类别', '属地责任单位', '整改期限', '已挂账', '照片', '整改后', ''].map(headerCell));
      table.append(head, ...rows);
      section.append(heading, table);
      return section;
    });
    this.#el('entries').replaceChildren(...sections);
  }

  #renderActions() {
    const box = this.#el('actions');
    box.replaceChildren(...periodActions(this.#period.state).map(({ action, label, needsNote }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = label;
      button.addEventListener('click', () => this.#guard(async () => {
        const question = confirmQuestion(action, this.#period.number, this.#period.entries);
        if (question && !window.confirm(question)) {
          return;
        }
        const note = needsNote ? window.prompt(`${label}：请填写说明`) : null;
        if (needsNote && !note) {
          return;
        }
        const next = action === 'correct'
          ? await this.#api.correct(this.#period.id, note)
          : await this.#api.transition(this.#period.id, action, note);
        await this.#listPeriods(next.id);
      }));
      return button;
    }));
  }

  async #renderProposals() {
    const { proposals } = await this.#api.proposals(this.#period.id);
    this.#el('proposals').replaceChildren(...proposals.map((c) => {
      const item = document.createElement('li');
      const add = document.createElement('button');
      add.type = 'button';
      add.textContent = '加入本期';
      add.disabled = this.#publisher.photoRequired && !c.hasPhoto;
      add.title = add.disabled ? '该案件还没有照片' : '';
      add.addEventListener('click', () => this.#guard(async () => {
        await this.#api.addEntry(this.#period.id, c.caseId);
        await this.#open(this.#period.id);
      }));
      item.append(add, ` ${c.caseRef} · ${c.reason} · ${c.text}`);
      return item;
    }));
  }

  async #saveText() {
    await this.#guard(async () => {
      this.#period = await this.#api.updatePeriod(this.#period.id, {
        title: this.#el('title').value, intro: this.#el('intro').value, issueDate: this.#el('issue-date').value,
      });
      this.#render();
    });
  }

  async #guard(work) {
    const status = this.#el('status');
    status.hidden = true;
    try {
      await work();
    } catch (error) {
      status.textContent = describeError(error);
      status.hidden = false;
    }
  }

  #el(id) {
    return this.#root.querySelector(`#${id}`);
  }
}

function option(value, text) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function listItem(text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  return td;
}

function headerCell(text) {
  const th = document.createElement('th');
  th.textContent = text;
  return th;
}

function imageCell(url) {
  const td = document.createElement('td');
  if (url) {
    const img = document.createElement('img');
    img.src = `.${url}`;
    img.alt = '照片';
    img.className = 'thumb';
    td.append(img);
  }
  return td;
}
