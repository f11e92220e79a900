import { Layer, divIcon, marker } from 'leaflet';
import { loadMarkerCluster } from '../vendor/markercluster.js';
import { displayDatum } from '../map/display-datum.js';
import { stateColor, stateLabel } from './states.js';
export { CASE_LEGEND } from './case-legend.js';
import { isOverdue } from './clocks.js';

/**
 * The cases of a CaseStore as markers, clustered with Leaflet.markercluster, coloured by state,
 * overdue ones ringed in red. A click selects the case (`select` event {caseId}).
 */
export const CaseLayer = Layer.extend({
  initialize(store) {
    this._store = store;
    this._selected = null;
    this._markers = new Map();
    this._onLoaded = () => this._draw();
    this._onDatum = () => this._draw();
  },

  onAdd(map) {
    this._store.addEventListener('loaded', this._onLoaded);
    displayDatum.addEventListener('change', this._onDatum);
    loadMarkerCluster().then((MarkerClusterGroup) => {
      if (!this._map) return;
      this._group = new MarkerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 48,
        spiderfyOnMaxZoom: true,
        disableClusteringAtZoom: 17,
        chunkedLoading: true,
        iconCreateFunction: (cluster) => clusterIcon(cluster),
      });
      map.addLayer(this._group);
      this._draw();
      this.fire('ready');
    }).catch((error) => this.fire('loaderror', { error }));
  },

  onRemove(map) {
    this._store.removeEventListener('loaded', this._onLoaded);
    displayDatum.removeEventListener('change', this._onDatum);
    if (this._group) {
      map.removeLayer(this._group);
      this._group = null;
    }
  },

  /** Highlights one case's marker (null for none). */
  select(caseId) {
    const previous = this._markers.get(this._selected);
    this._selected = caseId;
    if (previous) previous.setIcon(caseIcon(previous.options.ldCase, false));
    const current = this._markers.get(caseId);
    if (current) current.setIcon(caseIcon(current.options.ldCase, true));
  },

  _draw() {
    if (!this._group) return;
    const now = Date.now();
    this._group.clearLayers();
    this._markers.clear();
    const markers = this._store.cases.map((c) => {
      const m = marker(displayDatum.toMap([c.location.lon, c.location.lat]), {
        icon: caseIcon(c, c.id === this._selected, now),
        title: `${c.number} ${stateLabel(c.state)} ${c.category?.name ?? ''}`,
        ldCase: c,
        ldOverdue: isOverdue(c, now),
        keyboard: false,
      });
      m.on('click', () => this.fire('select', { caseId: c.id }));
      this._markers.set(c.id, m);
      return m;
    });
    this._group.addLayers(markers);
  },
});

function caseIcon(c, selected, now = Date.now()) {
  const classes = ['ld-case-marker', `state-${c.state}`];
  if (isOverdue(c, now)) classes.push('overdue');
  if (selected) classes.push('selected');
  return divIcon({
    className: classes.join(' '),
    html: `<span style="background:${stateColor(c.state)}"></span>`,
    iconSize: [22, 22],
    iconAnchor: [11, 11],
  });
}

function clusterIcon(cluster) {
  const children = cluster.getAllChildMarkers();
  const count = children.length;
  const overdue = children.some((m) => m.options.ldOverdue);
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  const icon = divIcon({
    html: `<div><span>${count}</span></div>`,
    className: `marker-cluster marker-cluster-${size}${overdue ? ' ld-has-overdue' : ''}`,
    iconSize: [40, 40],
  });
  return icon;
}

