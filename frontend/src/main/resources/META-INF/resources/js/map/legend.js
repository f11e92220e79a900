import { Control, DomEvent, DomUtil } from 'leaflet';
import { h, fill } from '../ui/dom.js';

/** Analysis results and case layers first, then the reference layers in the order they were added. */
const FIRST = ['hotspots-result', 'hotspots', 'heat', 'cases', 'jurisdiction'];

function rank(key) {
  const index = FIRST.indexOf(key);
  return index < 0 ? FIRST.length : index;
}

/**
 * One legend for every overlay that is on: each layer registers its entries under its key while
 * it shows and removes them when it leaves (Leaflet choropleth example). Folded on small screens.
 *
 * An entry: {title, items: [{label, color, shape: 'dot'|'ring'|'area'|'line'|'dash'|'glyph', glyph?}], gradient?, note?,
 * column? (ordered classes, one per line)}
 */
export const Legend = Control.extend({
  options: { position: 'bottomright' },

  initialize(options) {
    Control.prototype.initialize.call(this, options);
    this._entries = new Map();
  },

  onAdd() {
    this._details = DomUtil.create('details', 'ld-legend leaflet-control');
    this._details.open = window.innerWidth > 720;
    this._details.dataset.testid = 'legend';
    DomEvent.disableClickPropagation(this._details);
    DomEvent.disableScrollPropagation(this._details);
    this._render();
    return this._details;
  },

  set(key, entry) {
    this._entries.set(key, entry);
    this._render();
    return this;
  },

  remove(key) {
    if (this._entries.delete(key)) {
      this._render();
    }
    return this;
  },

  has(key) {
    return this._entries.has(key);
  },

  _render() {
    if (!this._details) return;
    const sections = [...this._entries.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([key, entry]) => h('section', { dataset: { legend: key } },
      h('h4', {}, entry.title),
      entry.gradient ? h('span', { class: 'ld-gradient', style: { background: entry.gradient } }) : null,
      h('ul', { class: entry.column ? 'ld-legend-column' : '' }, (entry.items ?? []).map((item) => h('li', {},
        h('span', { class: `ld-swatch ${item.shape ?? 'area'}`, style: swatchStyle(item) }, item.shape === 'glyph' ? item.glyph : null),
        item.label))),
      entry.note ? h('div', { class: 'ld-muted' }, entry.note) : null));
    fill(this._details, h('summary', {}, '图例'), sections.length > 0 ? sections : h('div', { class: 'ld-muted' }, '未打开图层'));
    this._details.hidden = false;
  },
});

function swatchStyle(item) {
  if (item.shape === 'dash') return { borderTopColor: item.color };
  if (item.shape === 'ring') return {};
  return { background: item.color };
}
