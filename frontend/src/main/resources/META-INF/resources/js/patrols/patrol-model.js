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
