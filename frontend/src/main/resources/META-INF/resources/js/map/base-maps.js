import { layerGroup, tileLayer } from 'leaflet';
import { ServerTileLayer } from '../layers/tile-sources.js';

/**
 * The base maps the layers control offers. Our own tiles (/tiles/basemap) when the server has them;
 * otherwise the plain ground under the reference layers. Outside base maps only when configured
 * (government networks often cannot reach them): Tianditu needs a key; Amap is GCJ-02, so the
 * overlays are shifted while it shows (see display-datum.js).
 */

const SETTINGS_KEY = 'luodian.basemaps';

/** @returns {{tiandituKey: string, amap: boolean}} what this browser was set up with */
export function outsideBaseMapSettings(storage = globalThis.localStorage) {
  try {
    const value = JSON.parse(storage?.getItem(SETTINGS_KEY) ?? '{}');
    return {
      tiandituKey: typeof value.tiandituKey === 'string' && /^[0-9a-f]{32}$/i.test(value.tiandituKey) ? value.tiandituKey : '',
      amap: value.amap === true,
    };
  } catch {
    return { tiandituKey: '', amap: false };
  }
}

export function saveOutsideBaseMapSettings(settings, storage = globalThis.localStorage) {
  storage?.setItem(SETTINGS_KEY, JSON.stringify({ tiandituKey: settings.tiandituKey ?? '', amap: settings.amap === true }));
}

/**
 * @param {Map} tileSources from loadTileSources
 * @returns {Array<{id: string, label: string, layer: import('leaflet').Layer, datum: string, vector: boolean}>}
 *   the first is the default; `vector` means the reference overlays carry the map
 */
export function baseMaps(tileSources, settings = outsideBaseMapSettings()) {
  const list = [];
  if (tileSources.has('basemap')) {
    list.push({
      id: 'basemap',
      label: '落点底图',
      layer: new ServerTileLayer(tileSources.get('basemap'), { attribution: '落点底图 · 示意数据', className: 'ld-basemap' }),
      datum: 'wgs84',
      vector: false,
    });
  }
  list.push({ id: 'plain', label: '矢量图层（无底图）', layer: layerGroup(), datum: 'wgs84', vector: true });
  if (settings.tiandituKey) {
    const url = (layer) => `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0`
      + `&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${settings.tiandituKey}`;
    const options = { subdomains: '01234567', maxZoom: 18, attribution: '© 天地图' };
    list.push({
      id: 'tianditu', label: '天地图', layer: layerGroup([tileLayer(url('vec'), options), tileLayer(url('cva'), options)]), datum: 'wgs84', vector: false,
    });
  }
  if (settings.amap) {
    list.push({
      id: 'amap',
      label: '高德地图（GCJ-02）',
      layer: tileLayer('https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}', {
        subdomains: '1234', maxZoom: 18, attribution: '© 高德地图',
      }),
      datum: 'gcj02',
      vector: false,
    });
  }
  return list;
}
