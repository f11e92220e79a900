import { geoJSON, latLng } from 'leaflet';
import { API_PATH } from '../api/urls.js';
import { displayDatum } from '../map/display-datum.js';
import { coverageStyle } from './patrol-model.js';

/**
 * The coverage map of one grid worker for a day or week: every cell of their 责任网格, green where a
 * patrol passed, red where none has for the configured number of days, grey otherwise. One layer on
 * the map at a time; show() replaces it.
 */
export class CoverageLayer {
  #layer = null;

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

  remove() {
    this.#layer?.remove();
    this.#layer = null;
  }
}
