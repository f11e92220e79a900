export { OVERLAYS, availableOverlays, controlLabel } from './catalog.js';
export { styleFor, roadStyle, waterwayStyle, adminStyle, landmarkStyle } from './styles.js';
export { describeFeature, featureLabel, townshipKind } from './describe-feature.js';
export { renderPopup } from './popup.js';
export { ViewLoader } from './view-loader.js';
export { ReferenceLayer } from './reference-layer.js';
