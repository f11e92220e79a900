/**
 * Simple SVG charts as markup strings (no chart framework). Every text goes through escapeXml, so
 * names from the data cannot inject markup. Pure.
 */

export function escapeXml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({
    '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
  })[c]);
}

/**
 * Horizontal bars of one rate (0…1) per group, with the value at the end of each bar; a group
 * without the rate shows "无数据" instead of a zero bar.
 * @param {Array<{label: string, value: number|null, text: string}>} items
 * @param {object} [options]
 * @param {number} [options.width=340]
 * @param {number} [options.barHeight=16]
 * @param {string} [options.color='#1f6fd1']
 * @param {string} [options.title] accessible name
 */
export function barChart(items, { width = 340, barHeight = 16, color = '#1f6fd1', title = '' } = {}) {
  const labelWidth = 96;
  const valueWidth = 52;
  const gap = 6;
  const plot = width - labelWidth - valueWidth;
  const height = items.length * (barHeight + gap) + gap;
  const rows = items.map((item, i) => {
    const y = gap + i * (barHeight + gap);
    const middle = y + barHeight / 2;
    const label = `<text x="${labelWidth - 6}" y="${middle}" text-anchor="end" dominant-baseline="central" class="ld-chart-label">${escapeXml(truncate(item.label, 8))}<title>${escapeXml(item.label)}</title></text>`;
    if (item.value === null || item.value === undefined) {
      return `${label}<text x="${labelWidth + 4}" y="${middle}" dominant-baseline="central" class="ld-chart-none">无数据</text>`;
    }
    const w = Math.max(1, Math.round(Math.min(1, Math.max(0, item.value)) * plot));
    return `${label}<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" rx="2" fill="${escapeXml(color)}"/>`
      + `<text x="${labelWidth + w + 4}" y="${middle}" dominant-baseline="central" class="ld-chart-value">${escapeXml(item.text)}</text>`;
  });
  const grid = [0, 0.5, 1].map((t) => {
    const x = labelWidth + Math.round(t * plot);
    return `<line x1="${x}" y1="0" x2="${x}" y2="${height}" class="ld-chart-grid"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="ld-chart" role="img" aria-label="${escapeXml(title)}" `
    + `viewBox="0 0 ${width} ${height}" width="100%" height="${height}">${grid.join('')}${rows.join('')}</svg>`;
}

function truncate(text, max) {
  const s = String(text ?? '');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
