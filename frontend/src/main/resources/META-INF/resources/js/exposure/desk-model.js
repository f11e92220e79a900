/**
 * The pure rules of the exposure desk (挂账督办工作台): which steps a period allows, how its
 * entries group in printed order, and the summary line the published page prints. No DOM here.
 */

/** Printed order of the entry kinds, as the newspaper page: pairs, new, carried over. */
export const KIND_ORDER = ['rectified', 'new', 'carried_over'];

export const KIND_LABELS = {
  rectified: '整治前后对比',
  new: '新发现问题',
  carried_over: '继续挂账',
};

export const STATE_LABELS = {
  draft: '草稿',
  in_review: '待审核',
  published: '已发布',
};

/**
 * The buttons a period in `state` offers: {action, label, needsNote}. A published period offers
 * only a correction (勘误), never an edit.
 */
export function periodActions(state) {
  switch (state) {
    case 'draft':
      return [{ action: 'submit', label: '送审', needsNote: false }];
    case 'in_review':
      return [
        { action: 'return', label: '退回修改', needsNote: true },
        { action: 'publish', label: '发布', needsNote: false },
      ];
    case 'published':
      return [{ action: 'correct', label: '勘误', needsNote: true }];
    default:
      return [];
  }
}

/**
 * The question asked before 送审 and 发布, saying what will be sent or made public; null for the
 * steps that ask nothing (退回修改 and 勘误 ask for their note instead).
 */
export function confirmQuestion(action, number, entries) {
  const what = `第${number}期，共${entries.length}处：${summary(entries)}`;
  if (action === 'submit') {
    return `送审${what}\n送审后本期不能再修改，除非审核退回。确定送审？`;
  }
  if (action === 'publish') {
    return `发布${what}\n发布后本期将向社会公开，内容不可更改（只能勘误）。确定发布？`;
  }
  return null;
}

/** Only drafts take edits (title, entries, photos). */
export function isEditable(state) {
  return state === 'draft';
}

/** The entries by kind in printed order: [{kind, label, entries}], empty groups left out. */
export function groupEntries(entries) {
  return KIND_ORDER.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    entries: entries.filter((e) => e.kind === kind).sort((a, b) => a.seq - b.seq),
  })).filter((group) => group.entries.length > 0);
}

/** The summary line the page prints above the entries (本期……). */
export function summary(entries) {
  const count = (kind) => entries.filter((e) => e.kind === kind).length;
  const rectified = count('rectified');
  const fresh = count('new');
  const carried = count('carried_over');
  let text = '本期';
  if (rectified > 0) {
    text += `选取了${rectified}处前期挂账督办问题，刊登整治前后对比照片，`;
  }
  text += `对新发现的${fresh}处问题挂账督办`;
  if (carried > 0) {
    text += `，${carried}处前期问题尚未整改，继续挂账`;
  }
  return `${text}。`;
}

/**
 * What still stops publication, in Chinese, as the server will refuse it: no entries, a missing
 * photo where the publisher requires one, a rectified entry without its after photo.
 */
export function publishProblems(entries, { photoRequired = true } = {}) {
  const problems = [];
  if (entries.length === 0) {
    problems.push('本期还没有任何条目。');
  }
  for (const e of entries) {
    if (photoRequired && !e.photoUrl) {
      problems.push(`第${e.seq}条缺少现场照片。`);
    }
    if (e.kind === 'rectified' && !e.afterUrl) {
      problems.push(`第${e.seq}条（整治前后对比）缺少整改后照片。`);
    }
  }
  return problems;
}
