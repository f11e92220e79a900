/**
 * The grid worker's patrol without the browser: positions as the server takes them, the queue
 * that sends them in bounded batches and keeps what a failed request did not deliver, and the
 * words shown about a patrol.
 */
import { formatDistance } from '../format/format.js';

/** The most positions one request carries (the server's luodian.patrols.max-batch-points is 500). */
export const MAX_BATCH = 200;

/** A position from navigator.geolocation, as POST …/positions takes it (WGS-84, ISO time). */
export function toPosition(geolocationPosition) {
  const { longitude, latitude } = geolocationPosition.coords;
  return { lon: longitude, lat: latitude, time: new Date(geolocationPosition.timestamp).toISOString() };
}

/**
 * Positions waiting to be sent, in the order taken. `take` hands out the oldest batch and holds it
 * until `sent` (gone) or `failed` (back at the head, to go again with the next send).
 */
export class PositionQueue {
  #waiting = [];
  #inFlight = [];
  #lastTime = null;
  #sent = 0;

  /** Adds a position; one no newer than the last one added is dropped (the server refuses time going back). */
  add(position) {
    if (this.#lastTime !== null && position.time < this.#lastTime) return false;
    this.#lastTime = position.time;
    this.#waiting.push(position);
    return true;
  }

  get size() {
    return this.#waiting.length + this.#inFlight.length;
  }

  get sentCount() {
    return this.#sent;
  }

  get busy() {
    return this.#inFlight.length > 0;
  }

  /** The next batch (at most `max`), or null when nothing waits or a batch is still on its way. */
  take(max = MAX_BATCH) {
    if (this.busy || this.#waiting.length === 0) return null;
    this.#inFlight = this.#waiting.splice(0, max);
    return [...this.#inFlight];
  }

  sent() {
    this.#sent += this.#inFlight.length;
    this.#inFlight = [];
  }

  failed() {
    this.#waiting.unshift(...this.#inFlight);
    this.#inFlight = [];
  }
}


/** The line shown after a patrol ended. */
export function summary(patrol) {
  return `本次巡查 ${formatDistance(patrol.lengthMetres)}，记录 ${patrol.pointCount} 个位置，经过 ${patrol.cellCount} 个单元网格`;
}

/** What a geolocation error means to the worker. */
export function geolocationProblem(error) {
  switch (error?.code) {
    case 1: return '没有定位权限：请在浏览器设置中允许本网站使用位置信息';
    case 2: return '暂时无法定位，请到开阔处再试';
    case 3: return '定位超时，正在继续尝试';
    default: return '此浏览器不支持定位';
  }
}

/** Colours of the coverage map: patrolled in the period, long unvisited, neither. */
export const COVERAGE_COLOURS = Object.freeze({ walked: '#1f8a4c', longUnvisited: '#c62828', notYet: '#8a8f98' });

/** The style of one cell of the coverage map, from its feature properties. */
export function coverageStyle(properties) {
  const colour = properties.passes > 0 ? COVERAGE_COLOURS.walked
    : properties.longUnvisited ? COVERAGE_COLOURS.longUnvisited : COVERAGE_COLOURS.notYet;
  return { color: colour, weight: 1.5, fillColor: colour, fillOpacity: properties.passes > 0 ? 0.35 : 0.12 };
}

/** The line above the coverage map: "今日（按日）已巡查 3 / 41 个单元网格，12 个超过 7 天未巡查". */
export function coverageText(report) {
  const when = report.period === 'week' ? `${report.firstDay} 起一周` : report.firstDay === today() ? '今日' : `${report.firstDay} 当日`;
  if (report.cellCount === 0) return `${when}：你还没有负责的单元网格（未划入责任网格）`;
  const stale = report.longUnvisitedCount > 0 ? `，${report.longUnvisitedCount} 个超过 ${report.notVisitedDays} 天未巡查` : '';
  return `${when}已巡查 ${report.visitedCount} / ${report.cellCount} 个单元网格${stale}`;
}

function today() {
  // The patrol zone is Beijing's: the date there, whatever the phone's own zone is.
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
