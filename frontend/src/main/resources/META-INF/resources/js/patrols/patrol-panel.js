import { circleMarker, geoJSON, latLng } from 'leaflet';
import { API_PATH } from '../api/urls.js';
import { describeError } from '../api/index.js';
import { formatDateTime } from '../format/format.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, errorBox, noticeBox } from '../ui/dom.js';
import { CoverageLayer } from './coverage-layer.js';
import { COVERAGE_COLOURS, MAX_BATCH, PositionQueue, coverageText, geolocationProblem, summary, toPosition } from './patrol-model.js';

/** How often positions are sent while patrolling. */
const SEND_EVERY_MS = 10_000;

/**
 * 巡查 for the grid worker, on the phone: 开始巡查 starts a patrol on the server and follows the
 * phone's position (navigator.geolocation.watchPosition); the positions go to the server in
 * batches every few seconds and are drawn on the map; 结束巡查 sends the rest and stops the patrol,
 * and the server answers how far it went and how many unit grid cells it passed. Below, the
 * coverage of the worker's 责任网格 today or this week, drawn on the map (walked, long unvisited).
 */
export class PatrolPanel {
  #queue = null;
  #watch = null;
  #timer = null;
  #line = null;
  #track = [];
  #locationProblem = false;

  constructor({ client, urls, map, geolocation = globalThis.navigator?.geolocation }) {
    this.client = client;
    this.urls = urls;
    this.map = map;
    this.geolocation = geolocation;
    this.patrol = null;
    this.button = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'patrol-toggle' },
      onclick: () => (this.patrol ? this.stop() : this.start()) }, '开始巡查');
    this.status = h('div', { class: 'ld-muted', dataset: { testid: 'patrol-status' }, 'aria-live': 'polite' },
      '开始巡查后，位置每隔几秒发送一次；巡查结束时计算经过的单元网格。');
    this.message = h('div', { dataset: { testid: 'patrol-message' } });
    this.coverageLayer = new CoverageLayer({ client, urls, map });
    this.coveragePeriod = 'day';
    this.coverage = h('div', { class: 'ld-muted', dataset: { testid: 'patrol-coverage' }, 'aria-live': 'polite' });
    const periodButton = (period, label) => h('button', { type: 'button', class: 'ld-button', dataset: { testid: `coverage-${period}` },
      onclick: () => { this.coveragePeriod = period; this.showCoverage(true); } }, label);
    const key = (colour, label) => h('span', { class: 'ld-coverage-key' }, h('i', { style: `background:${colour}` }), label);
    this.element = h('div', { dataset: { testid: 'patrol-panel' } }, h('h2', {}, '巡查'), this.button, this.status, this.message,
      h('h3', {}, '巡查覆盖'), h('div', { class: 'ld-row' }, periodButton('day', '今日'), periodButton('week', '本周')),
      this.coverage,
      h('div', { class: 'ld-coverage-keys' }, key(COVERAGE_COLOURS.walked, '已巡查'),
        key(COVERAGE_COLOURS.longUnvisited, '多日未巡查'), key(COVERAGE_COLOURS.notYet, '本期未巡查')));
    this.showCoverage(false);
  }

  /** The coverage of the period chosen, on the map; {@code fit}: bring the cells into view. */
  async showCoverage(fit) {
    fill(this.coverage, '正在统计巡查覆盖…');
    try {
      fill(this.coverage, coverageText(await this.coverageLayer.show({ period: this.coveragePeriod, fit })));
    } catch (error) {
      fill(this.coverage, errorBox(`巡查覆盖加载失败：${describeError(error)}`, () => this.showCoverage(fit)));
    }
  }

  hide() {
    // Patrolling goes on while another tab is open: the worker may report a case on the way.
  }

  async start() {
    fill(this.message);
    if (!this.geolocation) {
      fill(this.message, errorBox(geolocationProblem(null)));
      return;
    }
    this.button.disabled = true;
    try {
      this.patrol = await this.client.postJson(this.#url(''), {});
    } catch (error) {
      fill(this.message, errorBox(`无法开始巡查：${describeError(error)}`));
      this.button.disabled = false;
      return;
    }
    this.#queue = new PositionQueue();
    // The last patrol's line stays on the map until the next one begins.
    this.#line?.remove();
    this.#track = [];
    this.#line = geoJSON(null, {
      coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
      style: { color: '#d1451f', weight: 4, opacity: 0.85 },
      pointToLayer: (feature, at) => circleMarker(at, { radius: 5, color: '#d1451f', interactive: false }),
      interactive: false,
    }).addTo(this.map);
    this.#watch = this.geolocation.watchPosition((p) => this.#onPosition(p), (e) => this.#onError(e),
      { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 });
    this.#timer = setInterval(() => this.#send(), SEND_EVERY_MS);
    this.button.textContent = '结束巡查';
    this.button.disabled = false;
    this.#showProgress();
  }

  async stop() {
    this.button.disabled = true;
    this.geolocation.clearWatch(this.#watch);
    clearInterval(this.#timer);
    try {
      while (this.#queue.size > 0) {
        if (!(await this.#send())) throw this.lastError;
      }
      const ended = await this.client.postJson(this.#url(`/${this.patrol.id}/stop`), {});
      this.patrol = null;
      this.button.textContent = '开始巡查';
      fill(this.status, `巡查已结束（${formatDateTime(ended.endedAt)}）`);
      fill(this.message, noticeBox(summary(ended)));
      this.showCoverage(false);
    } catch (error) {
      // Still running on the server: the worker may try again, nothing taken is lost.
      this.#watch = this.geolocation.watchPosition((p) => this.#onPosition(p), (e) => this.#onError(e),
        { enableHighAccuracy: true, maximumAge: 0, timeout: 30_000 });
      this.#timer = setInterval(() => this.#send(), SEND_EVERY_MS);
      fill(this.message, errorBox(`结束巡查失败：${describeError(error)}，请稍后再试`));
    } finally {
      this.button.disabled = false;
    }
  }

  #onPosition(geolocationPosition) {
    const position = toPosition(geolocationPosition);
    if (!this.#queue.add(position)) return;
    this.#track.push([position.lon, position.lat]);
    // A fix again: a geolocation problem shown before is over.
    if (this.#locationProblem) {
      fill(this.message);
      this.#locationProblem = false;
    }
    // The first fix brings the map to the worker, close enough to see the line grow.
    if (this.#track.length === 1) this.map.setView(displayDatum.toMap(this.#track[0]), Math.max(this.map.getZoom(), 16));
    this.#line.clearLayers();
    this.#line.addData(this.#track.length === 1
      ? { type: 'Point', coordinates: this.#track[0] }
      : { type: 'LineString', coordinates: this.#track });
    this.#showProgress();
  }

  #onError(error) {
    fill(this.message, errorBox(geolocationProblem(error)));
    this.#locationProblem = true;
  }

  /** Sends the next batch; false when it failed (the batch stays queued). */
  async #send() {
    const batch = this.#queue.take(MAX_BATCH);
    if (!batch) return true;
    try {
      this.patrol = await this.client.postJson(this.#url(`/${this.patrol.id}/positions`), { crs: 'wgs84', positions: batch });
      this.#queue.sent();
      this.#showProgress();
      return true;
    } catch (error) {
      this.#queue.failed();
      this.lastError = error;
      fill(this.message, errorBox(`位置发送失败：${describeError(error)}，稍后自动重试`));
      return false;
    }
  }

  #showProgress() {
    const waiting = this.#queue.size;
    fill(this.status, `巡查中（${formatDateTime(this.patrol.startedAt)} 开始）：已发送 ${this.patrol.pointCount} 个位置`
      + (waiting ? `，待发送 ${waiting} 个` : ''));
  }

  #url(path) {
    return this.urls.page(`${API_PATH}grids/patrols${path}`);
  }
}

