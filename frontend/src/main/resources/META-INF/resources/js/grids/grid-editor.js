import { geoJSON, latLng } from 'leaflet';
import { describeError } from '../api/index.js';
import { displayDatum } from '../map/display-datum.js';
import { h, field, fill, errorBox, noticeBox, progress } from '../ui/dom.js';
import { MAX_NAME, checkGrid, selectionText, toggleCell } from './grid-edit-model.js';

const SELECTED = { color: '#1f5fbf', weight: 2, fillColor: '#1f5fbf', fillOpacity: 0.25 };

/**
 * Creating or editing a 责任网格 on the map: its cells are drawn; a click on the map adds the unit
 * grid cell there (the server's describe says which) or, when it is chosen already, takes it out;
 * 保存 sends the name and the cells (POST a new one, PUT an edit). The server checks the rest (a cell
 * of another 责任网格, of another township) and its Chinese answer is shown.
 */
export class GridEditor {
  #layers = new Map();
  #group;
  #before = new Set();
  #selection = new Set();
  #busy = false;

  /**
   * `grid`: the one edited, or null for a new one in `townshipCode` (null for the administrator: the
   * township of the first cell picked); `onSaved(grid)` after a save.
   */
  constructor({ client, urls, map, grid, townshipCode, onSaved, onCancel }) {
    this.client = client;
    this.urls = urls;
    this.map = map;
    this.grid = grid;
    this.townshipCode = grid?.township?.code ?? townshipCode;
    this.onSaved = onSaved;
    this.onCancel = onCancel;
    this.#group = geoJSON(null, { coordsToLatLng: (c) => latLng(displayDatum.toMap(c)), style: SELECTED, interactive: false });
    this.onMapClick = (event) => this.#pick(displayDatum.fromMap(event.latlng));
    this.name = h('input', { type: 'text', name: 'grid-name', maxlength: String(MAX_NAME), value: grid?.name ?? '', autocomplete: 'off' });
    this.count = h('div', { class: 'ld-muted', dataset: { testid: 'grid-selection' }, 'aria-live': 'polite' });
    this.message = h('div', { dataset: { testid: 'grid-edit-message' } });
    const save = h('button', { type: 'button', class: 'ld-button primary', dataset: { testid: 'grid-save' }, onclick: () => this.save() }, '保存');
    const cancel = h('button', { type: 'button', class: 'ld-button', onclick: () => { this.stop(); this.onCancel?.(); } }, '取消');
    this.element = h('div', { class: 'ld-grid-editor', dataset: { testid: 'grid-editor' } },
      h('h3', {}, grid ? `编辑责任网格：${grid.name}` : '新建责任网格'),
      field('名称', this.name),
      h('p', { class: 'ld-muted' }, '在地图上点击单元网格即可加入；再次点击已选的单元网格即可移出。'),
      this.count, h('div', { class: 'ld-row' }, save, cancel), this.message);
  }

  /** Draws the grid's cells and starts listening to map clicks. */
  async start() {
    this.#group.addTo(this.map);
    this.map.on('preclick', this.onMapClick);
    this.map.getContainer().classList.add('ld-picking');
    if (this.grid) {
      fill(this.count, progress('正在加载单元网格…'));
      try {
        const cells = await this.client.getJson(this.urls.grid(this.grid.id, 'cells'));
        for (const feature of cells.features) this.#draw(feature);
        this.#before = new Set(this.#layers.keys());
        this.#selection = new Set(this.#before);
        if (cells.features.length) this.map.fitBounds(this.#group.getBounds(), { maxZoom: 16 });
      } catch (error) {
        fill(this.message, errorBox(`单元网格加载失败：${describeError(error)}`, () => this.start()));
      }
    }
    this.#say();
  }

  stop() {
    this.map.off('preclick', this.onMapClick);
    this.map.getContainer().classList.remove('ld-picking');
    this.#group.remove();
  }

  async #pick([lon, lat]) {
    if (this.#busy) return;
    this.#busy = true;
    fill(this.message);
    try {
      const described = await this.client.getJson(this.urls.describe({ lon, lat }));
      const code = described.gridCell?.code;
      if (!code) {
        fill(this.message, errorBox('这里没有单元网格'));
      } else if (this.townshipCode && !code.startsWith(this.townshipCode)) {
        fill(this.message, errorBox(`单元网格 ${code} 不在本责任网格所属的街乡镇内`));
      } else if (this.#selection.has(code)) {
        this.#selection = toggleCell(this.#selection, code);
        this.#layers.get(code)?.remove();
        this.#layers.delete(code);
      } else {
        this.#draw(await this.client.getJson(this.urls.gridCell(code)));
        this.#selection = toggleCell(this.#selection, code);
        // A new grid of the administrator's belongs to the township of its first cell.
        this.townshipCode ??= code.slice(0, 9);
      }
    } catch (error) {
      fill(this.message, errorBox(`无法选取单元网格：${describeError(error)}`));
    } finally {
      this.#busy = false;
      this.#say();
    }
  }

  #draw(feature) {
    const code = feature.properties.cellCode ?? feature.properties.code;
    const before = this.#group.getLayers().length;
    this.#group.addData(feature);
    const added = this.#group.getLayers().slice(before);
    this.#layers.set(code, { remove: () => added.forEach((l) => this.#group.removeLayer(l)) });
  }

  #say() {
    this.element.dataset.cells = String(this.#selection.size);
    fill(this.count, selectionText(this.#before, this.#selection));
  }

  async save() {
    const problem = checkGrid({ name: this.name.value, cells: this.#selection });
    if (problem) {
      fill(this.message, errorBox(problem));
      return;
    }
    const body = { name: this.name.value.trim(), cells: [...this.#selection].sort() };
    fill(this.message, progress('正在保存…'));
    try {
      const saved = this.grid
        ? await this.client.request(this.urls.grid(this.grid.id), { method: 'PUT', body: JSON.stringify(body), type: 'application/json' })
        : await this.client.postJson(this.urls.grids(), { ...body, townshipCode: this.townshipCode ?? undefined });
      this.stop();
      fill(this.message, noticeBox(`已保存责任网格「${saved.name}」（${saved.cellCount} 个单元网格）`));
      this.onSaved?.(saved);
    } catch (error) {
      fill(this.message, errorBox(`保存失败：${describeError(error)}`));
    }
  }
}
