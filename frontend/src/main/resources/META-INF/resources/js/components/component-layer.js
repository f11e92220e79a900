import { Control, DomEvent, GeoJSON, Layer, canvas, divIcon, latLng, marker, popup } from 'leaflet';
import { describeError } from '../api/index.js';
import { formatDateTime } from '../format/format.js';
import { ViewLoader } from '../layers/view-loader.js';
import { displayDatum } from '../map/display-datum.js';
import { h, fill, progress, errorBox, select } from '../ui/dom.js';
import {
  COMPONENT_STATUSES, cardRows, componentCategories, componentQuery, historyLine, isDemo, majorGlyph, statusColor,
} from './component-model.js';

export { COMPONENT_LEGEND } from './component-model.js';

const PANE = 'ld-components';
const MIN_ZOOM = 16;

/**
 * The city components (部件) overlay: from zoom 16 the components in view (GET /components by bbox,
 * at most 500), coloured by status, filtered by 大类, 小类 and status with a small control shown
 * while the overlay is on; a click opens the component's card with its history and cases.
 */
export const ComponentLayer = Layer.extend({
  /**
   * @param {import('../api/client.js').ApiClient} client
   * @param {import('../api/urls.js').ApiUrls} urls
   */
  initialize(client, urls) {
    this._client = client;
    this._urls = urls;
    this._filter = { major: '', category: '', status: '' };
    this._visible = false;
    this._features = new GeoJSON(null, {
      pane: PANE,
      renderer: canvas({ pane: PANE }),
      style: (feature) => ({ color: statusColor(feature.properties.status), weight: 3, fillOpacity: 0.35 }),
      // A point is a disc in its status's colour with its 大类's character (公, 道, 市 …).
      pointToLayer: (feature, at) => marker(at, {
        pane: PANE,
        keyboard: false,
        title: `${feature.properties.categoryName ?? feature.properties.category} ${feature.properties.code}（${feature.properties.status}）`,
        icon: divIcon({
          className: 'ld-component-icon', iconSize: [18, 18], iconAnchor: [9, 9],
          html: h('span', { style: { background: statusColor(feature.properties.status) } }, majorGlyph(feature.properties.category)),
        }),
      }),
      onEachFeature: (feature, layer) => layer.on('click', (event) => this._openCard(feature, event.latlng)),
      coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
    });
    this._loader = new ViewLoader({
      minZoom: MIN_ZOOM,
      byBbox: true,
      load: (bbox, signal) => client.getJson(urls.components(componentQuery(bbox, this._filter)), { signal }),
      onData: (collection) => this._show(collection),
      onError: (error) => this.fire('loaderror', { error }),
      onVisibility: (visible) => {
        this._visible = visible;
        this._sync();
      },
    });
    this._control = new ComponentFilter(this);
    this._onDatum = () => this._collection && this._show(this._collection);
  },

  onAdd(map) {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '450';
    map.on('moveend', this._onMoveEnd, this);
    displayDatum.addEventListener('change', this._onDatum);
    this._control.addTo(map);
    this._loader.refresh(this._view());
    this._sync();
  },

  onRemove(map) {
    map.off('moveend', this._onMoveEnd, this);
    displayDatum.removeEventListener('change', this._onDatum);
    this._loader.cancel();
    this._control.remove();
    map.removeLayer(this._features);
  },

  /** A new filter: the components in view are loaded again. */
  setFilter(filter) {
    this._filter = { ...this._filter, ...filter };
    this._loader.invalidate();
    if (this._map) this._loader.refresh(this._view());
  },

  _onMoveEnd() {
    this._loader.viewChanged(this._view());
  },

  _view() {
    const bounds = this._map.getBounds();
    return { bbox: [...displayDatum.fromMap(bounds.getSouthWest()), ...displayDatum.fromMap(bounds.getNorthEast())], zoom: this._map.getZoom() };
  },

  _sync() {
    if (!this._map) return;
    if (this._visible) this._map.addLayer(this._features);
    else this._map.removeLayer(this._features);
    this._control.setZoomedOut(!this._visible);
  },

  _show(collection) {
    this._collection = collection;
    this._features.clearLayers();
    this._features.addData(collection);
    this._control.setCount(collection.features.length, collection.more === true);
    this.fire('loaded', { count: collection.features.length });
  },

  async _openCard(feature, at) {
    const code = feature.properties.code;
    const card = h('div', { class: 'ld-component-card', dataset: { testid: 'component-card', code } }, progress('正在加载部件…'));
    const shown = popup({ maxWidth: 340, minWidth: 260, maxHeight: 420 }).setLatLng(at).setContent(card).openOn(this._map);
    try {
      const [one, about] = await Promise.all([
        this._client.getJson(this._urls.component(code)), this._client.getJson(this._urls.componentCases(code))]);
      fill(card, componentCard(one.properties, about.cases ?? []));
    } catch (error) {
      fill(card, errorBox(`部件加载失败：${describeError(error)}`));
    }
    // The card grew once loaded: lay the popup out again and pan the map so that it shows whole.
    if (shown.isOpen()) shown.update();
  },
});

function componentCard(p, cases) {
  const history = (p.history ?? []).slice(-4).reverse();
  return [
    h('div', { class: 'ld-component-title' }, h('strong', {}, `${p.categoryName ?? p.category} ${p.code}`),
      isDemo(p) ? h('span', { class: 'demo-badge', style: { background: '#b8560f' } }, '示例') : null),
    h('dl', { class: 'ld-props' }, cardRows(p).map(([label, value]) => [h('dt', {}, label),
      h('dd', label === '状态' ? { dataset: { testid: 'component-status-value' }, style: { color: statusColor(value) } } : {}, value)])),
    h('h4', {}, '变更历史'),
    history.length === 0 ? h('div', { class: 'ld-muted' }, '暂无')
      : h('ol', { class: 'ld-timeline' }, history.map((item) => h('li', {}, historyLine(item, formatDateTime)))),
    h('h4', {}, `相关案件（${cases.length}${cases.length >= 100 ? '+' : ''}）`),
    cases.length === 0 ? h('div', { class: 'ld-muted' }, '暂无')
      : h('ul', { class: 'ld-component-cases', dataset: { testid: 'component-cases' } },
        cases.slice(0, 5).map((c) => h('li', {}, `${c.number} ${c.stateLabel ?? c.state} · ${c.description ?? ''}`))),
  ];
}

/** The filter of the components overlay: 大类, then its 小类, and status; and what the view holds. */
const ComponentFilter = Control.extend({
  options: { position: 'topleft' },

  initialize(layer) {
    this._layer = layer;
  },

  onAdd() {
    const major = select({ name: 'component-major', 'aria-label': '部件大类' }, [{ value: '', label: '全部大类' }], '');
    const category = select({ name: 'component-category', 'aria-label': '部件小类' }, [{ value: '', label: '全部小类' }], '');
    const status = select({ name: 'component-status-filter', 'aria-label': '部件状态' },
      [{ value: '', label: '全部状态' }, ...COMPONENT_STATUSES.map((s) => ({ value: s.id, label: s.id }))], '');
    this._count = h('div', { class: 'ld-muted', dataset: { testid: 'component-count' } });
    let groups = [];
    const fillCategories = () => {
      const group = groups.find((g) => g.code === major.value);
      fill(category, h('option', { value: '' }, '全部小类'),
        (group?.children ?? []).map((c) => h('option', { value: c.code }, `${c.code} ${c.name}`)));
    };
    this._layer._client.getJson(this._layer._urls.categories()).then((body) => {
      groups = componentCategories(body.categories);
      fill(major, h('option', { value: '' }, '全部大类'), groups.map((g) => h('option', { value: g.code }, `${g.code} ${g.name}`)));
    }).catch(() => { /* the filter keeps 全部; the layer still shows */ });
    major.addEventListener('change', () => {
      fillCategories();
      this._layer.setFilter({ major: major.value, category: '' });
    });
    category.addEventListener('change', () => this._layer.setFilter({ category: category.value }));
    status.addEventListener('change', () => this._layer.setFilter({ status: status.value }));
    const container = h('div', { class: 'leaflet-bar ld-component-filter', dataset: { testid: 'component-filter' } },
      h('div', { class: 'ld-component-filter-title' }, '部件筛选'), major, category, status, this._count);
    DomEvent.disableClickPropagation(container);
    DomEvent.disableScrollPropagation(container);
    return container;
  },

  setZoomedOut(zoomedOut) {
    if (zoomedOut && this._count) fill(this._count, `放大到 ${MIN_ZOOM} 级查看部件`);
  },

  setCount(count, more) {
    if (this._count) fill(this._count, more ? `显示 ${count} 个（请放大查看全部）` : `本视图 ${count} 个部件`);
  },
});
