/**
 * The case workflow as the page shows it: state and action names, colours, and which actions need
 * more than a note. Mirrors api cases/CaseState, CaseAction and Workflow; the server decides what
 * is allowed (each case carries `allowedActions` for the signed-in user). Pure.
 */

/** States in workflow order, with their Chinese names and map colours. */
export const STATES = Object.freeze([
  { id: 'received', label: '受理', color: '#1f6fd1' },
  { id: 'registered', label: '立案', color: '#0f8b8d' },
  { id: 'dispatched', label: '派遣', color: '#7b4fc9' },
  { id: 'in_progress', label: '处置中', color: '#e08a00' },
  { id: 'reported_done', label: '已反馈', color: '#b3659a' },
  { id: 'verified', label: '核查', color: '#4f8a2b' },
  { id: 'closed', label: '结案', color: '#7d8791' },
  { id: 'returned', label: '退回', color: '#c2410c' },
  { id: 'rejected', label: '不予立案', color: '#a3a3a3' },
  { id: 'merged', label: '已合并', color: '#bdbdbd' },
  { id: 'exposed', label: '挂账', color: '#9f1239' },
  { id: 'rectified', label: '已整改', color: '#15803d' },
].map((state) => Object.freeze(state)));

const BY_ID = new Map(STATES.map((state) => [state.id, state]));

/** The red of an overdue case (ring on the map, text in lists). */
export const OVERDUE_COLOR = '#d4231a';

/** Open states: still someone's work. */
export const OPEN_STATES = Object.freeze(STATES.map((s) => s.id).filter((id) => !['closed', 'rejected', 'merged'].includes(id)));

export function stateLabel(id) {
  return BY_ID.get(id)?.label ?? id ?? '—';
}

export function stateColor(id) {
  return BY_ID.get(id)?.color ?? '#555555';
}

export const URGENCIES = Object.freeze([
  { id: 'normal', label: '一般', rank: 2 },
  { id: 'urgent', label: '紧急', rank: 1 },
  { id: 'emergency', label: '特急', rank: 0 },
].map((urgency) => Object.freeze(urgency)));

export function urgencyLabel(id) {
  return URGENCIES.find((u) => u.id === id)?.label ?? id ?? '—';
}

/** 0 for emergency, 1 for urgent, 2 for normal (and unknown). */
export function urgencyRank(id) {
  return URGENCIES.find((u) => u.id === id)?.rank ?? 2;
}

export const SOURCES = Object.freeze({
  hotline_12345: '12345热线', grid_patrol: '网格巡查', staff: '工作人员', public: '公众上报',
});

/**
 * Every action, with its button text and what it asks for beyond the note: `unit` (dispatch to a
 * chosen unit, optional: the rules choose otherwise), `satisfaction` (return visit), `mergeInto`.
 * `primary` marks the forward step of the flow; `danger` the ones that send a case back or away.
 */
export const ACTIONS = Object.freeze([
  { id: 'register', label: '立案', primary: true },
  { id: 'reject', label: '不予立案', danger: true, noteRequired: true },
  { id: 'dispatch', label: '派遣', primary: true, asks: 'unit' },
  { id: 'redispatch', label: '改派', asks: 'unit' },
  { id: 'accept', label: '签收处置', primary: true },
  { id: 'return', label: '退回', danger: true, noteRequired: true },
  { id: 'reply', label: '反馈', primary: true, noteRequired: true },
  { id: 'verify', label: '核查通过', primary: true },
  { id: 'reject_reply', label: '核查不通过', danger: true, noteRequired: true },
  { id: 'close', label: '结案', primary: true },
  { id: 'reopen', label: '重新办理' },
  { id: 'rate', label: '回访评价', asks: 'satisfaction' },
  { id: 'supervise', label: '督办', noteRequired: true },
  { id: 'merge', label: '合并', asks: 'mergeInto' },
].map((action) => Object.freeze(action)));

/**
 * Steps that appear in a case's history but are never a button on the case: the report itself, and
 * the exposure list's steps, which the exposure desk takes (api exposure/).
 */
export const HISTORY_ONLY_ACTIONS = Object.freeze([
  { id: 'create', label: '上报' },
  { id: 'expose', label: '挂账' },
  { id: 'rectify', label: '整改' },
  { id: 'write_off', label: '销账' },
  { id: 'reexpose', label: '重新挂账' },
].map((action) => Object.freeze(action)));

export function actionInfo(id) {
  return ACTIONS.find((a) => a.id === id) ?? HISTORY_ONLY_ACTIONS.find((a) => a.id === id) ?? { id, label: id };
}

/** The actions a case offers the user, in workflow order, from the server's `allowedActions`. */
export function availableActions(allowed) {
  const set = new Set(allowed ?? []);
  return ACTIONS.filter((action) => set.has(action.id));
}

/**
 * The choices of the unit field at 派遣 from GET cases/{id}/dispatch-options: the rules' choice first
 * and chosen, marked as such; without one, an empty first choice (the server then applies the rules
 * or says that it cannot).
 */
export function unitChoices({ suggestedUnitId, suggestedReason, units } = {}) {
  const all = units ?? [];
  const suggested = all.find((u) => u.id === suggestedUnitId);
  const choices = all.filter((u) => u !== suggested).map((u) => ({ value: String(u.id), label: u.name }));
  if (suggested) {
    // A case about a 部件 goes to the component's owner (the server says so in its reason).
    const why = suggestedReason?.startsWith('按部件权属') ? '部件权属单位' : '派遣规则推荐';
    return { options: [{ value: String(suggested.id), label: `${suggested.name}（${why}）` }, ...choices], value: String(suggested.id) };
  }
  return { options: [{ value: '', label: '请选择责任单位' }, ...choices], value: '' };
}

export const SATISFACTIONS = Object.freeze([
  { id: 'satisfied', label: '满意' },
  { id: 'basically_satisfied', label: '基本满意' },
  { id: 'unsatisfied', label: '不满意' },
]);

/** The body of POST cases/{id}/transitions; null values are left out. */
export function transitionBody(action, { note, unitId, satisfaction, mergeInto, componentStatus } = {}) {
  const body = { action };
  if (note && note.trim() !== '') body.note = note.trim();
  if (unitId != null && unitId !== '') body.unitId = Number(unitId);
  if (satisfaction) body.satisfaction = satisfaction;
  if (mergeInto != null && mergeInto !== '') body.mergeInto = Number(mergeInto);
  if (componentStatus) body.componentStatus = componentStatus;
  return body;
}

/** Whether the role composes and publishes the exposure list (挂账督办), as api exposure/ExposureAccess decides. */
export function editsExposureList(role) {
  return role === 'SUPERVISOR' || role === 'ADMIN';
}

/** Which case panels a role sees in the workspace (the server checks each request anyway). */
export function workspaceTabs(role) {
  switch (role) {
    case 'DISPATCHER':
      return ['cases', 'report', 'queue', 'unplaced', 'stats'];
    case 'SUPERVISOR':
      return ['cases', 'queue', 'unplaced', 'stats', 'hotspots', 'grids'];
    case 'TOWNSHIP_STAFF':
      return ['cases', 'report', 'stats', 'grids'];
    case 'RESPONSIBLE_UNIT':
      return ['cases', 'stats'];
    case 'PLANNER':
      return ['cases', 'stats', 'hotspots'];
    case 'GRID_WORKER':
      return ['cases', 'report', 'tasks', 'patrol'];
    case 'ADMIN':
      return ['cases', 'report', 'queue', 'unplaced', 'stats', 'hotspots', 'audit', 'rules', 'units', 'users', 'grids'];
    default:
      return [];
  }
}
