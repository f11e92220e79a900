import { describeError } from '../api/index.js';
import { formatDateTime } from '../format/format.js';
import { h, fill, field, fileField, progress, errorBox, select } from '../ui/dom.js';
import { caseClocks } from './clocks.js';
import {
  SATISFACTIONS, SOURCES, actionInfo, availableActions, stateColor, stateLabel, transitionBody, unitChoices, urgencyLabel,
} from './states.js';

/** The statuses a component may take (the server's list, geo.component.ComponentStatuses.DEFAULTS). */
const COMPONENT_STATUSES = Object.freeze(['完好', '破损', '丢失', '占用', '废弃']);

const PHOTO_STAGES = Object.freeze([
  { id: 'before', label: '处置前' }, { id: 'progress', label: '处置中' }, { id: 'after', label: '处置后' },
]);

/**
 * One case: its places and sentence, the clocks counting down, the actions the user's role allows
 * (the server's `allowedActions`), photos before/after side by side with upload, the history
 * timeline and supervision records.
 */
export class CasePanel {
  #timer = null;

  /**
   * @param {object} options
   * @param {import('../api/client.js').ApiClient} options.client
   * @param {import('../api/urls.js').ApiUrls} options.urls
   * @param {object} options.user the signed-in user
   * @param {(c: object) => void} options.onChanged a transition changed the case
   * @param {() => void} options.onBack
   */
  constructor({ client, urls, user, onChanged, onBack }) {
    this.client = client;
    this.urls = urls;
    this.user = user;
    this.onChanged = onChanged;
    this.onBack = onBack;
    this.body = h('div', { dataset: { testid: 'case-panel' } });
    this.element = h('div', { class: 'ld-case-panel' },
      h('button', { type: 'button', class: 'ld-button small ld-back', onclick: () => this.onBack() }, '← 返回'),
      this.body);
    this.caseId = null;
  }

  hide() {
    clearInterval(this.#timer);
    this.#timer = null;
  }

  async open(caseId) {
    this.caseId = caseId;
    fill(this.body, progress('正在加载案件…'));
    try {
      const c = await this.client.getJson(this.urls.case(caseId));
      if (this.caseId !== caseId) return;
      this.#render(c);
    } catch (error) {
      if (this.caseId !== caseId) return;
      fill(this.body, errorBox(`无法打开案件：${describeError(error)}`, () => this.open(caseId)));
    }
  }

  #render(c) {
    this.case = c;
    const clocks = h('div', { class: 'ld-clocks', dataset: { testid: 'clocks' } });
    const tick = () => fill(clocks, caseClocks(c, Date.now()).map((clock) => h('div', { class: `ld-clock ${clock.status}`, title: `截止 ${formatDateTime(clock.dueAt)}` },
      h('div', { class: 'ld-clock-label' }, clock.label), h('div', { class: 'ld-clock-text' }, clock.text))));
    tick();
    clearInterval(this.#timer);
    this.#timer = setInterval(tick, 15000);

    const history = h('div', {}, progress('正在加载办理记录…'));
    const photos = h('div', {}, progress('正在加载照片…'));
    const supervisions = h('div');
    fill(this.body,
      h('div', { class: 'ld-case-title' },
        h('h2', {}, c.number),
        h('span', { class: 'ld-state', dataset: { testid: 'case-state' }, style: { background: stateColor(c.state) } }, stateLabel(c.state)),
        c.urgency !== 'normal' ? h('span', { class: `ld-urgency ${c.urgency}` }, urgencyLabel(c.urgency)) : null,
        c.overdue ? h('span', { class: 'ld-overdue-tag' }, '超期') : null,
        c.externalId?.startsWith('DEMO') || c.description?.startsWith('【示例】') ? h('span', { class: 'demo-badge', style: { background: '#b8560f' } }, '示例') : null),
      h('div', { class: 'ld-actions ld-sheet-actions' }, h('a', {
        class: 'ld-button small', href: this.urls.caseSheet(c.id), target: '_blank', rel: 'noopener', dataset: { testid: 'print-sheet' },
      }, '打印派遣单')),
      h('dl', { class: 'ld-props' },
        row('类别', c.category ? `${c.category.name ?? ''}（${c.category.code}）` : '—'),
        row('位置', c.text),
        row('乡镇/街道', c.township?.name),
        row('村/社区', c.village?.name),
        row('单元网格', c.gridCell?.code),
        c.responsibilityGrid ? row('责任网格', c.responsibilityGrid.name) : null,
        c.responsibilityGrid ? row('网格员', c.gridWorker?.name ?? '未指派') : null,
        c.component ? row('关联部件', componentLine(c.component), 'case-component')
          : c.componentCode ? row('关联部件', `${c.componentCode}（已在普查中删除）`, 'case-component') : null,
        row('描述', c.description),
        row('来源', SOURCES[c.source] ?? c.source),
        row('责任单位', c.unit?.name ?? '未派遣'),
        c.reporter?.name || c.reporter?.phone ? row('反映人', [c.reporter.name, c.reporter.phone].filter(Boolean).join(' ')) : null,
        c.sameComplaints ? row('同类诉求', c.sameComplaints) : null,
        row('受理时间', formatDateTime(c.receivedAt))),
      h('h3', {}, '时限'), clocks,
      this.#actions(c),
      h('h3', {}, '照片'), photos,
      h('h3', {}, '办理记录'), history,
      supervisions);
    this.#loadHistory(c.id, history);
    this.#loadPhotos(c, photos);
    this.#loadSupervisions(c.id, supervisions);
  }

  #actions(c) {
    const actions = availableActions(c.allowedActions);
    const container = h('div', { dataset: { testid: 'case-actions' } });
    if (actions.length === 0) {
      return fill(container, h('h3', {}, '办理'), h('div', { class: 'ld-muted' }, '当前状态下您的角色没有可执行的操作。'));
    }
    const form = h('div');
    const buttons = actions.map((action) => h('button', {
      type: 'button',
      class: `ld-button${action.primary ? ' primary' : ''}${action.danger ? ' danger' : ''}`,
      dataset: { action: action.id },
      onclick: () => fill(form, this.#actionForm(c, action, () => fill(form))),
    }, action.label));
    return fill(container, h('h3', {}, '办理'), h('div', { class: 'ld-actions' }, buttons), form);
  }

  #actionForm(c, action, close) {
    const note = h('textarea', { name: 'note', rows: 2, placeholder: action.noteRequired ? '请填写说明（必填）' : '说明（可选）' });
    const extra = [];
    let satisfaction = null;
    let mergeInto = null;
    let unit = null;
    if (action.asks === 'unit') {
      unit = select({ name: 'unitId', disabled: true, dataset: { testid: 'dispatch-unit' } }, [{ value: '', label: '正在加载责任单位…' }], '');
      extra.push(field('责任单位', unit, c.component ? '已按关联部件的权属单位预选（无此单位时按派遣规则），可改选。'
        : '已按派遣规则（类别 + 辖区，无规则时为属地乡镇）预选，可改选。'));
      this.#loadUnits(c.id, unit);
    }
    if (action.asks === 'satisfaction') {
      satisfaction = select({ name: 'satisfaction' }, SATISFACTIONS.map((s) => ({ value: s.id, label: s.label })), 'satisfied');
      extra.push(field('回访满意度', satisfaction));
    }
    if (action.asks === 'mergeInto') {
      mergeInto = h('input', { type: 'text', name: 'mergeInto', maxlength: 40, placeholder: '目标案件编号，如 TZ-20261122-00042' });
      extra.push(field('合并到案件', mergeInto));
    }
    let componentStatus = null;
    if (c.component) {
      componentStatus = select({ name: 'componentStatus', dataset: { testid: 'component-status' } },
        [{ value: '', label: action.id === 'close' ? '按默认（结案后为完好）' : '不变' },
          ...COMPONENT_STATUSES.map((s) => ({ value: s, label: s }))], '');
      extra.push(field(`部件状态（当前：${c.component.status}）`, componentStatus));
    }
    const message = h('div');
    const submit = h('button', { type: 'button', class: 'ld-button primary', dataset: { confirm: action.id } }, `确认${action.label}`);
    submit.addEventListener('click', async () => {
      if (action.noteRequired && note.value.trim() === '') {
        fill(message, errorBox(`${action.label}需要填写说明。`));
        return;
      }
      submit.disabled = true;
      fill(message, progress(`正在提交“${action.label}”…`));
      try {
        // The case to merge into is named by its number, as people know it; the step takes its id.
        const target = mergeInto && mergeInto.value.trim() !== ''
          ? await this.client.getJson(this.urls.caseByNumber(mergeInto.value)) : null;
        const body = transitionBody(action.id, {
          note: note.value, satisfaction: satisfaction?.value, mergeInto: target?.id, unitId: unit?.value,
          componentStatus: componentStatus?.value,
        });
        const changed = await this.client.postJson(this.urls.caseTransitions(c.id), body);
        this.onChanged?.(changed);
        this.#render(changed);
      } catch (error) {
        submit.disabled = false;
        fill(message, errorBox(`${action.label}未成功：${describeError(error)}`));
      }
    });
    return h('div', { class: 'ld-action-form' }, h('strong', {}, actionInfo(action.id).label), ...extra,
      field('说明', note), h('div', { class: 'ld-actions' }, submit, h('button', { type: 'button', class: 'ld-button', onclick: close }, '取消')), message);
  }

  /** Fills the unit field of 派遣/改派 with the units, the rules' choice preselected. */
  async #loadUnits(id, unit) {
    try {
      const { options, value } = unitChoices(await this.client.getJson(this.urls.caseDispatchOptions(id)));
      fill(unit, options.map((o) => h('option', { value: o.value }, o.label)));
      unit.value = value;
      unit.disabled = false;
    } catch (error) {
      fill(unit, h('option', { value: '' }, `责任单位列表未能加载（${describeError(error)}），将按派遣规则确定`));
    }
  }

  async #loadHistory(id, container) {
    try {
      const { events } = await this.client.getJson(this.urls.caseHistory(id));
      fill(container, events.length === 0 ? h('div', { class: 'ld-muted' }, '暂无记录') : h('ol', { class: 'ld-timeline', dataset: { testid: 'timeline' } },
        events.slice().reverse().map((e) => h('li', {},
          h('div', {}, h('strong', {}, actionInfo(e.action).label ?? e.action), ` → ${stateLabel(e.to)}`),
          h('div', { class: 'ld-when' }, `${formatDateTime(e.at)} · ${e.actorName ?? e.actor}`),
          e.note ? h('div', { class: 'ld-note' }, e.note) : null))));
    } catch (error) {
      fill(container, errorBox(`办理记录加载失败：${describeError(error)}`, () => this.#loadHistory(id, container)));
    }
  }

  async #loadPhotos(c, container) {
    let list;
    try {
      ({ photos: list } = await this.client.getJson(this.urls.casePhotos(c.id)));
    } catch (error) {
      fill(container, errorBox(`照片加载失败：${describeError(error)}`, () => this.#loadPhotos(c, container)));
      return;
    }
    const stages = h('div', { class: 'ld-photos', dataset: { testid: 'photos' } }, PHOTO_STAGES.map((stage) => {
      const ofStage = list.filter((p) => p.stage === stage.id);
      return h('div', { class: 'ld-photo-stage', dataset: { stage: stage.id } }, h('h4', {}, `${stage.label}（${ofStage.length}）`),
        ofStage.length === 0 ? h('div', { class: 'ld-photo-none' }, '无')
          : ofStage.map((p) => h('a', { href: this.urls.resolve(p.url), target: '_blank', rel: 'noopener' },
            h('img', { src: this.urls.resolve(p.url), alt: `${stage.label}照片`, loading: 'lazy' }))));
    }));
    const canUpload = this.user?.role !== 'PLANNER';
    fill(container, stages, canUpload ? this.#uploadForm(c, container) : null);
  }

  #uploadForm(c, container) {
    const stage = select({ name: 'stage' }, PHOTO_STAGES.map((s) => ({ value: s.id, label: s.label })),
      ['in_progress', 'reported_done', 'verified', 'closed'].includes(c.state) ? 'after' : 'before');
    const file = h('input', { type: 'file', accept: 'image/jpeg,image/png', multiple: true, dataset: { testid: 'photo-file' } });
    const message = h('div');
    const button = h('button', { type: 'button', class: 'ld-button small', dataset: { testid: 'photo-upload' } }, '上传照片');
    button.addEventListener('click', async () => {
      if (file.files.length === 0) {
        fill(message, errorBox('请先选择照片（JPEG 或 PNG）。'));
        return;
      }
      button.disabled = true;
      try {
        await uploadPhotos(this.client, this.urls, c.id, [...file.files], stage.value, (text) => fill(message, progress(text)));
        this.#loadPhotos(c, container);
      } catch (error) {
        button.disabled = false;
        fill(message, errorBox(`照片上传失败：${describeError(error)}`));
      }
    });
    return h('div', { class: 'ld-upload' }, h('div', { class: 'ld-row' }, field('照片阶段', stage), fileField('照片', file)),
      h('div', { class: 'ld-actions' }, button), message);
  }

  async #loadSupervisions(id, container) {
    try {
      const { supervisions } = await this.client.getJson(this.urls.caseSupervisions(id));
      if (supervisions.length === 0) return;
      fill(container, h('h3', {}, '督办记录'), h('ol', { class: 'ld-timeline' }, supervisions.map((s) => h('li', {},
        h('div', {}, h('strong', {}, s.label), s.level ? ` · ${s.level}级` : '', s.resolvedAt ? '（已解除）' : ''),
        h('div', { class: 'ld-when' }, `${formatDateTime(s.createdAt)} · ${s.createdBy ?? '系统'}`),
        s.note ? h('div', { class: 'ld-note' }, s.note) : null))));
    } catch {
      // Supervision records are secondary; the case shows without them.
    }
  }
}

/** Uploads photos one by one, reporting "正在上传第 i/n 张". */
export async function uploadPhotos(client, urls, caseId, files, stage, onProgress) {
  for (let i = 0; i < files.length; i++) {
    onProgress(`正在上传第 ${i + 1}/${files.length} 张照片…`);
    const form = new FormData();
    form.append('file', files[i]);
    form.append('stage', stage);
    await client.postForm(urls.casePhotos(caseId), form);
  }
}

function row(label, value, testid) {
  return [h('dt', {}, label), h('dd', testid ? { dataset: { testid } } : {}, value ?? '—')];
}

/** 上水井盖 1101120101000012 · 完好 · 权属：… · 养护：… · 距案件位置约 8 米 */
function componentLine(component) {
  return [`${component.categoryName ?? component.category} ${component.code}`, `状态：${component.status}`,
    `权属：${component.ownerUnit || '未登记'}`, component.maintainerUnit ? `养护：${component.maintainerUnit}` : null,
    `距案件位置约 ${component.distanceMetres} 米`].filter(Boolean).join(' · ');
}
