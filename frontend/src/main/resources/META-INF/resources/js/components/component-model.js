/**
 * The city components (部件) as the map shows them: colours by status, the filter's query, the
 * lines of a component's card. Pure data and functions, no Leaflet and no DOM.
 */

/** The statuses (geo.component.ComponentStatuses.DEFAULTS) and their colours on the map. */
export const COMPONENT_STATUSES = Object.freeze([
  { id: '完好', color: '#2e7d32' },
  { id: '破损', color: '#e08a00' },
  { id: '丢失', color: '#d4231a' },
  { id: '占用', color: '#7b4fc9' },
  { id: '废弃', color: '#7d8791' },
]);

const COLOURS = new Map(COMPONENT_STATUSES.map((s) => [s.id, s.color]));

export function statusColor(status) {
  return COLOURS.get(status) ?? '#455a64';
}

/** The legend entry of the components overlay. */
export const COMPONENT_LEGEND = Object.freeze({
  title: '部件（按状态）',
  items: COMPONENT_STATUSES.map((s) => ({ label: s.id, color: s.color, shape: 'dot' })),
  note: '16 级起显示；可按大类、小类、状态筛选',
});

/**
 * The query of GET /components for a view and a filter: the 小类 when one is chosen, else the 大类;
 * empty values are left out.
 */
export function componentQuery(bbox, { major = '', category = '', status = '' } = {}, limit = 500) {
  const query = { bbox, limit };
  const chosen = category || major;
  if (chosen) query.category = chosen;
  if (status) query.status = status;
  return query;
}

/** The component 大类 and their 小类 from the taxonomy (GET /categories): kind component only. */
export function componentCategories(categories) {
  return (categories ?? []).filter((c) => c.kind === 'component' && /^B\d{2}$/.test(c.code))
    .map((c) => ({ code: c.code, name: c.name, children: (c.children ?? []).map((k) => ({ code: k.code, name: k.name })) }));
}

/** The label/value rows of a component's card. */
export function cardRows(p) {
  return [
    ['状态', p.status],
    ['小类', `${p.categoryName ?? ''}（${p.category}）`],
    ['权属单位', p.ownerUnit || '未登记'],
    ['养护单位', p.maintainerUnit || '未登记'],
    ['单元网格', p.gridCellCode ?? '—'],
    ['普查日期', p.surveyedOn ?? '—'],
    ['来源', p.source || '—'],
  ];
}

/** One line of a component's history: 2026-12-08 状态变更 丢失 → 完好（zuoxi，案件 … 结案）. */
export function historyLine(h, formatTime) {
  const change = h.kind === 'status' ? `${h.oldStatus} → ${h.newStatus}` : '';
  const who = [h.changedBy, h.note].filter(Boolean).join('，');
  return `${formatTime(h.changedAt)} ${h.kindName}${change ? ` ${change}` : ''}${who ? `（${who}）` : ''}`;
}

/** Whether the component is demo data (示例), which the card must say. */
export function isDemo(p) {
  return p.source === '示例数据' || /（示例）$/.test(p.ownerUnit ?? '');
}
