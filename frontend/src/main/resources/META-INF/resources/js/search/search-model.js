/**
 * The search box's logic without the page: when a query is worth sending, the answer's groups as
 * one list the keyboard walks, and the step of ↑/↓. Pure, so node --test covers it.
 */

/** The server's limits (SearchQuery): fewer characters are not sent, more are cut. */
export const MIN_CHARS = 2;
export const MAX_CHARS = 50;

// Control and format characters (C0, C1, bidi overrides …) the server refuses with 400.
const UNSENDABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}]/gu;

/**
 * The text to send for what is typed, or null when nothing should be asked yet.
 * Whitespace runs become one space; control characters are dropped; longer input is cut at 50.
 */
export function queryOf(typed) {
  const clean = String(typed ?? '').replace(UNSENDABLE, '').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  if (chars.length < MIN_CHARS) return null;
  return chars.slice(0, MAX_CHARS).join('');
}

/**
 * The answer's items in the order shown, each with its group's label and its position.
 * @param {{groups?: Array<{kind: string, label: string, items: object[]}>}} answer
 * @returns {Array<{group: string, kind: string, index: number, item: object}>}
 */
export function flatten(answer) {
  const rows = [];
  for (const group of answer?.groups ?? []) {
    for (const item of group.items ?? []) {
      rows.push({ group: group.label, kind: group.kind, index: rows.length, item });
    }
  }
  return rows;
}

/** The active row after ↑ (-1) or ↓ (+1), wrapping; -1 is "none" (the input). */
export function step(active, delta, count) {
  if (count <= 0) return -1;
  if (active < 0) return delta > 0 ? 0 : count - 1;
  return (active + delta + count) % count;
}

/** What one row says: its label and, underneath, the detail (a case's description, a place's kind). */
export function rowText(item) {
  if (item.kind === 'case') {
    return { title: `${item.name} · ${item.stateLabel ?? ''}`.trim(), detail: item.description ?? item.text ?? '' };
  }
  return { title: item.name, detail: [item.kindLabel, item.parent].filter(Boolean).join(' · ') };
}
