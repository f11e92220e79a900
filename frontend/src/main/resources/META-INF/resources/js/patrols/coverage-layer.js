import { circleMarker, geoJSON, latLng } from 'leaflet';
import { API_PATH } from '../api/urls.js';
import { displayDatum } from '../map/display-datum.js';
import { coverageStyle } from './patrol-model.js';

/**
 * The coverage map of one grid worker for a day or week: every cell of their 责任网格, green where a
 * patrol passed, red where none has for the configured number of days, grey otherwise. One layer on
 * the map at a time; show() replaces it.
 */
/** The most tracks drawn at once: a worker walks a few patrols a day. */
const MAX_TRACKS = 20;

export class CoverageLayer {
  #layer = null;
  #tracks = null;

  constructor({ client, urls, map }) {
    this.client = client;
    this.urls = urls;
    this.map = map;
  }

  /** Loads the report and its cells; resolves to the report. {@code worker} null: the signed-in worker. */
  async show({ worker = null, period = 'day', fit = false } = {}) {
    const query = new URLSearchParams({ period });
    if (worker) query.set('worker', worker);
    const [report, cells] = await Promise.all([
      this.client.getJson(this.urls.page(`${API_PATH}grids/patrols/coverage?${query}`)),
      this.client.getJson(this.urls.page(`${API_PATH}grids/patrols/coverage/cells?${query}`)),
    ]);
    this.#layer?.remove();
    this.#layer = geoJSON(cells, {
      coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
      style: (feature) => coverageStyle(feature.properties),
      interactive: false,
    }).addTo(this.map);
    this.#layer.bringToBack();
    if (fit && cells.features.length > 0) this.map.fitBounds(this.#layer.getBounds(), { maxZoom: 17 });
    return report;
  }

  /**
   * Draws the tracks of `worker`'s patrols begun since `firstDay` (ISO date) in `scope` (a township
   * code), for the township's staff; resolves to how many patrols there were.
   */
  async showPatrols({ worker, scope, firstDay }) {
    const query = new URLSearchParams({ scope, from: firstDay, limit: '100' });
    const { items } = await this.client.getJson(this.urls.page(`${API_PATH}grids/patrols?${query}`));
    const mine = items.filter((p) => p.worker === worker);
    const tracks = await Promise.all(mine.slice(0, MAX_TRACKS).map((p) =>
      this.client.getJson(this.urls.page(`${API_PATH}grids/patrols/${p.id}/track`))));
    this.#tracks?.remove();
    this.#tracks = geoJSON(null, {
      coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
      style: { color: '#d1451f', weight: 3, opacity: 0.9 },
      pointToLayer: (feature, at) => circleMarker(at, { radius: 4, color: '#d1451f', interactive: false }),
      interactive: false,
    }).addTo(this.map);
    for (const track of tracks) this.#tracks.addData(track);
    return mine.length;
  }

  remove() {
    this.#layer?.remove();
    this.#layer = null;
    this.#tracks?.remove();
    this.#tracks = null;
  }
}
