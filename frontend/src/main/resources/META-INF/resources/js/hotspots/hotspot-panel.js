import { geoJSON, circleMarker, latLng } from 'leaflet';
import { describeError, isMissingEndpoint } from '../api/index.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, field, progress, errorBox, noticeBox, select, download } from '../ui/dom.js';
import { METHODS, UNITS, hotspotRequest } from './request.js';
import {
  COLUMN_LABELS, byImportance, cellText, colorFor, densityBreaks, legendFor, parametersLine, resultColumns, resultsToCsv,
} from './results.js';
import { dayStartInstant, nextDay } from '../format/format.js';

/**
 * The planner's hotspot panel: method, units, parameters and case filters → POST
 * api/v1/hotspots/{method} (issue 5); the result on the map with a legend, as a table and as CSV.
 * A server without the endpoint answers 404: the panel says so and keeps the form.
 */
export class HotspotPanel {
  constructor({ map, client, urls, legend, categories }) {
    this.map = map;
    this.client = client;
    this.urls = urls;
    this.legend = legend;
    this.layer = null;
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
      weights: h('div', { class: 'ld-row' }, field('空间权重', weights), h('label', { class: 'ld-inline-check', style: { marginBottom: '14px' } }, fdr, 'FDR 校正')),
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
      run.disabled = true;
      fill(this.message, progress('正在分析，案件较多时可能需要数秒…'));
      try {
        const result = await this.client.postJson(this.urls.hotspots(request.method), request.body);
        fill(this.message);
        this.#show(request.method, result);
      } catch (error) {
        fill(this.message, isMissingEndpoint(error)
          ? noticeBox('服务器尚未提供热点分析接口（/api/v1/hotspots，见第 5 号需求），暂时无法分析。')
          : errorBox(`分析失败：${describeError(error)}`));
      } finally {
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
    this.legend.remove('hotspots-result');
    fill(this.results);
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

/** Tooltips are HTML; names come from the data. */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
