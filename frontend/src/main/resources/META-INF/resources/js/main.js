import { control } from 'leaflet';
import { ApiClient, ApiUrls, describeError } from './api/index.js';
import { ReferenceLayer, availableOverlays, controlLabel } from './layers/index.js';
import {
  StatusBanner, TONGZHOU_VIEW, ZOOM_LIMITS, bindViewToUrl, createMap, showDemoNotice, viewFromUrl,
} from './map/index.js';

/**
 * The first map page: asks the API which layers exist, adds one overlay per layer with a layers
 * control, and reports every failure in the status banner instead of leaving a blank map.
 */
const banner = new StatusBanner(document.getElementById('status'));
const map = createMap(document.getElementById('map'), viewFromUrl(ZOOM_LIMITS) ?? TONGZHOU_VIEW);
bindViewToUrl(map);
const client = new ApiClient({ urls: new ApiUrls(document.baseURI) });

async function start() {
  let catalogue;
  try {
    catalogue = await client.listLayers();
  } catch (error) {
    banner.show('catalogue', `无法加载图层列表：${describeError(error)}`, {
      action: { label: '重试', run: start },
    });
    return;
  }
  if (catalogue.demo) {
    showDemoNotice(map, document.getElementById('demo-badge'));
  }
  const overlays = availableOverlays(catalogue);
  if (overlays.length === 0) {
    banner.show('catalogue', '服务器上还没有可显示的图层数据。', { kind: 'notice' });
    return;
  }
  const entries = {};
  for (const def of overlays) {
    entries[controlLabel(def)] = addOverlay(def);
  }
  control.layers(null, entries, { collapsed: window.innerWidth < 720 }).addTo(map);
}

function addOverlay(def) {
  const layer = new ReferenceLayer(def, client);
  layer.on('loaded', ({ count, truncated }) => {
    if (truncated) {
      banner.show(def.key, `“${def.label}”要素较多，只显示了其中 ${count} 个，请放大地图查看全部。`, {
        kind: 'notice',
      });
    } else {
      banner.clear(def.key);
    }
  });
  layer.on('loaderror', ({ error }) => {
    banner.show(def.key, `加载“${def.label}”失败：${describeError(error)}`, {
      action: { label: '重试', run: () => layer.reload() },
    });
  });
  return layer.addTo(map);
}

start().catch((error) => {
  console.error(error);
  banner.show('page', `页面出错：${describeError(error)}`);
});
