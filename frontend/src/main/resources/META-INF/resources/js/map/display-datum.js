import { fromWgs84, toWgs84 } from '../geo/china-datum.js';

/**
 * The datum the map is drawn in. Our data and the API are WGS-84, and so are our own base map and
 * Tianditu; Amap's tiles are GCJ-02, so while it is the base map every overlay is shifted into
 * GCJ-02 and every click shifted back before it reaches the API. Layers listen for `change`.
 */
export class DisplayDatum extends EventTarget {
  #datum = 'wgs84';

  get current() {
    return this.#datum;
  }

  set(datum) {
    if (datum !== this.#datum) {
      this.#datum = datum;
      this.dispatchEvent(new Event('change'));
    }
  }

  /** [lat, lng] on the map for a WGS-84 [lon, lat]. */
  toMap([lon, lat]) {
    const [x, y] = fromWgs84([lon, lat], this.#datum);
    return [y, x];
  }

  /** WGS-84 [lon, lat] for a map position {lat, lng}. */
  fromMap({ lat, lng }) {
    return toWgs84([lng, lat], this.#datum);
  }
}

/** The one display datum of the page. */
export const displayDatum = new DisplayDatum();
