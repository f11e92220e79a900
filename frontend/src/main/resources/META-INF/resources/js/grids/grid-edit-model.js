/** The longest 责任网格 name the server takes. */
export const MAX_NAME = 60;

/** The selection with `code` added, or removed when it was in: a new Set, the old one unchanged. */
export function toggleCell(selection, code) {
  const next = new Set(selection);
  if (next.has(code)) next.delete(code); else next.add(code);
  return next;
}

/** What saving would change: cells added and removed, sorted. */
export function cellChanges(before, after) {
  return {
    added: [...after].filter((c) => !before.has(c)).sort(),
    removed: [...before].filter((c) => !after.has(c)).sort(),
  };
}

/** "已选 41 个单元网格（新增 1 个，移出 2 个）". */
export function selectionText(before, after) {
  const { added, removed } = cellChanges(before, after);
  const parts = [added.length ? `新增 ${added.length} 个` : null, removed.length ? `移出 ${removed.length} 个` : null].filter(Boolean);
  return `已选 ${after.size} 个单元网格${parts.length ? `（${parts.join('，')}）` : ''}`;
}

/** The problem with a 责任网格 form, in Chinese, or null when it may be sent. */
export function checkGrid({ name, cells }) {
  const text = (name ?? '').trim();
  if (!text) return '请填写责任网格名称';
  if ([...text].length > MAX_NAME) return `名称最多 ${MAX_NAME} 个字`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(text)) return '名称不能含控制字符';
  if (cells.size === 0) return '请在地图上点选至少一个单元网格';
  return null;
}

/** The problem with the people chosen, or null: workers must be chosen; the leader is optional. */
export function checkPeople({ workers, leader }) {
  if (workers.length === 0 && !leader) return '请至少选择一名网格员';
  if (leader && workers.includes(leader)) return '同一人不能同时是网格员和网格长';
  return null;
}

/** One line per person: "name（网格长）、name". */
export function peopleText(grid) {
  const workers = (grid.workers ?? []).map((w) => w.name ?? w.username);
  const leader = grid.leader ? [`${grid.leader.name ?? grid.leader.username}（网格长）`] : [];
  return [...leader, ...workers].join('、') || '未指派';
}

/** May this person create and edit 责任网格 (the server checks the township)? */
export function mayManage(user) {
  return user?.role === 'ADMIN' || user?.role === 'TOWNSHIP_STAFF';
}
