import { OVERDUE_COLOR, STATES } from './states.js';

/** The legend of the cases layer. */
export const CASE_LEGEND = Object.freeze({
  title: '案件（按状态）',
  items: [
    ...STATES.filter((s) => !['rejected', 'merged'].includes(s.id)).map((s) => ({ label: s.label, color: s.color, shape: 'dot' })),
    { label: '超期', color: OVERDUE_COLOR, shape: 'ring' },
  ],
  note: '数字为聚合的案件数，红色聚合含超期案件',
});
