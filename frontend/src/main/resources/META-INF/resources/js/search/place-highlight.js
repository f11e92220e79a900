import { circleMarker, geoJSON, latLng, layerGroup } from 'leaflet';
import { displayDatum } from '../map/display-datum.js';

const OUTLINE = { color: '#e8590c', weight: 4, opacity: 0.95, fillColor: '#ffa94d', fillOpacity: 0.12 };

/**
 * Shows a place picked in the search box: the map flies to its extent (a point place to zoom 17),
 * its outline is drawn in orange (admin areas and grid cells fetched by code, roads, water and
 * landmarks from the answer's shape) with a marker and its name. One highlight at a time.
 */
export class PlaceHighlight {
  #layer = layerGroup();
  #token = 0;

  /**
   * @param {object} options
   * @param {import('leaflet').Map} options.map
   * @param {import('../api/client.js').ApiClient} options.client
   * @param {import('../api/urls.js').ApiUrls} options.urls
   */
  constructor({ map, client, urls }) {
    this.map = map;
    this.client = client;
    this.urls = urls;
    this.#layer.addTo(map);
    this.current = null;
  }

  clear() {
    this.#token++;
    this.#layer.clearLayers();
    this.current = null;
    delete this.map.getContainer().dataset.searchHighlight;
  }

  /** Flies to the item and outlines it; resolves once the outline is drawn. */
  async show(item) {
    this.clear();
    const token = this.#token;
    this.current = item;
    const [west, south, east, north] = item.bbox;
    const corners = [latLng(displayDatum.toMap([west, south])), latLng(displayDatum.toMap([east, north]))];
    const point = latLng(displayDatum.toMap([item.point.lon, item.point.lat]));
    if (corners[0].distanceTo(corners[1]) < 60) {
      this.map.setView(point, Math.max(this.map.getZoom(), 17));
    } else {
      this.map.fitBounds(corners, { padding: [24, 24], maxZoom: 17 });
    }
    const marker = circleMarker(point, { radius: 7, color: '#fff', weight: 2, fillColor: '#e8590c', fillOpacity: 1, interactive: false })
      .bindTooltip(item.label ?? item.name, { permanent: true, direction: 'top', offset: [0, -8], className: 'ld-search-tooltip' });
    this.#layer.addLayer(marker);
    let shape = item.shape ?? null;
    if (!shape && item.code && ['district', 'township', 'village'].includes(item.kind)) {
      shape = await this.client.getJson(this.urls.place(item.code)).catch(() => null);
    } else if (!shape && item.kind === 'grid' && item.code) {
      shape = await this.client.getJson(this.urls.gridCell(item.code)).catch(() => null);
    }
    if (token !== this.#token) return;
    if (shape) {
      this.#layer.addLayer(geoJSON(shape, {
        coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
        style: OUTLINE, interactive: false,
        pointToLayer: (feature, at) => circleMarker(at, { ...OUTLINE, radius: 10 }),
      }));
    }
    marker.bringToFront();
    this.map.getContainer().dataset.searchHighlight = `${item.kind}:${item.name}`;
  }
}
