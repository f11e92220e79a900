import { circle, circleMarker, featureGroup, marker, divIcon } from 'leaflet';
import { describeError } from '../api/index.js';
import { formatDateTime } from '../format/format.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, progress, errorBox, noticeBox } from '../ui/dom.js';
import { badgeTitle, checkDiscardReason, choices, placeRequest } from './unplaced-model.js';

/**
 * 待定位: the reports whose words gave no single place. Opening one draws every place its words
 * could mean on the map, numbered, with its circle; the dispatcher takes a candidate or clicks the
 * map, confirms, and the report becomes a case (opened at once). A report that is no problem is
 * discarded with a reason.
 */
export class UnplacedPanel {
  #layers;
  #picking = false;

  constructor({ map, client, urls, onOpen, onCount }) {
    this.map = map;
    this.client = client;
    this.urls = urls;
    this.onOpen = onOpen;
    this.onCount = onCount;
    this.report = null;
    this.chosen = null;
    this.#layers = featureGroup();
    this.onMapClick = (event) => {
      if (!this.#picking) return;
      const [lon, lat] = displayDatum.fromMap(event.latlng);
      this.#choose({ id: 'map', label: '地图点选位置', lon, lat });
    };
    this.status = h('div', { class: 'ld-list-head' });
    this.list = h('ul', { class: 'ld-cases', dataset: { testid: 'unplaced-list' } });
    this.detail = h('div', { dataset: { testid: 'unplaced-detail' } });
    this.element = h('div', {}, h('h2', {}, '待定位'),
      h('div', { class: 'ld-muted' }, '位置描述符合多处地点、含数据中没有的地名或过于笼统的来件。选一处候选位置或在地图上点选，确认后即生成案件。'),
      this.status, this.list, this.detail);
  }

  show() {
    this.map.on('preclick', this.onMapClick);
    this.#layers.addTo(this.map);
    this.reload();
  }

  hide() {
    this.map.off('preclick', this.onMapClick);
    this.#setPicking(false);
    this.#layers.remove();
  }

  async reload() {
    fill(this.status, progress('正在加载待定位记录…'));
    try {
      const page = await this.client.getJson(this.urls.unplaced({ state: 'waiting', limit: 100 }));
      this.onCount?.(page.total);
      fill(this.status, h('span', {}, `共 ${page.total} 件待定位`),
        h('button', { type: 'button', class: 'ld-link-button', onclick: () => this.reload() }, '刷新'));
      if (page.items.length === 0) {
        fill(this.list, h('li', { class: 'ld-empty' }, '没有待定位的来件'));
        this.#close();
        return;
      }
      fill(this.list, page.items.map((r) => this.#item(r)));
    } catch (error) {
      fill(this.status, errorBox(`待定位记录加载失败：${describeError(error)}`, () => this.reload()));
    }
  }

  #item(report) {
    return h('li', { class: 'ld-case', dataset: { testid: 'unplaced-item', id: String(report.id) } },
      h('button', { type: 'button', class: 'ld-case-open', onclick: () => this.open(report) },
        h('div', { class: 'ld-case-line' }, h('strong', {}, report.categoryName),
          h('span', { class: 'ld-muted' }, ` · ${report.sourceLabel} · ${formatDateTime(report.receivedAt)}`)),
        h('div', { class: 'ld-case-text' }, `所述位置：${report.locationText}`),
        h('div', { class: 'ld-muted' }, report.reason)));
  }

  /** Shows one report: its words, its candidates on the map, the place and discard actions. */
  open(report) {
    this.report = report;
    this.chosen = null;
    this.#layers.clearLayers();
    const options = choices(report);
    options.forEach((c, i) => {
      const centre = displayDatum.toMap([c.lon, c.lat]);
      const radius = report.candidates[i].uncertaintyMetres;
      this.#layers.addLayer(circle(centre, { radius: Math.max(radius, 5), color: '#c0392b', weight: 2, fillOpacity: 0.1 }));
      this.#layers.addLayer(marker(centre, {
        title: c.label,
        icon: divIcon({ className: 'ld-candidate-pin', html: `<span>${i + 1}</span>`, iconSize: [24, 24] }),
      }).on('click', () => this.#choose(c)));
    });
    if (options.length > 0) {
      this.map.fitBounds(this.#layers.getBounds(), { padding: [40, 40], maxZoom: 17 });
    }
    this.choiceBox = h('div', { class: 'ld-describe', dataset: { testid: 'unplaced-choice' }, 'aria-live': 'polite' }, '尚未选择定位点');
    this.placeButton = h('button', { type: 'button', class: 'ld-primary', disabled: true, dataset: { testid: 'unplaced-place' },
      onclick: () => this.#place() }, '确认定位并生成案件');
    this.pickButton = h('button', { type: 'button', dataset: { testid: 'unplaced-pick' },
      onclick: () => this.#setPicking(!this.#picking) }, '在地图上点选');
    this.message = h('div', { 'aria-live': 'polite' });
    const reason = h('input', { type: 'text', maxlength: 500, placeholder: '作废原因，如：重复来电', dataset: { testid: 'unplaced-discard-reason' } });
    fill(this.detail, h('section', { class: 'ld-card' },
      h('h3', {}, `${report.categoryName} · ${report.urgencyLabel}`),
      h('p', {}, report.description),
      h('p', {}, h('strong', {}, '所述位置：'), report.locationText),
      h('p', { class: 'ld-muted' }, `未能直接定位：${report.reason}`),
      report.reporterName || report.reporterPhone
        ? h('p', { class: 'ld-muted' }, `来电人：${report.reporterName ?? ''} ${report.reporterPhone ?? ''}`) : null,
      options.length > 0
        ? h('div', { class: 'ld-actions' }, options.map((c) => h('button', { type: 'button', dataset: { testid: `unplaced-${c.id}` },
          onclick: () => this.#choose(c) }, c.label)))
        : noticeBox('描述中没有可用的候选位置，请在地图上点选。'),
      h('div', { class: 'ld-actions' }, this.pickButton),
      this.choiceBox,
      h('div', { class: 'ld-actions' }, this.placeButton),
      h('details', {}, h('summary', {}, '作废此来件'),
        h('div', { class: 'ld-actions' }, reason, h('button', { type: 'button', dataset: { testid: 'unplaced-discard' },
          onclick: () => this.#discard(reason.value) }, '作废'))),
      this.message));
  }

  #choose(choice) {
    this.chosen = choice;
    this.#setPicking(false);
    this.#layers.eachLayer((layer) => {
      if (layer.options?.isChoice) this.#layers.removeLayer(layer);
    });
    this.#layers.addLayer(circleMarker(displayDatum.toMap([choice.lon, choice.lat]),
      { radius: 9, color: '#1f6fd1', weight: 3, fillOpacity: 0.5, isChoice: true, interactive: false }));
    fill(this.choiceBox, `已选择：${choice.label}（${choice.lon.toFixed(6)}, ${choice.lat.toFixed(6)}）`);
    this.placeButton.disabled = false;
  }

  #setPicking(on) {
    this.#picking = on;
    this.map.getContainer().style.cursor = on ? 'crosshair' : '';
    if (this.pickButton) this.pickButton.textContent = on ? '取消点选' : '在地图上点选';
  }

  async #place() {
    const report = this.report;
    this.placeButton.disabled = true;
    try {
      const placed = await this.client.postJson(this.urls.unplacedPlace(report.id), placeRequest(this.chosen));
      fill(this.message, noticeBox(`已生成案件 ${placed.caseNumber}`));
      this.#close();
      await this.reload();
      this.onOpen?.(placed.caseId);
    } catch (error) {
      this.placeButton.disabled = false;
      fill(this.message, errorBox(`定位失败：${describeError(error)}`));
    }
  }

  async #discard(text) {
    const checked = checkDiscardReason(text);
    if (!checked.ok) {
      fill(this.message, errorBox(checked.message));
      return;
    }
    try {
      await this.client.postJson(this.urls.unplacedDiscard(this.report.id), { reason: checked.reason });
      this.#close();
      await this.reload();
    } catch (error) {
      fill(this.message, errorBox(`作废失败：${describeError(error)}`));
    }
  }

  #close() {
    this.report = null;
    this.chosen = null;
    this.#layers.clearLayers();
    fill(this.detail);
  }
}

export { badgeTitle };
