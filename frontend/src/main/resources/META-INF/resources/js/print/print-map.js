import { Control, DomEvent } from 'leaflet';
import { formatDateTime } from '../format/format.js';
import { h, fill } from '../ui/dom.js';

/**
 * 打印地图: a map button that turns the page into a print view — panels and header hidden, a title
 * line with the date and 示意数据 when the data is the demo region's, a north arrow, the scale bar and
 * the legend on the map — then 打印 hands it to the browser (A4 landscape, search-print.css).
 * 退出 (or Esc) brings the workspace back.
 */
export class PrintMapView {
  /**
   * @param {object} options
   * @param {import('leaflet').Map} options.map
   * @param {HTMLElement} options.frame the title line's element (#print-frame)
   * @param {() => boolean} options.demo whether the data shown is the demo region's
   * @param {() => void} [options.print] defaults to window.print
   */
  constructor({ map, frame, demo, print = () => window.print() }) {
    this.map = map;
    this.frame = frame;
    this.demo = demo;
    this.print = print;
    this.north = h('div', { class: 'ld-north', 'aria-hidden': 'true', hidden: true }, h('span', {}, '↑'), '北');
    map.getContainer().append(this.north);
    const button = h('button', { type: 'button', title: '打印当前地图', dataset: { testid: 'print-map' } }, '打印地图');
    DomEvent.disableClickPropagation(button);
    button.addEventListener('click', () => this.open());
    const PrintControl = Control.extend({ onAdd: () => h('div', { class: 'leaflet-bar ld-print-control' }, button) });
    new PrintControl({ position: 'topleft' }).addTo(map);
    this.onKey = (event) => {
      if (event.key === 'Escape') this.close();
    };
  }

  open() {
    fill(this.frame,
      h('h1', {}, '通州区城市管理地图'),
      h('span', { class: 'ld-print-meta', dataset: { testid: 'print-date' } }, `制图时间：${formatDateTime(new Date().toISOString())}`),
      this.demo() ? h('span', { class: 'ld-print-meta', dataset: { testid: 'print-demo' } }, '示意数据，不作为管理依据') : null,
      h('span', { class: 'ld-print-meta' }, '比例尺见左下角，图例见右下角'),
      h('span', { class: 'ld-print-tools' },
        h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'print-now' }, onclick: () => this.print() }, '打印'),
        h('button', { type: 'button', class: 'ld-button', dataset: { testid: 'print-exit' }, onclick: () => this.close() }, '退出打印预览')));
    document.body.classList.add('ld-print-map');
    this.north.hidden = false;
    document.addEventListener('keydown', this.onKey);
    this.map.invalidateSize();
  }

  close() {
    document.body.classList.remove('ld-print-map');
    this.north.hidden = true;
    fill(this.frame);
    document.removeEventListener('keydown', this.onKey);
    this.map.invalidateSize();
  }
}
