/**
 * Which tabs go into the tab bar's 更多 menu when they do not all fit: the bar keeps a prefix of
 * the tabs in their order, plus the selected tab wherever it is, so the tab being read never hides
 * and the order people learned does not shuffle. Pure: works on measured widths.
 *
 * @param {number[]} widths   each tab button's width in pixels, in bar order
 * @param {number} available  the bar's inner width
 * @param {number} moreWidth  the 更多 button's width
 * @param {number} selected   index of the selected tab, or -1
 * @returns {number[]} the indices that go into the menu (empty when everything fits)
 */
export function overflowingTabs(widths, available, moreWidth, selected) {
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (total <= available) return [];
  const budget = available - moreWidth;
  let used = selected >= 0 ? widths[selected] : 0;
  const hidden = [];
  let full = false;
  widths.forEach((width, index) => {
    if (index === selected) return;
    if (!full && used + width <= budget) {
      used += width;
    } else {
      full = true;
      hidden.push(index);
    }
  });
  return hidden;
}
