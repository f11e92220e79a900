import { circle, marker, icon as leafletIcon, Icon } from 'leaflet';
import { describeError } from '../api/index.js';
import { SingleFlight } from '../async/single-flight.js';
import { formatLonLat } from '../format/format.js';
import { DATUMS, toWgs84 } from '../geo/china-datum.js';
import { parseCoordinates } from '../geo/coordinate-input.js';
import { myPosition } from '../geo/my-location.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, field, fileField, progress, errorBox, select } from '../ui/dom.js';
import { searchCategories, categoryPath } from './category-search.js';
import { uploadPhotos } from './case-panel.js';
import { insideJurisdiction } from './jurisdiction.js';
import { locateOutcome } from './locate-answer.js';
import { NearbyComponents } from './nearby-components.js';
import { URGENCIES, SOURCES } from './states.js';

/**
 * Reporting a case: the point by a click or by dragging the marker (the description sentence,
 * township, village and grid cell follow it live), by typed coordinates in any datum, or by a
 * published sentence read back with locate; then category (two levels, searchable), urgency,
 * description and photos; save.
 */
export class ReportPanel {
  /** One describe request at a time while the marker moves; the latest position is always described last. */
  #live = new SingleFlight((point) => this.#describe(point));

  /**
   * @param {object} options
   * @param {import('leaflet').Map} options.map
   * @param {import('../api/client.js').ApiClient} options.client
   * @param {import('../api/urls.js').ApiUrls} options.urls
   * @param {() => Promise<Array>} options.categories
   * @param {object} options.user
   * @param {(c: object) => void} options.onSaved
   * @param {(id: number) => void} options.onOpen
   */
  constructor({ map, client, urls, categories, user, onSaved, onOpen }) {
    this.map = map;
    this.client = client;
    this.urls = urls;
    this.user = user;
    this.onSaved = onSaved;
    this.onOpen = onOpen;
    this.point = null; // WGS-84 [lon, lat]
    this.category = null;
    this.active = false;
    this.marker = marker([0, 0], { draggable: true, autoPan: true, title: '案件位置（可拖动）', icon: placeIcon() });
    this.marker.on('drag', () => this.#moved(displayDatum.fromMap(this.marker.getLatLng()), false));
    this.marker.on('dragend', () => this.#moved(displayDatum.fromMap(this.marker.getLatLng()), false));
    this.uncertainty = circle([0, 0], { radius: 1, color: '#1f6fd1', weight: 1, fillOpacity: 0.08, interactive: false });
    this.onMapClick = (event) => this.#moved(displayDatum.fromMap(event.latlng), true);
    this.onPopup = () => this.map.closePopup();
    displayDatum.addEventListener('change', () => this.#placeMarker());
    this.nearby = new NearbyComponents({ client, urls });
    this.element = this.#build(categories);
  }

  show() {
    this.active = true;
    // preclick: a click on a feature with a popup stops the map's own click event.
    this.map.on('preclick', this.onMapClick);
    this.map.on('popupopen', this.onPopup);
    this.map.getContainer().classList.add('ld-placing');
    this.map.getContainer().style.cursor = 'crosshair';
    if (this.point) this.marker.addTo(this.map);
  }

  hide() {
    this.active = false;
    this.#live.cancel();
    this.map.off('preclick', this.onMapClick);
    this.map.off('popupopen', this.onPopup);
    this.map.getContainer().classList.remove('ld-placing');
    this.map.getContainer().style.cursor = '';
    this.marker.remove();
    this.uncertainty.remove();
  }

  #build(categoriesPromise) {
    this.describeBox = h('div', { class: 'ld-describe', dataset: { testid: 'describe' }, 'aria-live': 'polite' },
      h('div', { class: 'ld-muted' }, '在地图上点击放置标注，或拖动标注调整位置；也可输入坐标或粘贴位置描述。'));

    // Typed or pasted coordinates, any datum.
    const coordinates = h('input', { type: 'text', name: 'coordinates', placeholder: '例如 116.6563, 39.9051', autocomplete: 'off' });
    const datum = select({ name: 'datum' }, DATUMS.map((d) => ({ value: d.id, label: d.label })), 'wgs84');
    const coordinateMessage = h('div');
    const goToCoordinates = () => {
      const parsed = parseCoordinates(coordinates.value);
      if (!parsed.ok) {
        fill(coordinateMessage, errorBox(parsed.reason));
        return;
      }
      fill(coordinateMessage, parsed.swapped ? h('div', { class: 'ld-muted' }, '已按“纬度在前”识别并调换顺序。') : null);
      this.uncertainty.remove();
      this.#moved(toWgs84([parsed.lon, parsed.lat], datum.value), true, true);
    };
    coordinates.addEventListener('keydown', (e) => { if (e.key === 'Enter') goToCoordinates(); });

    // A published sentence, read back by locate.
    const sentence = h('input', { type: 'text', name: 'sentence', placeholder: '例如 漷县镇长凌营村距长凌营环路约124米，距北运河约465米', autocomplete: 'off' });
    const sentenceMessage = h('div', { dataset: { testid: 'locate-message' } });
    const locate = h('button', { type: 'button', class: 'ld-button small' }, '定位');
    const runLocate = async () => {
      if (sentence.value.trim() === '') {
        fill(sentenceMessage, errorBox('请输入或粘贴一句位置描述。'));
        return;
      }
      locate.disabled = true;
      fill(sentenceMessage, progress('正在根据描述定位…'));
      try {
        const answer = await this.client.getJson(this.urls.locate(sentence.value.trim()));
        fill(sentenceMessage, this.#locateResult(answer));
      } catch (error) {
        fill(sentenceMessage, errorBox(`定位失败：${describeError(error)}`));
      } finally {
        locate.disabled = false;
      }
    };
    locate.addEventListener('click', runLocate);
    sentence.addEventListener('keydown', (e) => { if (e.key === 'Enter') runLocate(); });

    // Category: two levels, searchable.
    const search = h('input', { type: 'search', name: 'category-search', placeholder: '搜索类别，如“井盖”“积水”“B01”', autocomplete: 'off' });
    const list = h('div', { class: 'ld-category-list', dataset: { testid: 'category-list' } }, progress('正在加载类别…'));
    const chosen = h('div', { class: 'ld-chosen ld-muted' }, '尚未选择类别');
    let categories = [];
    const renderCategories = () => {
      const found = searchCategories(categories, search.value);
      fill(list, found.length === 0 ? h('div', { class: 'ld-empty' }, '没有匹配的类别') : found.map((parent) => [
        h('div', { class: 'ld-cat-group' }, `${parent.code} ${parent.name}`),
        (parent.children ?? []).map((child) => h('button', {
          type: 'button', dataset: { code: child.code }, 'aria-pressed': String(child.code === this.category),
          onclick: () => {
            this.category = child.code;
            chosen.className = 'ld-chosen';
            chosen.textContent = `已选：${categoryPath(categories, child.code)}（${child.code}）`;
            renderCategories();
            this.nearby.update(this.point, this.category);
          },
        }, `${child.code} ${child.name}`)),
      ]));
    };
    search.addEventListener('input', renderCategories);
    categoriesPromise().then((list) => {
      categories = list;
      renderCategories();
    }).catch((error) => fill(list, errorBox(`类别加载失败：${describeError(error)}`)));

    const urgency = h('div', { class: 'ld-segmented', role: 'radiogroup' }, URGENCIES.slice().reverse().map((u) => h('label', {},
      h('input', { type: 'radio', name: 'urgency', value: u.id, checked: u.id === 'normal' }), u.label)));
    // The sources the server lets this role choose (CaseSource.mayBeChosenBy): 12345 tickets are the
    // hotline centre's to register; a citizen's own report (public) comes only through Open311.
    const role = this.user?.role;
    const sources = role === 'DISPATCHER' ? ['hotline_12345', 'staff', 'grid_patrol']
      : role === 'SUPERVISOR' || role === 'ADMIN' ? ['staff', 'grid_patrol', 'hotline_12345'] : ['grid_patrol', 'staff'];
    const source = select({ name: 'source' }, sources.map((id) => ({ value: id, label: SOURCES[id] })), sources[0]);
    const description = h('textarea', { name: 'description', rows: 3, maxlength: 2000, placeholder: '问题描述，如“井盖破损，有行人跌落风险”' });
    const reporterName = h('input', { type: 'text', name: 'reporterName', autocomplete: 'off' });
    const reporterPhone = h('input', { type: 'text', name: 'reporterPhone', inputmode: 'tel', autocomplete: 'off' });
    const photos = h('input', { type: 'file', name: 'photos', accept: 'image/jpeg,image/png', multiple: true });
    const message = h('div', { dataset: { testid: 'report-message' } });
    const save = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'save-case' } }, '保存上报');
    save.addEventListener('click', async () => {
      const problem = !this.point ? '请先在地图上确定案件位置。'
        : this.outsideScope ? '该位置不在您的辖区内，不能保存。请移动标注到辖区内。'
        : !this.category ? '请选择案件类别（小类）。'
          : description.value.trim() === '' ? '请填写问题描述。' : null;
      if (problem) {
        fill(message, errorBox(problem));
        return;
      }
      save.disabled = true;
      fill(message, progress('正在保存案件…'));
      const body = {
        category: this.category,
        description: description.value.trim(),
        urgency: urgency.querySelector('input:checked')?.value ?? 'normal',
        source: source.value,
        location: { lon: this.point[0], lat: this.point[1], crs: 'wgs84' },
      };
      if (this.nearby.code()) body.componentCode = this.nearby.code();
      if (reporterName.value.trim() || reporterPhone.value.trim()) {
        body.reporter = { name: reporterName.value.trim() || null, phone: reporterPhone.value.trim() || null };
      }
      let created;
      try {
        created = await this.client.postJson(this.urls.case(), body);
      } catch (error) {
        save.disabled = false;
        fill(message, errorBox(`保存失败：${describeError(error)}`));
        return;
      }
      let photoProblem = null;
      if (photos.files.length > 0) {
        try {
          await uploadPhotos(this.client, this.urls, created.id, [...photos.files], 'before', (text) => fill(message, progress(text)));
        } catch (error) {
          photoProblem = `案件已保存，但照片上传失败：${describeError(error)}（可在案件详情中重新上传）`;
        }
      }
      save.disabled = false;
      fill(message, this.#savedMessage(created, photoProblem));
      this.nearby.update(this.point, this.category);
      description.value = '';
      photos.value = '';
      photos.sayChosen();
      this.onSaved?.(created);
    });

    return h('div', { class: 'ld-report-panel' },
      h('h2', {}, '上报案件'),
      step(1, '确定位置'),
      this.describeBox,
      this.#myLocation(),
      h('div', { class: 'ld-row' }, field('输入或粘贴坐标', coordinates), field('坐标系', datum),
        h('button', { type: 'button', class: 'ld-button small', onclick: goToCoordinates, style: { marginBottom: '10px' } }, '定位')),
      coordinateMessage,
      h('div', { class: 'ld-row' }, field('粘贴位置描述', sentence), h('div', { style: { marginBottom: '10px' } }, locate)),
      sentenceMessage,
      step(2, '选择类别'),
      search, list, chosen,
      this.nearby.element,
      step(3, '填写内容'),
      h('div', { class: 'ld-row' }, field('紧急程度', urgency), field('来源', source)),
      field('问题描述', description),
      h('div', { class: 'ld-row' }, field('反映人（可选）', reporterName), field('联系电话（可选）', reporterPhone)),
      fileField('现场照片（处置前，可多张）', photos),
      h('div', { class: 'ld-actions' }, save),
      message);
  }

  /** 我的位置: the device's position (WGS-84 from the browser) becomes the case point, with its accuracy circle. */
  #myLocation() {
    const message = h('span', { dataset: { testid: 'my-location-message' }, 'aria-live': 'polite' });
    const button = h('button', { type: 'button', class: 'ld-button small', dataset: { testid: 'my-location' } }, '我的位置');
    button.addEventListener('click', async () => {
      button.disabled = true;
      fill(message, progress('正在获取您的位置…'));
      try {
        const { lon, lat, accuracyMetres } = await myPosition(navigator.geolocation);
        this.#moved([lon, lat], true, true);
        if (accuracyMetres) {
          this.uncertainty.setLatLng(displayDatum.toMap([lon, lat])).setRadius(Math.max(accuracyMetres, 5)).addTo(this.map);
        }
        fill(message, h('span', { class: 'ld-muted' }, accuracyMetres
          ? `已定位到您的位置，精度约 ${Math.round(accuracyMetres)} 米，可拖动标注微调。` : '已定位到您的位置，可拖动标注微调。'));
      } catch (error) {
        fill(message, errorBox(error.message));
      } finally {
        button.disabled = false;
      }
    });
    return h('div', { class: 'ld-my-location' }, button, message);
  }

  /** Moves the case point (WGS-84); `pan` centres the map on it (typed coordinates, locate). */
  #moved(point, placeMarker, pan = false) {
    // 1e-7 degrees is about 1 cm: the point described is exactly the point saved.
    this.point = point.map((value) => Number(value.toFixed(7)));
    if (placeMarker || pan) this.#placeMarker();
    if (pan) this.map.setView(displayDatum.toMap(point), Math.max(this.map.getZoom(), 15));
    this.describeBox.dataset.pending = 'true';
    this.describeBox.classList.add('ld-pending');
    this.#live.run(this.point);
  }

  #placeMarker() {
    if (!this.point) return;
    this.marker.setLatLng(displayDatum.toMap(this.point));
    if (this.active) this.marker.addTo(this.map);
  }

  async #describe([lon, lat]) {
    try {
      const answer = await this.client.getJson(this.urls.describe({ lon, lat }));
      this.#showDescription(answer, lon, lat);
    } catch (error) {
      fill(this.describeBox, errorBox(`无法描述该位置：${describeError(error)}`));
      this.#settled(lon, lat);
    }
  }

  /** The box shows the current point once the answer for it is in (a drag may have moved on). */
  #settled(lon, lat) {
    if (this.point[0] === lon && this.point[1] === lat) {
      delete this.describeBox.dataset.pending;
      this.describeBox.classList.remove('ld-pending');
    }
  }

  #showDescription(d, lon, lat) {
    const outside = d.coverage === 'outside';
    this.outsideScope = !outside && !insideJurisdiction(d, this.user?.scopeCode);
    this.describeBox.classList.toggle('outside', outside);
    this.#settled(lon, lat);
    if (this.point[0] === lon && this.point[1] === lat) this.nearby.update(this.point, this.category);
    this.describeBox.dataset.lon = String(lon);
    this.describeBox.dataset.lat = String(lat);
    fill(this.describeBox,
      h('div', { class: 'ld-sentence', dataset: { testid: 'sentence' } }, d.text),
      h('dl', {},
        h('dt', {}, '乡镇/街道'), h('dd', { dataset: { testid: 'township' } }, d.township?.name ?? '—'),
        h('dt', {}, '村/社区'), h('dd', { dataset: { testid: 'village' } }, d.village?.name ?? '—'),
        h('dt', {}, '单元网格'), h('dd', { dataset: { testid: 'grid-cell' } }, d.gridCell?.code ?? '—'),
        h('dt', {}, '坐标'), h('dd', {}, `${formatLonLat(lon, lat)}（WGS-84）`)),
      outside ? h('div', { class: 'ld-muted' }, '该位置不在本区数据范围内，无法上报。') : null,
      this.outsideScope ? h('div', { class: 'ld-error', role: 'alert', dataset: { testid: 'outside-scope' } },
        '该位置不在您的辖区内，您不能在此上报。请移动标注，或请区指挥中心坐席员上报。') : null);
  }

  #locateResult(answer) {
    const corrections = (answer.resolved?.corrections ?? []).join('；');
    const outcome = locateOutcome(answer);
    if (outcome.kind !== 'placed') {
      this.uncertainty.remove();
    }
    if (outcome.kind === 'choose') {
      return h('div', { class: 'ld-notice', dataset: { testid: 'locate-candidates' } },
        `该描述符合 ${outcome.candidates.length} 处不同位置，请选择：`,
        h('div', { class: 'ld-actions' }, outcome.candidates.map((c, i) => h('button', {
          type: 'button', class: 'ld-button small',
          onclick: () => this.#moved([c.location.lon, c.location.lat], true, true),
        }, `位置 ${i + 1}（±${Math.round(c.uncertaintyMetres)}米）`))));
    }
    if (outcome.kind === 'placed') {
      const point = [outcome.location.lon, outcome.location.lat];
      this.#moved(point, true, true);
      this.uncertainty.setLatLng(displayDatum.toMap(point)).setRadius(Math.max(outcome.uncertaintyMetres, 5)).addTo(this.map);
      return h('div', { class: 'ld-success' }, `已定位，误差范围约 ${Math.round(outcome.uncertaintyMetres)} 米。`,
        corrections ? ` 已更正：${corrections}` : '', outcome.notes.length > 0 ? ` 注意：${outcome.notes.join('；')}。` : '',
        ' 可拖动标注微调。');
    }
    return errorBox(`无法根据该描述定位：${outcome.reasons.join('；')}。请检查名称或直接在地图上点击。`);
  }

  #savedMessage(created, photoProblem) {
    const duplicates = created.duplicateCandidates ?? [];
    return h('div', {},
      h('div', { class: 'ld-success', dataset: { testid: 'saved', caseId: String(created.id), number: created.number } },
        `已保存案件 ${created.number}（${created.stateLabel ?? '受理'}）。`,
        created.component ? `已关联部件 ${created.component.code}（权属：${created.component.ownerUnit || '未登记'}）。` : '',
        h('button', { type: 'button', class: 'ld-link-button', onclick: () => this.onOpen(created.id) }, '查看案件')),
      duplicates.length > 0 ? h('div', { class: 'ld-notice' }, `附近 50 米内 7 天内有同类未结案件${(created.duplicateCandidatesTotal ?? 0) > duplicates.length ? ` ${created.duplicateCandidatesTotal} 件，最近的 ${duplicates.length} 件` : ''}：${duplicates.map((d) => d.number).join('、')}，请核实是否重复。`) : null,
      photoProblem ? errorBox(photoProblem) : null);
  }
}

function step(n, text) {
  return h('div', { class: 'ld-step' }, h('span', { class: 'ld-step-n' }, String(n)), text);
}

function placeIcon() {
  // Relative to this module, so the pictures share its versioned, immutable prefix (static/<version>/).
  const image = (name) => new URL(`../../webjars/leaflet/dist/images/${name}`, import.meta.url).href;
  return leafletIcon({ ...Icon.Default.prototype.options, iconUrl: image('marker-icon.png'),
    iconRetinaUrl: image('marker-icon-2x.png'), shadowUrl: image('marker-shadow.png'),
    className: 'ld-place-marker' });
}
