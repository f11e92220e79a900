import { describeError, HttpError } from '../api/errors.js';
import { stateColor, stateLabel } from '../cases/states.js';
import { h, fill, progress, errorBox } from '../ui/dom.js';
import { addBlocker, caseNumberInput, deskErrorText, fileSizeText } from './desk-model.js';

/**
 * The case to be put on the list, at the exposure tab: found by its number, picked on the map or
 * from the proposals; its photos as thumbnails with an upload that takes a phone's camera; and
 * 加入本期 once nothing stops it (the reason in words while something does).
 */
export class ExposureCandidate {
  #client;
  #urls;
  #onAdd;
  #context = { period: null, photoRequired: true };
  #case = null;
  #photos = [];
  #card;
  #message;

  /** @param {{client, urls, onAdd: (c: object) => Promise<void>}} options */
  constructor({ client, urls, onAdd }) {
    this.#client = client;
    this.#urls = urls;
    this.#onAdd = onAdd;
    const number = h('input', {
      type: 'text', name: 'exposure-case-number', maxlength: '40', placeholder: '案件编号，如 TZ-20261207-00005',
      autocomplete: 'off', dataset: { testid: 'exposure-case-number' },
    });
    const find = () => this.#find(number.value);
    number.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') find();
    });
    this.#message = h('div', { dataset: { testid: 'exposure-candidate-message' } });
    this.#card = h('div', { class: 'ld-exposure-candidate', dataset: { testid: 'exposure-candidate' } });
    this.element = h('section', { class: 'ld-exposure-add' },
      h('h3', {}, '加入案件'),
      h('div', { class: 'ld-row ld-exposure-find' }, number,
        h('button', { type: 'button', class: 'ld-button small', onclick: find, dataset: { testid: 'exposure-find' } }, '查找')),
      h('div', { class: 'ld-muted' }, '输入案件编号，或在地图上点击案件，或从下方建议中选择。'),
      this.#message, this.#card);
  }

  /** The period being composed and whether its publisher requires a photo for every entry. */
  setContext(period, photoRequired) {
    this.#context = { period, photoRequired };
    if (this.#case) this.#render();
  }

  clear() {
    this.#case = null;
    fill(this.#card);
    fill(this.#message);
  }

  /** Loads the case with this id (a click on the map or on a proposal). */
  async pick(caseId) {
    await this.#load(() => this.#client.getJson(this.#urls.case(caseId)), String(caseId));
  }

  async #find(text) {
    const number = caseNumberInput(text);
    if (!number) {
      fill(this.#message, errorBox('案件编号格式不对：应为字母、数字和连字符，例如 TZ-20261207-00005。'));
      return;
    }
    await this.#load(() => this.#client.getJson(this.#urls.caseByNumber(number)), number);
  }

  async #load(fetchCase, what) {
    fill(this.#message, progress('正在查找案件…'));
    try {
      this.#case = await fetchCase();
      this.#photos = await this.#loadPhotos(this.#case.id);
      fill(this.#message);
      this.#render();
    } catch (error) {
      this.#case = null;
      fill(this.#card);
      const text = error instanceof HttpError && error.status === 404 ? `没有找到案件 ${what}。`
        : `查找案件失败：${deskErrorText(error, describeError)}`;
      fill(this.#message, errorBox(text));
    }
  }

  async #loadPhotos(caseId) {
    const { photos } = await this.#client.getJson(this.#urls.casePhotos(caseId));
    return photos ?? [];
  }

  #render() {
    const c = this.#case;
    const { period, photoRequired } = this.#context;
    const blocker = addBlocker({
      period, caseId: c.id, caseNumber: c.number, caseState: c.state,
      photoCount: this.#photos.filter((p) => p.stage !== 'after').length, photoRequired,
    });
    const upload = h('div', { class: 'ld-exposure-upload-status', dataset: { testid: 'exposure-upload-status' } });
    // The native file button speaks the browser's language; a labelled button of ours opens it.
    const file = h('input', {
      type: 'file', accept: 'image/*', capture: 'environment', multiple: true, class: 'visually-hidden',
      dataset: { testid: 'exposure-photo-file' },
    });
    file.addEventListener('change', () => this.#upload([...file.files], upload, file));
    const add = h('button', {
      type: 'button', class: 'ld-button primary', disabled: blocker !== null, title: blocker ?? '',
      dataset: { testid: 'exposure-add' },
    }, '加入本期');
    add.addEventListener('click', async () => {
      add.disabled = true;
      try {
        await this.#onAdd(c);
        fill(this.#message, h('div', { class: 'ld-success', role: 'status' }, `案件 ${c.number} 已加入${period.label}。`));
        this.#render();
      } catch (error) {
        add.disabled = false;
        fill(this.#message, errorBox(`加入失败：${deskErrorText(error, describeError)}`));
      }
    });
    fill(this.#card,
      h('div', { class: 'ld-case-line' },
        h('span', { class: 'ld-case-number' }, c.number),
        h('span', { class: 'ld-state', style: { background: stateColor(c.state) } }, stateLabel(c.state)),
        h('span', { class: 'ld-case-cat' }, c.category?.name ?? '')),
      h('div', { class: 'ld-case-text' }, c.text ?? ''),
      h('div', { class: 'ld-exposure-thumbs', dataset: { testid: 'exposure-candidate-photos' } },
        this.#photos.length === 0 ? h('span', { class: 'ld-muted' }, '暂无照片')
          : this.#photos.map((p) => thumb(this.#urls.resolve(p.url), p.stage === 'after' ? '整改后照片' : '现场照片'))),
      h('div', { class: 'ld-field' }, h('span', { class: 'ld-field-label' }, '现场照片'),
        h('label', { class: 'ld-button small ld-exposure-pick', dataset: { testid: 'exposure-photo-pick' } }, file, '拍照或选择照片'),
        h('span', { class: 'ld-field-hint' }, '手机上可直接拍照；JPEG 或 PNG。')),
      upload,
      blocker ? h('div', { class: 'ld-notice', dataset: { testid: 'exposure-add-blocker' } }, blocker) : null,
      h('div', { class: 'ld-actions' }, add));
  }

  async #upload(files, status, input) {
    const c = this.#case;
    input.disabled = true;
    try {
      for (let i = 0; i < files.length; i++) {
        const f = files[i];
        const local = URL.createObjectURL(f);
        fill(status, thumb(local, '正在上传的照片'),
          progress(`正在上传第 ${i + 1}/${files.length} 张照片（${fileSizeText(f.size)}）…`));
        const form = new FormData();
        form.append('file', f);
        form.append('stage', 'before');
        try {
          await this.#client.postForm(this.#urls.casePhotos(c.id), form);
        } finally {
          URL.revokeObjectURL(local);
        }
      }
      this.#photos = await this.#loadPhotos(c.id);
      this.#render();
      fill(this.#message, h('div', { class: 'ld-success', role: 'status' }, `照片已上传（该案件共 ${this.#photos.length} 张）。`));
    } catch (error) {
      input.disabled = false;
      fill(status, errorBox(`照片上传失败：${deskErrorText(error, describeError)}`));
    }
  }
}

function thumb(src, alt) {
  return h('a', { href: src, target: '_blank', rel: 'noopener', class: 'ld-exposure-thumb' }, h('img', { src, alt }));
}
