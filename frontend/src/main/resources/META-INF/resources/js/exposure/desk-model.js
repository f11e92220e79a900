import { stateLabel } from '../cases/states.js';

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

/** States from which a case may be put on the list (api exposure/PeriodComposer.EXPOSABLE). */
export const EXPOSABLE_STATES = Object.freeze(['registered', 'dispatched', 'in_progress', 'returned', 'reported_done']);

/** A case number as people type it (TZ-20261207-00005): trimmed; null when it cannot be one. */
export function caseNumberInput(text) {
  const value = String(text ?? '').trim();
  return /^[A-Za-z0-9-]{1,40}$/.test(value) ? value.toUpperCase() : null;
}

/**
 * Why the case cannot be added to the period now, in Chinese, or null when it can: the period is
 * not a draft, the case is in it already, its state cannot be put on the list, or it has no photo
 * where the publisher requires one. The server checks the same and has the last word.
 */
export function addBlocker({ period, caseId, caseNumber, caseState, photoCount, photoRequired }) {
  if (!period || !isEditable(period.state)) {
    return '只有草稿状态的期次可以加入案件：请新建一期或退回修改。';
  }
  if ((period.entries ?? []).some((e) => e.caseId === caseId)) {
    return `案件 ${caseNumber} 已在${period.label}中。`;
  }
  if (!EXPOSABLE_STATES.includes(caseState)) {
    return `案件 ${caseNumber} 当前状态为“${stateLabel(caseState)}”，不能挂账：只有立案、派遣、处置中、已反馈或退回状态的案件可以加入本期。`;
  }
  if (photoRequired && photoCount === 0) {
    return '该案件还没有照片：请先拍照或选择照片上传，上传后即可加入本期。';
  }
  return null;
}

/** Whether a published entry can be marked 已整改 now: its case is still on the list (挂账). */
export function canRectify(period, entry) {
  return period?.state === 'published' && entry.caseState === 'exposed';
}

/** 回头看 is for a published period's entries whose case was rectified (or closed since). */
export function canFollowUp(period, entry) {
  return period?.state === 'published' && ['rectified', 'closed'].includes(entry.caseState);
}

/** The public page and PDF of a published period from its url (/exposure/tongzhou/193[?revision=1]). */
export function publishedLinks(url) {
  if (!url) {
    return null;
  }
  const [path, query] = url.split('?');
  return { html: url, pdf: `${path}.pdf${query ? `?${query}` : ''}` };
}

/** A period in the period chooser: 第193期 · 草稿 (勘误 revisions say so). */
export function periodChoiceLabel(p) {
  return `${p.label} · ${STATE_LABELS[p.state] ?? p.stateLabel ?? p.state}`;
}

/**
 * What an error means for the person at the desk: the server's own Chinese detail when it has one
 * (it names the case and the reason), else the generic description.
 */
export function deskErrorText(error, describe) {
  const detail = error?.problem?.detail;
  if (typeof detail === 'string' && /[\u4e00-\u9fff]/.test(detail)) {
    return detail;
  }
  return describe(error);
}

/** A photo size for the upload line: 350 KB, 2.4 MB. */
export function fileSizeText(bytes) {
  if (bytes < 1024 * 1024) {
    return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
