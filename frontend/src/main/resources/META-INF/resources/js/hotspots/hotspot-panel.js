import { geoJSON, circleMarker, latLng } from 'leaflet';
import { describeError, isMissingEndpoint } from '../api/index.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, field, progress, errorBox, noticeBox, select, download } from '../ui/dom.js';
import { METHODS, UNITS, hotspotRequest } from './request.js';
import {
  COLUMN_LABELS, byImportance, cellText, colorFor, densityBreaks, legendFor, parametersLine, resultColumns, resultsToCsv,
} from './results.js';
import { nextTask, rowAt, tableColumns, worldPixel } from './compact.js';
import { AnalysisClient } from './analysis-client.js';
import { CellCanvas } from './cell-canvas.js';
import { dayStartInstant, nextDay } from '../format/format.js';

/** Methods answered as a table over units, which the map draws on a canvas (?format=compact). */
const COMPACT_METHODS = new Set(['gi-star', 'local-moran', 'kernel-density', 'emerging', 'warnings']);

/**
 * The planner's hotspot panel: method, units, parameters and case filters → POST
 * api/v1/hotspots/{method} (issue 5); the result on the map with a legend, as a table and as CSV.
 * Results over units come in the compact form and are drawn on one canvas, only the significant
 * cells coloured (issue 13: 27,397 grid cells as SVG froze the page for 80–100 s); the case markers
 * are hidden while a result shows. The request shows its elapsed time and can be cancelled; the
 * answer is parsed, coloured, shaped and ordered in a worker (analysis-worker.js), which keeps the
 * rows and hands out the table's pages. Marks `hotspot-click` and `hotspot-drawn` and the measure
 * `hotspot-click-to-drawn` time each run. A server without the endpoint answers 404: the panel
 * says so and keeps the form.
 */
export class HotspotPanel {
  constructor({ map, client, urls, legend, categories, caseLayer = null }) {
    this.map = map;
    this.client = client;
    this.urls = urls;
    this.legend = legend;
    this.caseLayer = caseLayer;
    this.casesHidden = false;
    this.layer = null;
    this.running = null;
    this.onMapClick = null;
    this.analysis = new AnalysisClient();
    this.element = this.#build(categories);
  }

  #build(categoriesPromise) {
    const method = select({ name: 'method' }, METHODS.map((m) => ({ value: m.id, label: m.label })), 'gi-star');
    const units = select({ name: 'units' }, UNITS.map((u) => ({ value: u.id, label: u.label })), 'grid');
    const h3Resolution = h('input', { type: 'number', name: 'h3Resolution', min: '5', max: '10', value: '8' });
    const neighbours = select({ name: 'neighbours' }, [{ value: 'band', label: '固定距离' }, { value: 'knn', label: 'K 近邻' }], 'band');
    const distance = h('input', { type: 'number', name: 'distanceBandMetres', min: '50', max: '20000', step: '50', value: '500' });
    const k = h('input', { type: 'number', name: 'k', min: '1', max: '64', value: '8' });
    const weights = select({ name: 'weights' }, [{ value: 'binary', label: '二值权重' }, { value: 'row', label: '行标准化' }], 'binary');
    const fdr = h('input', { type: 'checkbox', name: 'fdr', checked: true });
    const bandwidth = h('input', { type: 'number', name: 'bandwidthMetres', min: '50', max: '10000', step: '50', value: '800' });
    const timeStep = select({ name: 'timeStep' }, [{ value: 'week', label: '周' }, { value: 'day', label: '日' }, { value: 'month', label: '月' }], 'week');
    const category = select({ name: 'category' }, [{ value: '', label: '全部类别' }], '');
    categoriesPromise().then((list) => {
      for (const c of list) category.append(h('option', { value: c.code }, `${c.code} ${c.name}`));
    }).catch(() => {});
    const from = h('input', { type: 'date', name: 'from' });
    const to = h('input', { type: 'date', name: 'to' });

    const rows = {
      h3: field('H3 分辨率', h3Resolution),
      neighbours: h('div', { class: 'ld-row' }, field('邻域', neighbours), field('距离阈值（米）', distance), field('近邻数 k', k)),
      weights: h('div', { class: 'ld-row' }, field('空间权重', weights), h('label', { class: 'ld-inline-check', style: { marginBottom: '14px' } }, fdr, '错误发现率校正')),
      bandwidth: field('带宽（米）', bandwidth),
      timeStep: field('时间步长', timeStep),
      units: field('分析单元', units),
    };
    const sync = () => {
      const m = method.value;
      const neighbourMethod = ['gi-star', 'local-moran', 'emerging'].includes(m);
      rows.units.hidden = m === 'monthly-topics';
      rows.h3.hidden = units.value !== 'h3' || m === 'monthly-topics';
      rows.neighbours.hidden = !neighbourMethod;
      rows.weights.hidden = !neighbourMethod;
      fdr.parentElement.hidden = m !== 'gi-star';
      distance.parentElement.hidden = neighbours.value === 'knn';
      k.parentElement.hidden = neighbours.value !== 'knn';
      rows.bandwidth.hidden = m !== 'kernel-density';
      rows.timeStep.hidden = m !== 'emerging';
    };
    for (const control of [method, units, neighbours]) control.addEventListener('change', sync);
    sync();

    this.message = h('div', { dataset: { testid: 'hotspot-message' } });
    this.results = h('div', { dataset: { testid: 'hotspot-results' } });
    const run = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'run-hotspot' } }, '运行分析');
    run.addEventListener('click', async () => {
      performance.clearMarks('hotspot-click');
      performance.clearMarks('hotspot-drawn');
      performance.clearMeasures('hotspot-click-to-drawn');
      performance.mark('hotspot-click');
      const filter = {};
      if (category.value) filter.category = category.value;
      if (from.value) filter.from = dayStartInstant(from.value);
      if (to.value) filter.to = dayStartInstant(nextDay(to.value));
      const request = hotspotRequest({
        method: method.value, units: units.value, h3Resolution: h3Resolution.value, neighbours: neighbours.value,
        distanceBandMetres: distance.value, k: k.value, weights: weights.value, fdr: fdr.checked,
        bandwidthMetres: bandwidth.value, timeStep: timeStep.value, filter,
      });
      if (!request.ok) {
        fill(this.message, errorBox(request.reason));
        return;
      }
      const controller = new AbortController();
      this.running = controller;
      run.disabled = true;
      const started = performance.now();
      const status = h('span', {}, '正在分析…');
      const cancel = h('button', { type: 'button', class: 'ld-button small', dataset: { testid: 'cancel-hotspot' },
        onclick: () => controller.abort() }, '取消');
      fill(this.message, h('div', { class: 'ld-row', dataset: { testid: 'hotspot-progress' } }, progress(''), status, cancel));
      const tick = setInterval(() => {
        status.textContent = `正在分析… 已用 ${Math.round((performance.now() - started) / 1000)} 秒`;
      }, 500);
      // Set once this run starts replacing the map's layer: a cancel after that takes its part-drawn result away.
      let drawing = false;
      try {
        if (COMPACT_METHODS.has(request.method)) {
          const url = `${this.urls.hotspots(request.method)}?format=compact`;
          const bytes = await this.client.postForBytes(url, request.body, { signal: controller.signal });
          status.textContent = '正在绘制…';
          const summary = await this.analysis.prepare(request.method, bytes, displayDatum.current);
          if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
          drawing = true;
          await this.#showCompact(request.method, summary, controller.signal);
        } else {
          const result = await this.client.postJson(this.urls.hotspots(request.method), request.body, { signal: controller.signal });
          status.textContent = '正在绘制…';
          drawing = true;
          this.#show(request.method, result);
        }
        // The cancel button stays live while the map and table draw; a click then still cancels.
        if (controller.signal.aborted) throw new DOMException('aborted', 'AbortError');
        fill(this.message);
        this.#markDrawn();
      } catch (error) {
        if (controller.signal.aborted) {
          if (drawing) this.clear();
          fill(this.message, noticeBox('已取消分析。'));
        } else {
          fill(this.message, isMissingEndpoint(error)
            ? noticeBox('服务器尚未提供热点分析接口（/api/v1/hotspots，见第 5 号需求），暂时无法分析。')
            : errorBox(`分析失败：${describeError(error)}`));
        }
      } finally {
        clearInterval(tick);
        if (this.running === controller) this.running = null;
        run.disabled = false;
      }
    });
    return h('div', {}, h('h2', {}, '热点分析'),
      field('分析方法', method), rows.units, rows.h3, rows.neighbours, rows.weights, rows.bandwidth, rows.timeStep,
      h('h3', {}, '案件筛选'),
      field('类别', category), h('div', { class: 'ld-row' }, field('受理日期起', from), field('至', to)),
      h('div', { class: 'ld-actions' }, run,
        h('button', { type: 'button', class: 'ld-button', onclick: () => this.clear() }, '清除结果')),
      this.message, this.results);
  }

  clear() {
    this.layer?.remove();
    this.layer = null;
    if (this.onMapClick) this.map.off('click', this.onMapClick);
    this.onMapClick = null;
    this.map.closePopup();
    if (this.casesHidden && this.caseLayer) this.map.addLayer(this.caseLayer);
    this.casesHidden = false;
    this.legend.remove('hotspots-result');
    fill(this.results);
  }

  /** Once the result is on screen (after the next paint): the marks the browser test and bench read. */
  #markDrawn() {
    requestAnimationFrame(() => setTimeout(() => {
      performance.mark('hotspot-drawn');
      const measure = performance.measure('hotspot-click-to-drawn', 'hotspot-click', 'hotspot-drawn');
      this.results.dataset.drawnMs = String(Math.round(measure.duration));
    }, 0));
  }

  /** The case markers would hide the cells and the cells the markers: markers off while a result shows. */
  #hideCases() {
    if (this.caseLayer && this.map.hasLayer(this.caseLayer)) {
      this.map.removeLayer(this.caseLayer);
      this.casesHidden = true;
    }
  }

  /** Draws a prepared compact answer (CompactAnalysis's summary): only the coloured rows have shapes. */
  async #showCompact(method, { columns, parameters, rowCount, colors, breaks, geometry }, signal) {
    this.clear();
    this.#hideCases();
    this.layer = new CellCanvas(geometry, colors).addTo(this.map);
    this.onMapClick = (event) => {
      // The shapes are in the map's datum already, like the click.
      const [x, y] = worldPixel(event.latlng.lat, event.latlng.lng);
      const i = rowAt(geometry, x, y, 6 / 2 ** this.map.getZoom());
      if (i < 0) return;
      this.analysis.row(i).then((properties) => {
        if (!properties || !this.layer) return;
        this.map.openPopup(tableColumns(method, columns)
          .map((c) => `${COLUMN_LABELS[c] ?? c}：${escapeHtml(cellText(c, properties[c]))}`).join('<br>'), event.latlng);
      }).catch(() => {});
    };
    this.map.on('click', this.onMapClick);
    const label = METHODS.find((m) => m.id === method)?.label ?? method;
    const items = method === 'kernel-density'
      ? legendFor(method, []).map((item, i) => ({ ...item, label: breaks.length ? `${round(breaks[i])} – ${round(breaks[i + 1])}` : '' }))
      : legendFor(method, []);
    this.legend.set('hotspots-result', { title: label, items, column: true, note: method === 'kernel-density'
      ? '密度为 0 的栅格不着色；点击栅格查看数值' : '不显著的单元不着色；点击着色单元查看数值' });
    // Fitting the map redraws the canvas at the new view: in a task of its own, not on top of the first draw.
    await nextTask();
    if (signal?.aborted || !this.layer) return;
    this.#fitTo(geometry, colors);
    // The map first, then the table's first page from the worker.
    await nextTask();
    await this.#table(method, columns, rowCount, parameters);
  }

  /** Fits the map to the coloured rows (all rows when none is coloured). */
  #fitTo(geometry, colors) {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const any = colors.some(Boolean);
    for (let i = 0; i < colors.length; i++) {
      const b = 4 * i;
      if ((any && !colors[i]) || Number.isNaN(geometry.boxes[b])) continue;
      minX = Math.min(minX, geometry.boxes[b]);
      minY = Math.min(minY, geometry.boxes[b + 1]);
      maxX = Math.max(maxX, geometry.boxes[b + 2]);
      maxY = Math.max(maxY, geometry.boxes[b + 3]);
    }
    if (minX > maxX) return;
    const corner = (x, y) => this.map.unproject([x, y], 0);
    this.map.fitBounds([corner(minX, maxY), corner(maxX, minY)], { maxZoom: 14 });
  }

  /** The rows in the order that matters (the worker's), 50 to a page, with Chinese column names. */
  async #table(method, columns, rowCount, parameters) {
    const shown = tableColumns(method, columns);
    const body = h('tbody');
    const pageLabel = h('span', { class: 'ld-muted', dataset: { testid: 'hotspot-page' } });
    const previous = h('button', { type: 'button', class: 'ld-button small', dataset: { testid: 'hotspot-previous' } }, '上一页');
    const next = h('button', { type: 'button', class: 'ld-button small', dataset: { testid: 'hotspot-next' } }, '下一页');
    let current = 0;
    const render = async (page) => {
      const { rows, page: shownPage, pages } = await this.analysis.page(page);
      current = shownPage;
      fill(body, rows.map((row) => h('tr', {}, shown.map((c) => h('td', {}, cellText(c, row[c]))))));
      pageLabel.textContent = `第 ${shownPage + 1} / ${pages} 页，共 ${rowCount} 行`;
      previous.disabled = shownPage === 0;
      next.disabled = shownPage >= pages - 1;
    };
    const turn = (page) => render(page).catch((error) => fill(body, h('tr', {}, h('td', { colspan: shown.length },
      errorBox(`表格加载失败：${describeError(error)}`)))));
    previous.addEventListener('click', () => turn(current - 1));
    next.addEventListener('click', () => turn(current + 1));
    await render(0);
    const csv = () => this.analysis.csv().then((text) => download(`热点分析-${method}.csv`, text))
      .catch((error) => fill(this.message, errorBox(`CSV 导出失败：${describeError(error)}`)));
    fill(this.results,
      h('h3', {}, `结果：${rowCount} 个单元`),
      parameters ? h('div', { class: 'ld-muted', dataset: { testid: 'hotspot-parameters' } }, `参数：${parametersLine(parameters)}`) : null,
      h('div', { class: 'ld-muted' }, ORDER_NOTES[method] ?? ''),
      h('button', { type: 'button', class: 'ld-button small', onclick: csv }, '下载 CSV'),
      h('div', { class: 'ld-table-wrap' }, h('table', { class: 'ld-table' },
        h('thead', {}, h('tr', {}, shown.map((c) => h('th', {}, COLUMN_LABELS[c] ?? c)))), body)),
      h('div', { class: 'ld-actions' }, previous, pageLabel, next));
  }

  #show(method, result) {
    this.clear();
    const features = (result?.features ?? []).filter((f) => f && f.properties);
    const label = METHODS.find((m) => m.id === method)?.label ?? method;
    const breaks = densityBreaks(features);
    this.layer = geoJSON({ type: 'FeatureCollection', features }, {
      coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
      style: (f) => ({ color: '#555', weight: 0.5, fillColor: colorFor(method, f.properties, breaks), fillOpacity: 0.7 }),
      pointToLayer: (f, ll) => circleMarker(ll, { radius: 6, color: '#555', weight: 0.5, fillColor: colorFor(method, f.properties, breaks), fillOpacity: 0.85 }),
      onEachFeature: (f, layer) => layer.bindTooltip(Object.entries(f.properties)
        .filter(([, v]) => v === null || typeof v !== 'object')
        .map(([key, v]) => `${COLUMN_LABELS[key] ?? key}：${escapeHtml(cellText(key, v))}`).join('<br>'), { sticky: true }),
    }).addTo(this.map);
    if (features.length > 0) this.map.fitBounds(this.layer.getBounds(), { maxZoom: 14 });
    this.legend.set('hotspots-result', { title: label, items: legendFor(method, features), column: true });
    const columns = resultColumns(features);
    const sorted = byImportance(features);
    fill(this.results,
      h('h3', {}, `结果：${features.length} 个单元`),
      result.parameters ? h('div', { class: 'ld-muted', dataset: { testid: 'hotspot-parameters' } },
        `参数：${parametersLine(result.parameters)}`) : null,
      h('button', { type: 'button', class: 'ld-button small', onclick: () => download(`热点分析-${method}.csv`, resultsToCsv(features)) }, '下载 CSV'),
      h('div', { class: 'ld-table-wrap' }, h('table', { class: 'ld-table' },
        h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, COLUMN_LABELS[c] ?? c)))),
        h('tbody', {}, sorted.slice(0, 200).map((f) => h('tr', {}, columns.map((c) => {
          return h('td', {}, cellText(c, f.properties[c]));
        })))))),
      features.length > 200 ? h('div', { class: 'ld-muted' }, `表中列出前 200 个，完整结果请下载 CSV。`) : null);
  }
}

/** What the table's order is, in words. */
const ORDER_NOTES = Object.freeze({
  'gi-star': '按 |z 得分| 从大到小排列（最显著的热点和冷点在前）',
  'local-moran': '按 |z 得分| 从大到小排列',
  'kernel-density': '按密度从高到低排列',
  emerging: '按模式的紧要程度排列（加强、持续、连续、新增……），同类按最近一期 |z 得分|',
  warnings: '按 p 值从小到大排列',
});

function round(value) {
  return Math.abs(value) >= 10 ? Math.round(value) : Number(value.toFixed(2));
}

/** Tooltips are HTML; names come from the data. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
