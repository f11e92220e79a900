import { divIcon, layerGroup, marker } from 'leaflet';
import { describeError } from '../api/errors.js';
import { stateColor, stateLabel } from '../cases/states.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, filePicker, progress, errorBox, field } from '../ui/dom.js';
import { ExposureDeskApi } from './desk-api.js';
import {
  KIND_LABELS, STATE_LABELS, canFollowUp, canRectify, confirmQuestion, deskErrorText, groupEntries, isEditable, periodActions,
  periodChoiceLabel, publishProblems, publishedLinks, summary,
} from './desk-model.js';
import { ExposureCandidate } from './exposure-candidate.js';
import { ExposureDialogs } from './exposure-dialogs.js';
import { followUpForm } from './exposure-follow-up.js';

const KIND_COLORS = { new: '#b3191f', carried_over: '#e08a00', rectified: '#15803d' };

/**
 * The 挂账督办 tab of the workspace (supervisor, admin): choose a publisher and a period, put cases
 * on the draft (by number, from the map, from the proposals, with photos taken there), preview,
 * 送审 and 发布 after saying what goes out, then mark published entries 已整改 with the after photo.
 * The period's entries are drawn on the workspace's map while the tab is shown.
 */
export class ExposurePanel {
  #api;
  #urls;
  #map;
  #onOpenCase;
  #publishers = [];
  #publisher = null;
  #period = null;
  #layer = layerGroup();
  #shown = false;
  #drawnPeriod = null;
  #el = {};
  #candidate;
  #dialogs = new ExposureDialogs();

  constructor({ map, client, urls, onOpenCase, api = new ExposureDeskApi({ base: urls.page('api/v1/exposure') }) }) {
    this.#api = api;
    this.#urls = urls;
    this.#map = map;
    this.#onOpenCase = onOpenCase;
    this.#candidate = new ExposureCandidate({
      client, urls, onAdd: async (c) => {
        this.#period = await this.#api.addEntryByNumber(this.#period.id, c.number);
        this.#render();
      },
    });
    const el = this.#el;
    el.publisher = h('select', { name: 'exposure-publisher', onchange: () => this.#guard(() => this.#choosePublisher(el.publisher.value)) });
    el.period = h('select', { name: 'exposure-period', onchange: () => this.#guard(() => this.#open(Number(el.period.value))) });
    el.status = h('div', { dataset: { testid: 'exposure-status' } });
    el.head = h('div', { class: 'ld-exposure-head', dataset: { testid: 'exposure-period' } });
    el.summary = h('p', { class: 'ld-exposure-summary' });
    el.problems = h('ul', { class: 'ld-exposure-problems', dataset: { testid: 'exposure-problems' } });
    el.actions = h('div', { class: 'ld-actions', dataset: { testid: 'exposure-actions' } });
    el.entries = h('div', { dataset: { testid: 'exposure-entries' } });
    el.proposals = h('ul', { class: 'ld-cases ld-exposure-proposals', dataset: { testid: 'exposure-proposals' } });
    el.compose = h('div', {}, this.#candidate.element, h('h3', {}, '建议纳入的案件'),
      h('div', { class: 'ld-muted' }, '逾期未办结或属于重点整治类别、尚未挂账的案件。'), el.proposals);
    this.element = h('div', { class: 'ld-exposure', dataset: { testid: 'exposure-panel' } },
      h('h2', {}, '挂账督办'),
      h('div', { class: 'ld-row' }, field('发布单位', el.publisher), field('期次', el.period),
        h('button', { type: 'button', class: 'ld-button', dataset: { testid: 'exposure-new-period' },
          onclick: () => this.#guard(() => this.#newPeriod()) }, '新建一期')),
      el.status, el.head, el.summary, el.problems, el.actions, el.entries, el.compose);
    this.#guard(() => this.#start());
  }

  show() {
    this.#shown = true;
    this.#layer.addTo(this.#map);
  }

  hide() {
    this.#shown = false;
    this.#layer.remove();
  }

  /** A case clicked on the map while this tab is shown: it becomes the case to add. */
  pickCase(caseId) {
    if (this.#period && isEditable(this.#period.state)) {
      this.#candidate.pick(caseId);
    }
  }

  async #start() {
    fill(this.#el.status, progress('正在加载挂账督办…'));
    this.#publishers = (await this.#api.publishers()).publishers;
    fill(this.#el.publisher, this.#publishers.map((p) => h('option', { value: p.code }, `${p.name}${p.demo ? '（示例）' : ''}`)));
    fill(this.#el.status);
    if (this.#publishers.length > 0) {
      await this.#choosePublisher(this.#publishers[0].code);
    }
  }

  async #choosePublisher(code) {
    this.#publisher = this.#publishers.find((p) => p.code === code);
    this.#el.publisher.value = code;
    await this.#listPeriods();
  }

  async #listPeriods(selectId) {
    const { periods } = await this.#api.periods(this.#publisher.code);
    fill(this.#el.period, periods.length === 0 ? h('option', { value: '' }, '（尚无期次）')
      : periods.map((p) => h('option', { value: String(p.id) }, periodChoiceLabel(p))));
    const first = selectId ?? periods[0]?.id;
    if (first === undefined) {
      this.#period = null;
      this.#render();
      return;
    }
    this.#el.period.value = String(first);
    await this.#open(first);
  }

  async #newPeriod() {
    const period = await this.#api.createPeriod(this.#publisher.code, {});
    this.#candidate.clear();
    await this.#listPeriods(period.id);
  }

  async #open(id) {
    this.#period = await this.#api.period(id);
    this.#render();
  }

  #render() {
    const p = this.#period;
    const el = this.#el;
    if (!p) {
      fill(el.head, h('div', { class: 'ld-empty' }, '该发布单位还没有期次：点击“新建一期”开始编排。'));
      [el.summary, el.problems, el.actions, el.entries].forEach((e) => fill(e));
      el.compose.hidden = true;
      this.#drawMap([]);
      return;
    }
    const editable = isEditable(p.state);
    fill(el.head, h('strong', {}, `${p.publisherName} ${p.label}`),
      h('span', { class: `ld-exposure-state ld-exposure-state-${p.state}`, dataset: { testid: 'exposure-period-state' } },
        STATE_LABELS[p.state] ?? p.stateLabel),
      h('span', { class: 'ld-muted' }, `发布日期 ${p.issueDate}`));
    el.summary.textContent = p.entries.length === 0 ? '本期还没有条目。' : summary(p.entries);
    const problems = p.state === 'published' ? [] : publishProblems(p.entries, this.#publisher);
    fill(el.problems, problems.map((text) => h('li', {}, text)));
    this.#renderActions();
    this.#renderEntries();
    el.compose.hidden = !editable;
    this.#candidate.setContext(p, this.#publisher.photoRequired);
    if (editable) {
      this.#guard(() => this.#renderProposals());
    }
    this.#drawMap(p.entries);
  }

  #renderActions() {
    const p = this.#period;
    const buttons = periodActions(p.state).map(({ action, label, needsNote }) => h('button', {
      type: 'button', class: `ld-button${action === 'publish' || action === 'submit' ? ' primary' : ''}`,
      dataset: { testid: `exposure-${action}` },
      onclick: () => this.#guard(() => this.#step(action, label, needsNote)),
    }, label));
    const preview = h('button', {
      type: 'button', class: 'ld-button', dataset: { testid: 'exposure-preview' },
      onclick: () => this.#dialogs.preview(`${p.label} 发布预览`, this.#urls.resolve(p.previewUrl)),
    }, '预览');
    const links = publishedLinks(p.url);
    fill(this.#el.actions, buttons, p.state === 'published' ? null : preview, links ? [
      h('a', { href: this.#urls.resolve(links.html), target: '_blank', rel: 'noopener', dataset: { testid: 'exposure-public-page' } }, '查看公开页面'),
      h('a', { href: this.#urls.resolve(links.pdf), target: '_blank', rel: 'noopener', dataset: { testid: 'exposure-public-pdf' } }, '下载PDF版'),
    ] : null);
  }

  async #step(action, label, needsNote) {
    const p = this.#period;
    const question = confirmQuestion(action, p.number, p.entries);
    const answer = await this.#dialogs.confirm({
      title: `${label} ${p.label}`, question: question ?? `${label}：请填写说明。`, entries: question ? p.entries : [],
      confirmLabel: `确定${label}`, needsNote,
    });
    if (answer === null) {
      return;
    }
    const next = action === 'correct'
      ? await this.#api.correct(p.id, answer.note)
      : await this.#api.transition(p.id, action, answer.note ?? undefined);
    await this.#listPeriods(next.id);
    fill(this.#el.status, h('div', { class: 'ld-success', role: 'status' }, `${p.label}已${label}。`));
  }

  #renderEntries() {
    const p = this.#period;
    const editable = isEditable(p.state);
    fill(this.#el.entries, groupEntries(p.entries).map((group) => h('section', { class: 'ld-exposure-group' },
      h('h3', {}, `${group.label}（${group.entries.length}处）`),
      h('ul', { class: 'ld-cases' }, group.entries.map((e) => this.#entryItem(p, e, editable))))));
  }

  #entryItem(p, e, editable) {
    const item = h('li', { class: 'ld-exposure-entry', dataset: { caseRef: e.caseRef, testid: 'exposure-entry' } },
      h('div', { class: 'ld-case-line' },
        h('span', { class: 'ld-exposure-seq', style: { background: KIND_COLORS[e.kind] } }, String(e.seq)),
        h('span', { class: 'ld-case-number' }, e.caseRef),
        e.caseState ? h('span', { class: 'ld-state', style: { background: stateColor(e.caseState) }, dataset: { testid: 'exposure-case-state' } },
          stateLabel(e.caseState)) : null,
        h('span', { class: 'ld-case-cat' }, e.category ?? '')),
      h('div', { class: 'ld-case-text' }, e.text),
      h('div', { class: 'ld-case-meta' }, h('span', {}, `${e.township ?? ''}${e.village ?? ''}`),
        h('span', {}, `整改期限 ${e.deadline}`), e.kind === 'carried_over' ? h('span', {}, `已挂账${e.periodsOnList}期`) : null,
        h('span', {}, `责任单位 ${e.unit ?? '—'}`)),
      h('div', { class: 'ld-exposure-thumbs' },
        e.photoUrl ? thumb(this.#urls.resolve(e.photoUrl), '现场照片') : h('span', { class: 'ld-notice' }, '缺少现场照片'),
        e.afterUrl ? thumb(this.#urls.resolve(e.afterUrl), '整改后照片') : null));
    const actions = h('div', { class: 'ld-actions' });
    if (e.caseId) {
      actions.append(h('button', { type: 'button', class: 'ld-link-button', onclick: () => this.#onOpenCase(e.caseId) }, '打开案件'));
    }
    if (editable) {
      actions.append(h('button', {
        type: 'button', class: 'ld-button small', dataset: { testid: 'exposure-remove' },
        onclick: () => this.#guard(async () => {
          this.#period = await this.#api.removeEntry(p.id, e.id);
          this.#render();
        }),
      }, '移出'));
    }
    item.append(actions);
    if (canRectify(p, e)) {
      item.append(this.#rectifyForm(e));
    }
    if (canFollowUp(p, e)) {
      item.append(followUpForm(e, this.#api, async (answer) => {
        await this.#open(this.#period.id);
        fill(this.#el.status, h('div', { class: 'ld-success', role: 'status', dataset: { testid: 'exposure-followup-done' } },
          answer.result === 'unfixed' ? `案件 ${e.caseRef} 回头看发现未整改，已重新挂账（${answer.caseStateLabel ?? ''}）。`
            : `案件 ${e.caseRef} 回头看已记录：整改到位。`));
      }));
    }
    return item;
  }

  /** 已整改 with the after photo (the server refuses a rectification without one). */
  #rectifyForm(e) {
    const file = h('input', { type: 'file', accept: 'image/*', capture: 'environment', dataset: { testid: 'exposure-after-file' } });
    const note = h('input', { type: 'text', maxlength: '500', placeholder: '整改说明（可不填）', dataset: { testid: 'exposure-rectify-note' } });
    const message = h('div');
    const button = h('button', { type: 'button', class: 'ld-button primary small', disabled: true, dataset: { testid: 'exposure-rectify' } },
      '记录已整改');
    file.addEventListener('change', () => {
      button.disabled = file.files.length === 0;
    });
    button.addEventListener('click', async () => {
      button.disabled = true;
      fill(message, progress('正在上传整改后照片并记录整改…'));
      try {
        await this.#api.rectify(e.id, file.files[0], note.value.trim());
        await this.#open(this.#period.id);
        fill(this.#el.status, h('div', { class: 'ld-success', role: 'status' }, `案件 ${e.caseRef} 已记录整改，状态为“已整改”。`));
      } catch (error) {
        button.disabled = false;
        fill(message, errorBox(`记录整改失败：${deskErrorText(error, describeError)}`));
      }
    });
    return h('details', { class: 'ld-action-form ld-exposure-rectify' },
      h('summary', { dataset: { testid: 'exposure-rectify-open' } }, '记录整改（需上传整改后照片）'),
      h('div', { class: 'ld-field' }, h('span', { class: 'ld-field-label' }, '整改后照片'),
        filePicker(file, '拍照或选择照片'),
        h('span', { class: 'ld-field-hint' }, '手机上可直接拍照')),
      field('整改说明', note), h('div', { class: 'ld-actions' }, button), message);
  }

  async #renderProposals() {
    const periodId = this.#period.id;
    fill(this.#el.proposals, h('li', {}, progress('正在加载建议…')));
    const { proposals } = await this.#api.proposals(periodId);
    if (this.#period?.id !== periodId) return;
    fill(this.#el.proposals, proposals.length === 0 ? h('li', { class: 'ld-empty' }, '暂无建议的案件')
      : proposals.map((c) => h('li', {
        class: 'ld-case-item', dataset: { testid: 'exposure-proposal', caseRef: c.caseRef },
        onclick: () => this.#candidate.pick(c.caseId),
      }, h('div', { class: 'ld-case-line' }, h('span', { class: 'ld-case-number' }, c.caseRef),
        h('span', { class: 'ld-muted' }, `${c.reason}${c.hasPhoto ? '' : ' · 暂无照片'}`)),
      h('div', { class: 'ld-case-text' }, c.text))));
  }

  /** Numbered pins of the entries, in the colour of their kind. */
  #drawMap(entries) {
    this.#layer.clearLayers();
    const points = [];
    for (const e of entries) {
      if (typeof e.lon !== 'number' || typeof e.lat !== 'number') continue;
      const at = displayDatum.toMap([e.lon, e.lat]);
      points.push(at);
      marker(at, {
        icon: divIcon({
          className: `ld-exposure-pin ld-exposure-pin-${e.kind}`, html: String(Number(e.seq)), iconSize: [22, 22], iconAnchor: [11, 26],
        }),
        zIndexOffset: 1000, keyboard: false,
      }).bindTooltip(`第${e.seq}条 · ${KIND_LABELS[e.kind] ?? ''} · ${e.caseRef}`).addTo(this.#layer);
    }
    // Another period, or an entry more: bring them into view; a re-render of the same leaves the map be.
    const drawn = `${this.#period?.id}:${points.length}`;
    if (drawn !== this.#drawnPeriod && points.length > 0 && this.#shown) {
      const view = this.#map.getBounds().pad(-0.05);
      if (!points.every((point) => view.contains(point))) {
        this.#map.fitBounds(points, { padding: [40, 40], maxZoom: 15 });
      }
    }
    this.#drawnPeriod = drawn;
  }

  async #guard(work) {
    try {
      await work();
    } catch (error) {
      fill(this.#el.status, errorBox(deskErrorText(error, describeError)));
    }
  }
}

function thumb(src, alt) {
  return h('a', { href: src, target: '_blank', rel: 'noopener', class: 'ld-exposure-thumb' }, h('img', { src, alt }));
}
