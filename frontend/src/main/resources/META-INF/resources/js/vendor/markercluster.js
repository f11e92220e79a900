/**
 * Leaflet.markercluster 1.4.1 from its webjar: a classic script that extends the global `L` the
 * page's Leaflet defines (see vendor/leaflet.js). Loaded on first use: anonymous visitors, who see
 * no cases, never download it. The webjar's URL is found from this module's own (js/vendor/ → the
 * site root's webjars/), so it shares the module's versioned, immutable prefix (static/<version>/).
 */
const BASE = new URL('../../webjars/leaflet-markercluster/1.4.1/', import.meta.url).href;
let loading = null;

/** Resolves to L.MarkerClusterGroup. */
export function loadMarkerCluster() {
  if (!loading) {
    loading = (async () => {
      for (const css of ['MarkerCluster.css', 'MarkerCluster.Default.css']) {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = BASE + css;
        document.head.append(link);
      }
      await new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = `${BASE}leaflet.markercluster.js`;
        script.onload = resolve;
        script.onerror = () => reject(new Error('无法加载标注聚合组件（leaflet.markercluster）'));
        document.head.append(script);
      });
      if (typeof globalThis.L?.MarkerClusterGroup !== 'function') {
        throw new Error('标注聚合组件未能初始化');
      }
      return globalThis.L.MarkerClusterGroup;
    })();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
