export { createMap, TONGZHOU_VIEW, ZOOM_LIMITS } from './create-map.js';
export { StatusBanner } from './status-banner.js';
export { showDemoNotice, DEMO_NOTE, DEMO_ATTRIBUTION } from './demo-notice.js';
export { bindViewToUrl, viewFromUrl } from './url-view.js';
export { parseViewHash, formatViewHash } from './view-hash.js';
