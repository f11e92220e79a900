/**
 * Renders a feature description (describe-feature.js) as popup DOM. Uses textContent only, so names
 * from the data can never inject markup.
 */
export function renderPopup({ title, subtitle, rows }) {
  const root = document.createElement('div');
  root.className = 'ld-popup';

  const heading = document.createElement('div');
  heading.className = 'ld-popup-title';
  heading.textContent = title;
  root.append(heading);

  if (subtitle) {
    const kind = document.createElement('div');
    kind.className = 'ld-popup-kind';
    kind.textContent = subtitle;
    root.append(kind);
  }

  if (rows.length > 0) {
    const list = document.createElement('dl');
    for (const [label, value] of rows) {
      const term = document.createElement('dt');
      term.textContent = label;
      const detail = document.createElement('dd');
      detail.textContent = value;
      list.append(term, detail);
    }
    root.append(list);
  }
  return root;
}
