/**
 * Leaflet path styles per overlay and feature class. Plain objects, no Leaflet, so the choice is
 * testable. Colours are meant for the plain light background of the map (no base map).
 */

const WATER_BLUE = '#3b7fc4';

/** Road styles by OpenStreetMap highway class; "_link" roads look like their class. */
export const ROAD_STYLES = Object.freeze({
  motorway: { color: '#d9652b', weight: 5 },
  trunk: { color: '#e0843c', weight: 4.5 },
  primary: { color: '#e9a93f', weight: 4 },
  secondary: { color: '#d9b65a', weight: 3 },
  tertiary: { color: '#a39a8a', weight: 2.5 },
  unclassified: { color: '#ada493', weight: 2 },
  residential: { color: '#b5ad9f', weight: 1.5 },
  living_street: { color: '#b5ad9f', weight: 1.5 },
  service: { color: '#c2bbae', weight: 1 },
  track: { color: '#a68f66', weight: 1, dashArray: '4 3' },
});

const DEFAULT_ROAD = ROAD_STYLES.unclassified;

/** Waterway line styles by class; areas (class "water" or polygon geometry) use WATER_AREA. */
export const WATERWAY_STYLES = Object.freeze({
  river: { color: WATER_BLUE, weight: 3 },
  canal: { color: WATER_BLUE, weight: 2.5 },
  stream: { color: WATER_BLUE, weight: 1.5 },
  ditch: { color: WATER_BLUE, weight: 1, dashArray: '5 3' },
  drain: { color: WATER_BLUE, weight: 1, dashArray: '2 3' },
});

export const WATER_AREA = Object.freeze({
  color: WATER_BLUE, weight: 1, fill: true, fillColor: '#9cc4ea', fillOpacity: 0.75,
});

/**
 * Admin boundaries by level. Townships get a faint tint; villages and grid cells an invisible fill
 * (opacity 0 is still "painted" for SVG hit testing), so a click inside selects them without the
 * tints stacking up when zoomed in.
 */
export const ADMIN_STYLES = Object.freeze({
  district: { color: '#5b3f8c', weight: 3, opacity: 0.9, fill: false, dashArray: '10 4 2 4' },
  township: { color: '#8566b8', weight: 1.5, opacity: 0.8, fill: true, fillColor: '#8566b8', fillOpacity: 0.04 },
  village: { color: '#9a7fc8', weight: 1, opacity: 0.8, dashArray: '4 3', fill: true, fillColor: '#a58bd0', fillOpacity: 0 },
});

export const GRID_STYLE = Object.freeze({
  color: '#2f9e8f', weight: 0.8, opacity: 0.55, fill: true, fillColor: '#2f9e8f', fillOpacity: 0,
});

/** Landmarks: buildings as areas, points of interest as small circles (radius in pixels). */
export const LANDMARK_STYLES = Object.freeze({
  building: { color: '#9c7b55', weight: 1, fill: true, fillColor: '#dcc7a8', fillOpacity: 0.8, radius: 4 },
  poi: { color: '#ffffff', weight: 1.5, fill: true, fillColor: '#c0392b', fillOpacity: 0.9, radius: 5 },
});

/** The style of a road of `roadClass` ("primary", "motorway_link" …); unknown classes look minor. */
export function roadStyle(roadClass) {
  const key = normalise(roadClass).replace(/_link$/, '');
  return { ...(ROAD_STYLES[key] ?? DEFAULT_ROAD), opacity: 0.95, lineCap: 'round', lineJoin: 'round' };
}

/** The style of a waterway; areas are filled whatever their class. */
export function waterwayStyle(waterwayClass, geometryType) {
  const key = normalise(waterwayClass);
  if (key === 'water' || isArea(geometryType)) {
    return { ...WATER_AREA };
  }
  return { ...(WATERWAY_STYLES[key] ?? WATERWAY_STYLES.stream), opacity: 0.9, fill: false };
}

export function adminStyle(level) {
  return { ...(ADMIN_STYLES[normalise(level)] ?? ADMIN_STYLES.township) };
}

export function landmarkStyle(type) {
  return { ...(LANDMARK_STYLES[normalise(type)] ?? LANDMARK_STYLES.poi) };
}

/**
 * The style of `feature` drawn in overlay `def` (see catalog.js).
 * @param {{layer: string, level?: string}} def
 * @param {{properties?: object, geometry?: {type: string}}} feature
 */
export function styleFor(def, feature) {
  const properties = feature?.properties ?? {};
  const geometryType = feature?.geometry?.type;
  switch (def.layer) {
    case 'admin':
      return adminStyle(def.level ?? properties.level);
    case 'roads':
      return roadStyle(properties.class);
    case 'waterways':
      return waterwayStyle(properties.class, geometryType);
    case 'landmarks':
      return landmarkStyle(properties.type);
    case 'grid':
      return { ...GRID_STYLE };
    default:
      return { color: '#555555', weight: 1 };
  }
}

function normalise(value) {
  return typeof value === 'string' ? value.trim().toLowerCase() : '';
}

function isArea(geometryType) {
  return geometryType === 'Polygon' || geometryType === 'MultiPolygon';
}
