import { control } from 'leaflet';
import { ApiClient, ApiUrls, describeError } from './api/index.js';
import { parseUrlState, formatUrlState } from './app/url-state.js';
import { filtersToQuery } from './cases/filters.js';
import { prefetched } from './app/early-requests.js';
import { currentUser } from './app/session.js';
import { Workspace } from './app/workspace.js';
import { CaseStore } from './cases/case-store.js';
import { CASE_LEGEND } from './cases/case-legend.js';
import { editsExposureList } from './cases/states.js';
import { ReferenceLayer, availableOverlays, controlLabel } from './layers/index.js';
import { RASTER_SOURCES } from './layers/tile-catalog.js';
import { ServerTileLayer, loadTileSources, unavailableLayer } from './layers/tile-sources.js';
import {
  StatusBanner, TONGZHOU_VIEW, ZOOM_LIMITS, bindViewToUrl, createMap, showDemoNotice, viewFromUrl,
} from './map/index.js';
import { baseMaps, outsideBaseMapSettings, saveOutsideBaseMapSettings } from './map/base-maps.js';
import { displayDatum } from './map/display-datum.js';
import { Legend } from './map/legend.js';
import { OVERLAY_LEGENDS } from './map/overlay-legends.js';
import { h, fill, field } from './ui/dom.js';

/**
 * The map workspace: base map and overlays with their legend, then, for a signed-in user, the
 * panels their role may use (cases, report, dispatch queue, rates, hotspots). The URL keeps the
 * view (hash) and the panel, case, filters, overlays and base map (query), so a view can be shared.
 */
const banner = new StatusBanner(document.getElementById('status'));
const urlState = parseUrlState(window.location.search);
const sharedView = viewFromUrl(ZOOM_LIMITS);
const map = createMap(document.getElementById('map'), sharedView ?? TONGZHOU_VIEW);
bindViewToUrl(map);
// The map follows its element's size: the phone's sheet folding, rotation, window resizes.
new ResizeObserver(() => map.invalidateSize({ debounceMoveend: true })).observe(map.getContainer());
const urls = new ApiUrls(document.baseURI);
// The first requests went out before this code loaded (app/early-requests.js); the client takes their answers.
const client = new ApiClient({ urls, fetch: (url, init) => prefetched.fetch(url, init) });
const legend = new Legend().addTo(map);
const state = { ...urlState };

function writeUrl() {
  const search = formatUrlState(state, window.location.search);
  window.history.replaceState(null, '', `${window.location.pathname}${search}${window.location.hash}`);
}

/** Marks the map usable (base display drawn, layers control present) for people and for the browser test. */
function markUsable() {
  if (document.body.dataset.mapUsable === 'true') return;
  document.body.dataset.mapUsable = 'true';
  performance.mark('ld-map-usable');
}

async function start() {
  const [catalogue, tiles, user] = await Promise.all([
    client.listLayers().catch((error) => ({ error })),
    loadTileSources(client, urls),
    currentUser(client, urls).catch((error) => ({ error })),
  ]);
  if (catalogue.error) {
    banner.show('catalogue', `无法加载图层列表：${describeError(catalogue.error)}`, {
      action: { label: '重试', run: () => window.location.reload() },
    });
  } else if (catalogue.demo) {
    showDemoNotice(map, document.getElementById('demo-badge'));
  }
  if (tiles.note) {
    banner.show('tiles', tiles.note, { kind: 'notice' });
    setTimeout(() => banner.clear('tiles'), 8000);
  }
  const signedIn = user && !user.error ? user : null;
  if (user?.error) {
    banner.show('user', `无法确认登录状态：${describeError(user.error)}`);
  }
  renderUser(signedIn);
  // The panels' code loads while the map draws; the panels start once the map is usable.
  const workspaceModule = signedIn ? import('./app/start-workspace.js') : null;

  // Base maps: our own tiles when the server has them, else the plain ground under the vector layers.
  const bases = baseMaps(tiles.sources);
  const base = bases.find((b) => b.id === state.base) ?? bases[0];
  // Listen before anything else is awaited: the first tiles may load while the panels' modules do.
  const baseDrawn = base.vector ? null : new Promise((resolve) => base.layer.once('load', resolve));
  base.layer.addTo(map);
  displayDatum.set(base.datum);

  // Overlays, each with a legend while it shows.
  const overlays = [];
  const defaults = base.vector ? ['district', 'township', 'waterways', 'roads', 'cases'] : ['district', 'cases'];
  const wanted = new Set(state.overlays ?? defaults);
  const referenceDefs = catalogue.error ? [] : availableOverlays(catalogue);
  const firstLoads = [];
  for (const def of referenceDefs) {
    const layer = new ReferenceLayer(def, client);
    layer.on('loaderror', ({ error }) => banner.show(def.key, `加载“${def.label}”失败：${describeError(error)}`, {
      action: { label: '重试', run: () => layer.reload() },
    }));
    layer.on('loaded', ({ count, truncated }) => (truncated
      ? banner.show(def.key, `“${def.label}”要素较多，只显示了其中 ${count} 个，请放大地图查看全部。`, { kind: 'notice' })
      : banner.clear(def.key)));
    if (base.vector && wanted.has(def.key) && def.minZoom <= map.getZoom()) {
      firstLoads.push(new Promise((resolve) => {
        layer.once('loaded', resolve);
        layer.once('loaderror', resolve);
      }));
    }
    overlays.push({ key: def.key, label: controlLabel(def), layer });
  }
  let store = null;
  let caseLayer = null;
  if (signedIn) {
    const [{ CaseLayer }, { ComponentLayer, COMPONENT_LEGEND }] = await Promise.all([
      import('./cases/case-layer.js'), import('./components/component-layer.js')]);
    store = new CaseStore({ client, urls, filters: state.filters });
    caseLayer = new CaseLayer(store);
    caseLayer.on('loaderror', ({ error }) => banner.show('cases', `案件图层加载失败：${error.message ?? describeError(error)}`));
    overlays.push({ key: 'cases', label: '案件', layer: caseLayer, legend: CASE_LEGEND });
    const componentLayer = new ComponentLayer(client, urls);
    componentLayer.on('loaderror', ({ error }) => banner.show('components', `部件图层加载失败：${describeError(error)}`));
    componentLayer.on('loaded', () => banner.clear('components'));
    overlays.push({ key: 'components', label: '部件（16级起）', layer: componentLayer, legend: COMPONENT_LEGEND });
  }
  const tileOverlays = {};
  for (const id of ['heat', 'hotspots']) {
    const source = tiles.sources.get(id);
    if (source) {
      tileOverlays[id] = new ServerTileLayer(source, { opacity: 0.75, className: `ld-tiles-${id}`, zIndex: 5 });
      tileOverlays[id].setQuery(tileQuery(state.filters, base.datum));
      tileOverlays[id].on('tileerror', () => banner.show(id, `“${RASTER_SOURCES[id]}”瓦片加载失败，请稍后重试。`));
      overlays.push({ key: id, label: RASTER_SOURCES[id], layer: tileOverlays[id] });
    } else if (signedIn) {
      overlays.push({ key: id, label: `${RASTER_SOURCES[id]}（服务器暂未提供）`, layer: unavailableLayer(), unavailable: true });
    }
    // Anonymous visitors are not offered case overlays the server keeps for signed-in users.
  }

  const byLayer = new Map(overlays.map((o) => [o.layer, o]));
  map.on('overlayadd', ({ layer }) => overlayChanged(byLayer.get(layer), true));
  map.on('overlayremove', ({ layer }) => overlayChanged(byLayer.get(layer), false));
  function overlayChanged(overlay, on) {
    if (!overlay) return;
    if (on) legend.set(overlay.key, overlay.legend ?? OVERLAY_LEGENDS[overlay.key]);
    else legend.remove(overlay.key);
    state.overlays = overlays.filter((o) => map.hasLayer(o.layer)).map((o) => o.key);
    writeUrl();
  }
  for (const overlay of overlays) {
    if (wanted.has(overlay.key) && !overlay.unavailable) {
      overlay.layer.addTo(map);
      legend.set(overlay.key, overlay.legend ?? OVERLAY_LEGENDS[overlay.key]);
    }
  }
  const baseEntries = Object.fromEntries(bases.map((b) => [b.label, b.layer]));
  const overlayEntries = Object.fromEntries(overlays.map((o) => [o.label, o.layer]));
  control.layers(baseEntries, overlayEntries, { collapsed: window.innerWidth < 720, position: 'topright' }).addTo(map);
  map.on('baselayerchange', ({ layer }) => {
    const chosen = bases.find((b) => b.layer === layer);
    displayDatum.set(chosen.datum);
    for (const tileLayer of Object.values(tileOverlays)) tileLayer.setQuery(tileQuery(store?.filters ?? state.filters, chosen.datum));
    state.base = chosen === bases[0] ? '' : chosen.id;
    writeUrl();
  });

  // The map is usable once the base display is drawn: the base map's first tiles, or the first
  // load of the vector overlays that carry the map without one.
  if (base.vector) {
    Promise.all(firstLoads).then(markUsable);
  } else {
    baseDrawn.then(markUsable);
    setTimeout(markUsable, 10000);
  }

  if (signedIn) {
    // The panels start only for a signed-in user, after the map: they never delay it.
    const { startWorkspace } = await workspaceModule;
    await startWorkspace({
      user: signedIn, store, caseLayer, tileOverlays, map, client, urls, legend, state, writeUrl, tileQuery,
      fitJurisdiction: sharedView === null,
    });
  } else {
    startWelcome(catalogue.demo === true);
  }
  // The panels are in place (tabs, forms): for people nothing changes, the browser tests wait for it.
  document.body.dataset.workspaceReady = 'true';
  performance.mark('ld-workspace-ready');
}

/** The query of the heat and hotspot tiles: the case list's filters (not its extent) and the display datum. */
function tileQuery(filters, datum) {
  const query = filters ? filtersToQuery({ ...filters, inView: false }, null) : {};
  if (datum && datum !== 'wgs84') query.crs = datum;
  return query;
}

function renderUser(user) {
  const element = document.getElementById('user');
  const settings = h('button', { type: 'button', class: 'ld-settings', title: '外部底图设置', onclick: openSettings }, '底图设置');
  if (!user) {
    fill(element, settings, h('a', { class: 'ld-signin', href: urls.page('login'), dataset: { testid: 'sign-in' } }, '登录'));
    return;
  }
  fill(element,
    h('span', { class: 'ld-role', dataset: { testid: 'role' } }, user.roleName ?? user.role),
    h('span', { class: 'ld-name', dataset: { testid: 'user-name' } }, user.displayName ?? user.username),
    editsExposureList(user.role)
      ? h('a', { class: 'ld-desk-link', href: urls.page('exposure-desk.html'), dataset: { testid: 'exposure-desk-link' } }, '挂账督办')
      : null,
    settings,
    // 修改密码: its dialog's code loads on the first click.
    h('button', {
      type: 'button', class: 'ld-own-password', dataset: { testid: 'change-password' },
      onclick: () => import('./app/own-password.js').then((m) => m.openOwnPassword({ client, urls })),
    }, '修改密码'),
    // 接口令牌: tokens for the user's programs (a desk task: not on phones); the dialog loads on the first click.
    h('button', {
      type: 'button', class: 'ld-api-tokens', dataset: { testid: 'api-tokens-open' },
      onclick: () => import('./app/api-tokens.js').then((m) => m.openApiTokens({ client, urls, user })),
    }, '接口令牌'),
    h('a', { href: urls.page('logout') }, '退出'));
}

function openSettings() {
  const dialog = document.getElementById('settings');
  const current = outsideBaseMapSettings();
  const key = h('input', { type: 'text', name: 'tiandituKey', value: current.tiandituKey, placeholder: '32 位天地图密钥（tk）', autocomplete: 'off' });
  const amap = h('input', { type: 'checkbox', name: 'amap', checked: current.amap });
  fill(dialog, h('form', { method: 'dialog' },
    h('h2', {}, '外部底图设置'),
    h('p', { class: 'ld-muted' }, '默认使用本系统自有底图。政务网络可访问外网时，可启用以下外部底图（仅保存在本浏览器）。高德地图为 GCJ-02 坐标，启用后叠加图层会自动偏移对齐。'),
    field('天地图密钥', key, '在天地图开放平台申请的浏览器端密钥'),
    h('label', { class: 'ld-inline-check' }, amap, '启用高德地图底图'),
    h('div', { class: 'ld-actions' },
      h('button', {
        class: 'ld-button primary', value: 'save',
        onclick: () => {
          saveOutsideBaseMapSettings({ tiandituKey: key.value.trim(), amap: amap.checked });
          window.location.reload();
        },
      }, '保存并刷新'),
      h('button', { class: 'ld-button', value: 'cancel' }, '取消'))));
  dialog.showModal();
}

function startWelcome(demo) {
  const workspace = new Workspace({
    tabs: document.getElementById('tabs'), panel: document.getElementById('panel'),
    sidebar: document.getElementById('sidebar'), toggle: document.getElementById('sheet-toggle'),
  });
  workspace.add('welcome', () => ({
    element: h('div', { class: 'ld-welcome' },
      h('h2', {}, '通州区城市管理工作台'),
      h('p', {}, '地图上可查看区界、乡镇/街道、村/社区、单元网格、道路、水系和地标（右上角图层控件）。'),
      h('p', {}, '登录后可上报和办理案件、查看派遣队列、考核指标和热点分析；可见内容取决于账号的角色与辖区。'),
      h('a', { class: 'ld-button primary', href: urls.page('login') }, '登录'),
      demo ? h('p', { class: 'ld-muted' }, '示例账号（仅演示数据）：zuoxi（坐席员）、huoxian（漷县镇）、chengguan（责任单位）、duban（督办）、fenxi（分析研判），密码为“用户名-demo”。') : null),
  }));
  workspace.show('welcome');
}

start().catch((error) => {
  console.error(error);
  banner.show('page', `页面出错：${describeError(error)}`);
});
