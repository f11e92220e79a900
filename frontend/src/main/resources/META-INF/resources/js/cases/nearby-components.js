import { describeError } from '../api/index.js';
import { h, fill, progress, errorBox } from '../ui/dom.js';

/** A 小类 of the city components (部件) taxonomy: B and four digits. */
export function isComponentCategory(code) {
  return /^B\d{4}$/.test(code ?? '');
}

/** One line for a nearby component: what it is, its code, how far, its status and owner. */
export function nearbyLabel(p) {
  const metres = Math.round(p.distanceMetres);
  return `${p.categoryName ?? p.category} ${p.code} · 约 ${metres} 米 · ${p.status} · 权属：${p.ownerUnit || '未登记'}`;
}

/**
 * 附近部件: when a report's category is a component 小类 and its point is placed, the components of
 * that 小类 within the link radius, nearest first, to link the case to one (or to none). A newer
 * point or category replaces an older answer that arrives late.
 */
export class NearbyComponents {
  #asked = 0;

  constructor({ client, urls }) {
    this.client = client;
    this.urls = urls;
    this.chosen = null;
    this.element = h('div', { class: 'ld-nearby-components', dataset: { testid: 'nearby-components' }, hidden: true });
  }

  /** The code of the component to link, or null. */
  code() {
    return this.chosen;
  }

  async update(point, category) {
    const asked = ++this.#asked;
    this.chosen = null;
    if (!point || !isComponentCategory(category)) {
      this.element.hidden = true;
      fill(this.element);
      return;
    }
    this.element.hidden = false;
    fill(this.element, progress('正在查找附近的部件…'));
    let answer;
    try {
      answer = await this.client.getJson(this.urls.componentsNear({ category, lon: point[0], lat: point[1] }));
    } catch (error) {
      if (asked === this.#asked) fill(this.element, errorBox(`附近部件查询失败：${describeError(error)}`));
      return;
    }
    if (asked !== this.#asked) return;
    const found = answer.features ?? [];
    const radius = Math.round(answer.radiusMetres ?? 30);
    if (found.length === 0) {
      fill(this.element, h('div', { class: 'ld-muted' }, `${radius} 米内没有该小类的部件，案件不关联部件。`));
      return;
    }
    const option = (value, label, checked) => h('label', { class: 'ld-nearby-option' },
      h('input', { type: 'radio', name: 'component', value, checked, onchange: () => { this.chosen = value || null; } }), label);
    fill(this.element,
      h('div', { class: 'ld-field-label' }, `关联部件（${radius} 米内，由近及远）`),
      found.map((f) => option(f.properties.code, nearbyLabel(f.properties), false)),
      option('', '不关联部件', true));
  }
}
