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

/** The component 大类 (CJ/T 214) and the character that marks each on the map. */
export const COMPONENT_MAJORS = Object.freeze([
  { code: 'B01', name: '公用设施', glyph: '公' },
  { code: 'B02', name: '道路交通', glyph: '道' },
  { code: 'B03', name: '市容环境', glyph: '市' },
  { code: 'B04', name: '园林绿化', glyph: '园' },
  { code: 'B05', name: '房屋土地', glyph: '房' },
  { code: 'B06', name: '其他设施', glyph: '其' },
]);

/** The character of a 小类's (B0101) or 大类's (B01) marker; 部 for one outside the six. */
export function majorGlyph(category) {
  return COMPONENT_MAJORS.find((m) => (category ?? '').startsWith(m.code))?.glyph ?? '部';
}

/** The legend entry of the components overlay: the 大类 by their marks, the statuses by colour. */
export const COMPONENT_LEGEND = Object.freeze({
  title: '部件（字为大类，颜色为状态）',
  items: [
    ...COMPONENT_MAJORS.map((m) => ({ label: m.name, color: '#455a64', shape: 'glyph', glyph: m.glyph })),
    ...COMPONENT_STATUSES.map((s) => ({ label: s.id, color: s.color, shape: 'dot' })),
  ],
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
