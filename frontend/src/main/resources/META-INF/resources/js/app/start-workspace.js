import { geoJSON, latLng } from 'leaflet';
import { CaseListPanel } from '../cases/case-list.js';
import { CasePanel } from '../cases/case-panel.js';
import { INBOX, hasInbox, inboxBadge } from '../cases/inbox.js';
import { editsExposureList, workspaceTabs } from '../cases/states.js';
import { displayDatum } from '../map/display-datum.js';
import { PlaceHighlight } from '../search/place-highlight.js';
import { SearchBox } from '../search/search-box.js';
import { badgeTitle } from '../unplaced/unplaced-model.js';
import { tasksBadgeTitle } from '../verification/tasks-model.js';
import { h, fill } from '../ui/dom.js';
import { Workspace } from './workspace.js';

/**
 * The panels of a signed-in user, by role: cases (list and one case), report, dispatch queue,
 * rates, hotspots. Loaded by main.js after the map, only for a signed-in user.
 */
export function startWorkspace({
  user, store, caseLayer, tileOverlays, map, client, urls, legend, state, writeUrl, tileQuery, fitJurisdiction,
}) {
  // Township and village staff start on their own jurisdiction (unless a shared link says otherwise).
  if (fitJurisdiction && /^\d{9}(\d{3})?$/.test(user.scopeCode ?? '')) {
    client.getJson(urls.place(user.scopeCode)).then((feature) => {
      const outline = geoJSON(feature, {
        coordsToLatLng: (coords) => latLng(displayDatum.toMap(coords)),
        style: { color: '#1f6fd1', weight: 3, opacity: 0.8, dashArray: '8 5', fill: false },
        interactive: false,
      }).addTo(map);
      legend.set('jurisdiction', {
        title: '本人辖区', items: [{ label: feature.properties?.name ?? user.scopeCode, color: '#1f6fd1', shape: 'dash' }],
      });
      map.fitBounds(outline.getBounds(), { padding: [16, 16] });
    }).catch(() => {
      // The district view stays; the cases are scoped by the server anyway.
    });
  }
  const tabs = workspaceTabs(user.role);
  // The exposure list (挂账督办) is composed by the roles that edit it, in its own tab.
  if (editsExposureList(user.role)) tabs.push('exposure');
  let categoriesPromise = null;
  const categories = () => {
    categoriesPromise ??= client.getJson(urls.categories()).then((body) => body.categories ?? []);
    categoriesPromise.catch(() => { categoriesPromise = null; });
    return categoriesPromise;
  };
  let townshipsPromise = null;
  const townships = () => {
    townshipsPromise ??= client.getFeatures('admin', { level: 'township', limit: 200 })
      .then((fc) => fc.features.map((f) => ({ code: f.properties.code, name: f.properties.name }))
        .sort((a, b) => a.code.localeCompare(b.code)));
    return townshipsPromise;
  };

  const workspace = new Workspace({
    tabs: document.getElementById('tabs'), panel: document.getElementById('panel'),
    sidebar: document.getElementById('sidebar'), toggle: document.getElementById('sheet-toggle'),
    onChange: (tab) => {
      state.tab = tab;
      if (tab !== 'cases') state.caseId = null;
      writeUrl();
    },
  });

  // Cases: the list, or one case when one is open.
  const casesView = h('div');
  let list = null;
  let detail = null;
  let returnTab = null;
  const showList = () => {
    detail?.hide();
    state.caseId = null;
    caseLayer.select(null);
    list.select(null);
    fill(casesView, list.element);
    writeUrl();
  };
  const openCase = (id, { fly = true } = {}) => {
    returnTab = workspace.current && workspace.current !== 'cases' ? workspace.current : null;
    workspace.show('cases');
    state.caseId = id;
    writeUrl();
    caseLayer.select(id);
    list.select(id);
    fill(casesView, detail.element);
    detail.open(id).then(() => {
      const c = detail.case;
      if (fly && c?.location && detail.caseId === id) {
        const target = [c.location.lon, c.location.lat];
        const bounds = map.getBounds();
        const [lat, lng] = displayDatum.toMap(target);
        if (!bounds.pad(-0.1).contains([lat, lng])) map.setView([lat, lng], Math.max(map.getZoom(), 15));
      }
    });
  };
  list = new CaseListPanel({
    store, categories, townships,
    findByNumber: (number) => client.getJson(urls.caseByNumber(number)),
    onOpen: (id) => openCase(id),
    onFilters: (filters) => {
      state.filters = filters;
      writeUrl();
      for (const layer of Object.values(tileOverlays)) layer.setQuery(tileQuery(filters, displayDatum.current));
    },
  });
  // A unit's inbox is counted at start and after each change made here, not on every map move.
  let recountInbox = () => {};
  let recountTasks = () => {};
  detail = new CasePanel({
    client, urls, user,
    onChanged: (changed) => {
      store.update(changed);
      recountInbox();
      recountTasks();
      if (workspace.has('queue')) workspace.withPanel('queue', (queue) => queue.reload());
    },
    onBack: () => (returnTab ? workspace.show(returnTab) : showList()),
  });
  workspace.add('cases', () => ({ element: casesView, hide: () => detail.hide() }));
  fill(casesView, list.element);
  if (hasInbox(user.role)) {
    const inbox = h('div', { class: 'ld-inbox', dataset: { testid: 'inbox' } });
    list.element.prepend(inbox);
    recountInbox = () => countInbox(client, urls).then((counts) => {
      fill(inbox, INBOX.map((entry) => h('span', { class: 'ld-inbox-count', dataset: { inbox: entry.id } },
        entry.label, h('strong', {}, String(counts[entry.id])))));
      const { count, title } = inboxBadge(counts);
      workspace.badge('cases', count, title);
    }).catch(() => fill(inbox));
    recountInbox();
  }
  // A case link opens its case first: its request goes out before the other panels' requests.
  if (state.caseId) openCase(state.caseId, { fly: false });
  caseLayer.on('select', ({ caseId }) => {
    // At the exposure tab a click on a case chooses it for the period being composed.
    if (workspace.current === 'exposure') {
      workspace.withPanel('exposure', (exposure) => exposure.pickCase(caseId));
      return;
    }
    // While placing a case (a new one, or a 待定位 report) a click on the map is a position, not a
    // request to leave the form.
    if (workspace.current !== 'report' && workspace.current !== 'unplaced') openCase(caseId, { fly: false });
  });

  if (tabs.includes('report')) {
    workspace.addLazy('report', () => import('../cases/report-panel.js').then(({ ReportPanel }) => new ReportPanel({
      map, client, urls, categories, user,
      onSaved: () => store.reload(),
      onOpen: (id) => openCase(id),
    })));
  }
  if (tabs.includes('queue')) {
    workspace.addLazy('queue', () => import('../dispatch/queue-panel.js').then(({ QueuePanel }) => new QueuePanel({
      client, urls, onOpen: (id) => openCase(id), onCount: (n) => workspace.badge('queue', n, `待受理案件 ${n} 件（受理状态，等待立案）`),
    })));
  }
  if (tabs.includes('unplaced')) {
    const onCount = (n) => workspace.badge('unplaced', n, badgeTitle(n));
    workspace.addLazy('unplaced', () => import('../unplaced/unplaced-panel.js').then(({ UnplacedPanel }) => new UnplacedPanel({
      map, client, urls, onOpen: (id) => openCase(id), onCount,
    })));
    client.getJson(urls.unplaced({ state: 'waiting', limit: 1 })).then((page) => onCount(page.total)).catch(() => {});
  }
  if (tabs.includes('tasks')) {
    // 核查: the grid worker's verification tasks, counted on the tab from the start.
    const onCount = (n) => workspace.badge('tasks', n, tasksBadgeTitle(n));
    workspace.addLazy('tasks', () => import('../verification/tasks-panel.js').then(({ TasksPanel }) => new TasksPanel({
      client, urls, onOpen: (id) => openCase(id), onCount,
    })));
    recountTasks = () => client.getJson(urls.verificationTasks()).then((body) => onCount(body.total ?? 0)).catch(() => {});
    recountTasks();
  }
  if (tabs.includes('stats')) {
    workspace.addLazy('stats', () => import('../stats/stats-panel.js').then(({ StatsPanel }) => new StatsPanel({ client, urls, user })));
  }
  if (tabs.includes('grids')) {
    // 网格: the township's 责任网格 and who works them.
    workspace.addLazy('grids', () => import('../grids/grids-panel.js').then(({ GridsPanel }) => new GridsPanel({ client, urls, map, user })));
  }
  if (tabs.includes('audit')) {
    workspace.addLazy('audit', () => import('../admin/audit-panel.js').then(({ AuditPanel }) => new AuditPanel({ client, urls })));
  }
  if (tabs.includes('exposure')) {
    workspace.addLazy('exposure', () => import('../exposure/exposure-tab.js').then(({ exposureTab }) => exposureTab({
      map, client, urls, onOpenCase: (id) => openCase(id),
    })));
  }
  if (tabs.includes('patrol')) {
    // 巡查: the grid worker's patrol control (开始巡查/结束巡查, positions from the phone).
    workspace.addLazy('patrol', () => import('../patrols/patrol-panel.js').then(({ PatrolPanel }) => new PatrolPanel({
      client, urls, map,
    })));
  }
  if (tabs.includes('hotspots')) {
    workspace.addLazy('hotspots', () => import('../hotspots/hotspot-panel.js').then(({ HotspotPanel }) => new HotspotPanel({
      map, client, urls, legend, categories, caseLayer,
    })));
  }

  // The header's search box: a case flies there and opens in its panel, a place is outlined.
  const highlight = new PlaceHighlight({ map, client, urls });
  const searchBox = new SearchBox({
    client, urls,
    onPick: (item) => {
      if (item.kind === 'case') {
        highlight.clear();
        map.setView(displayDatum.toMap([item.point.lon, item.point.lat]), Math.max(map.getZoom(), 16));
        openCase(item.id, { fly: false });
      } else {
        highlight.show(item);
      }
    },
  });
  document.getElementById('search-slot')?.append(searchBox.element);
  // The print button and the admin's panels load after the workspace is up; they never delay it.
  import('../print/print-map.js').then(({ PrintMapView }) => new PrintMapView({
    map, frame: document.getElementById('print-frame'), demo: () => !document.getElementById('demo-badge')?.hidden,
  }));
  const admin = { client, urls, categories, townships, user };
  for (const id of ['rules', 'units', 'users'].filter((tab) => tabs.includes(tab))) {
    workspace.addLazy(id, () => import('../admin/admin-tabs.js').then(({ adminPanel }) => adminPanel(id, admin)));
  }

  const bboxOf = () => {
    const b = map.getBounds();
    const [west, south] = displayDatum.fromMap(b.getSouthWest());
    const [east, north] = displayDatum.fromMap(b.getNorthEast());
    return [west, south, east, north];
  };
  store.setBbox(bboxOf());
  map.on('moveend', () => store.setBbox(bboxOf()));
  store.reload();

  // Each role starts where its day starts: the dispatcher's queue, the grid worker's 核查 tasks.
  const landing = { DISPATCHER: 'queue', GRID_WORKER: 'tasks' }[user.role] ?? 'cases';
  const first = tabs.includes(state.tab) ? state.tab : landing;
  if (!state.caseId) workspace.show(first);
  if (workspace.has('queue') && first !== 'queue') {
    workspace.withPanel('queue', (queue) => queue.reload());
  }
}

/** The inbox counts of the signed-in handler's unit: {waiting, working, overdue}. */
async function countInbox(client, urls) {
  return client.getJson(urls.caseInbox());
}
