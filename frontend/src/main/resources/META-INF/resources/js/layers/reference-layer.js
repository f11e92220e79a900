import { GeoJSON, Layer, Util, canvas, circleMarker, latLng } from 'leaflet';
import { displayDatum } from '../map/display-datum.js';
import { describeFeature, featureLabel } from './describe-feature.js';
import { renderPopup } from './popup.js';
import { styleFor } from './styles.js';
import { ViewLoader } from './view-loader.js';

/**
 * One overlay of the map (an OverlayDef of catalog.js): loads its features from the API as the view
 * changes, draws them in its own pane, and opens a popup on click.
 *
 * Events: `loaded` {collection, count, truncated} after fresh features are drawn;
 * `loaderror` {error} when a load fails (aborted loads are not errors).
 */
export const ReferenceLayer = Layer.extend({
  options: {
    // @option debounceMs: Number = 300
    // Wait this long after the map stops moving before loading.
    debounceMs: 300,
    // @option padRatio: Number = 0.25
    // Bbox overlays load this share of the view's width and height more on each side, so small
    // pans need no request.
    padRatio: 0.25,
  },

  /**
   * @param {import('./catalog.js').OverlayDef} def
   * @param {import('../api/client.js').ApiClient} client
   * @param {object} [options]
   */
  initialize(def, client, options) {
    Util.setOptions(this, options);
    this.def = def;
    this._paneName = `ld-${def.key}`;
    this._visible = false;
    this._features = new GeoJSON(null, {
      pane: this._paneName,
      // One canvas per overlay pane for the overlays with many features.
      renderer: def.canvas ? canvas({ pane: this._paneName }) : undefined,
      style: (feature) => styleFor(def, feature),
      pointToLayer: (feature, latlng) =>
        circleMarker(latlng, { ...styleFor(def, feature), pane: this._paneName }),
      onEachFeature: (feature, layer) => this._bindFeature(feature, layer),
      // Drawn in the display datum: shifted to GCJ-02 while Amap is the base map.
      coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
    });
    this._collection = null;
    this._onDatumChange = () => {
      if (this._collection) {
        this._show(this._collection);
      }
    };
    this._loader = new ViewLoader({
      minZoom: def.minZoom,
      byBbox: def.byBbox,
      padRatio: this.options.padRatio,
      debounceMs: this.options.debounceMs,
      load: (bbox, signal) =>
        client.getFeatures(def.layer, { bbox, level: def.level, limit: def.limit }, { signal }),
      onData: (collection) => this._show(collection),
      onError: (error) => this.fire('loaderror', { error }),
      onVisibility: (visible) => {
        this._visible = visible;
        this._syncFeatures();
      },
    });
  },

  onAdd(map) {
    if (!map.getPane(this._paneName)) {
      map.createPane(this._paneName).style.zIndex = String(this.def.zIndex);
    }
    map.on('moveend', this._onMoveEnd, this);
    displayDatum.addEventListener('change', this._onDatumChange);
    this._loader.refresh(this._view());
    this._syncFeatures();
  },

  onRemove(map) {
    map.off('moveend', this._onMoveEnd, this);
    displayDatum.removeEventListener('change', this._onDatumChange);
    this._loader.cancel();
    map.removeLayer(this._features);
  },

  /** Load again for the current view, even where features are already loaded. */
  reload() {
    this._loader.invalidate();
    if (this._map) {
      this._loader.refresh(this._view());
    }
    return this;
  },

  _onMoveEnd() {
    this._loader.viewChanged(this._view());
  },

  _view() {
    const bounds = this._map.getBounds();
    const [west, south] = displayDatum.fromMap(bounds.getSouthWest());
    const [east, north] = displayDatum.fromMap(bounds.getNorthEast());
    return {
      bbox: [west, south, east, north],
      zoom: this._map.getZoom(),
    };
  },

  _syncFeatures() {
    if (!this._map) {
      return;
    }
    if (this._visible) {
      this._map.addLayer(this._features);
    } else {
      this._map.removeLayer(this._features);
    }
  },

  _show(collection) {
    this._collection = collection;
    this._features.clearLayers();
    this._features.addData(collection);
    this.fire('loaded', {
      collection,
      count: collection.features.length,
      truncated: collection.truncated === true,
    });
  },

  _bindFeature(feature, layer) {
    layer.bindPopup(() => renderPopup(describeFeature(this.def, feature.properties)), {
      maxWidth: 320,
    });
    if (this.def.labelled) {
      const label = featureLabel(feature.properties);
      if (label) {
        layer.bindTooltip(label, {
          permanent: true,
          direction: 'center',
          className: `ld-label ld-label-${this.def.key}`,
        });
      }
    }
  },
});
