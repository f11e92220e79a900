import { h, fill, progress, errorBox } from '../ui/dom.js';

/**
 * The workspace's 挂账督办 tab as the Workspace wants it (a factory answering {element, show, hide}
 * at once): the panel and its stylesheet load on first use, so that other roles never fetch them.
 * A case clicked on the map while the tab is shown goes to pickCase.
 */
export function exposureTab({ map, client, urls, onOpenCase }) {
  const element = h('div', {}, progress('正在加载挂账督办…'));
  let shown = false;
  let panel = null;
  // The stylesheet beside this module's own URL, so it shares its versioned, immutable prefix.
  if (!document.querySelector('link[data-exposure-css]')) {
    document.head.append(h('link', { rel: 'stylesheet', href: new URL('../../css/exposure-panel.css', import.meta.url).href, dataset: { exposureCss: 'true' } }));
  }
  const loaded = import('./exposure-panel.js').then(({ ExposurePanel }) => {
    panel = new ExposurePanel({ map, client, urls, onOpenCase });
    fill(element, panel.element);
    if (shown) panel.show();
    return panel;
  }).catch(() => {
    fill(element, errorBox('挂账督办加载失败，请刷新页面重试。'));
    return null;
  });
  return {
    element,
    show: () => {
      shown = true;
      panel?.show();
    },
    hide: () => {
      shown = false;
      panel?.hide();
    },
    pickCase: (caseId) => loaded.then((p) => p?.pickCase(caseId)),
  };
}
