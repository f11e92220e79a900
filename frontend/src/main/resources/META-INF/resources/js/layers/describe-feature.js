/**
 * What a popup says about a feature: a title and labelled rows, in Chinese. Pure, so the wording is
 * testable; popup.js turns it into DOM.
 */

export const LEVEL_NAMES = Object.freeze({ district: '区', township: '乡镇/街道', village: '村/社区' });

export const ROAD_CLASS_NAMES = Object.freeze({
  motorway: '高速公路',
  trunk: '快速路',
  primary: '主干路',
  secondary: '次干路',
  tertiary: '支路',
  unclassified: '乡村道路',
  residential: '居住区道路',
  living_street: '生活街道',
  service: '内部道路',
  track: '机耕路',
});

export const WATERWAY_CLASS_NAMES = Object.freeze({
  river: '河流',
  canal: '运河/干渠',
  stream: '小河/沟',
  ditch: '沟渠',
  drain: '排水渠',
  water: '水面',
});

export const LANDMARK_TYPE_NAMES = Object.freeze({ building: '建筑', poi: '兴趣点' });

const OVERLAY_NAMES = Object.freeze({
  roads: '道路', waterways: '水系', landmarks: '地标', grid: '单元网格',
});

const MISSING = '—';

/**
 * @param {{layer: string, level?: string}} def the overlay (catalog.js)
 * @param {object} properties the GeoJSON feature's properties
 * @returns {{title: string, subtitle: string, rows: Array<[string, string]>}}
 */
export function describeFeature(def, properties = {}) {
  const p = properties ?? {};
  switch (def.layer) {
    case 'admin':
      return describeAdmin(p.level ?? def.level, p);
    case 'grid':
      return {
        title: p.code ? `单元网格 ${p.code}` : '单元网格',
        subtitle: OVERLAY_NAMES.grid,
        rows: compact([['网格编码', text(p.code)], ['所属村/社区代码', optional(p.villageCode)]]),
      };
    case 'roads':
      return {
        title: nameOr(p.name, '无名道路'),
        subtitle: OVERLAY_NAMES.roads,
        rows: compact([
          ['名称', nameOr(p.name, '（无名称）')],
          ['类别', className(ROAD_CLASS_NAMES, roadKey(p.class), p.class)],
          ['编号', optional(p.ref)],
        ]),
      };
    case 'waterways':
      return {
        title: nameOr(p.name, '无名水系'),
        subtitle: OVERLAY_NAMES.waterways,
        rows: [['名称', nameOr(p.name, '（无名称）')], ['类别', className(WATERWAY_CLASS_NAMES, p.class, p.class)]],
      };
    case 'landmarks':
      return {
        title: nameOr(p.name, '无名地标'),
        subtitle: OVERLAY_NAMES.landmarks,
        rows: [['名称', nameOr(p.name, '（无名称）')], ['类型', className(LANDMARK_TYPE_NAMES, p.type, p.type)]],
      };
    default:
      return { title: nameOr(p.name, def.layer), subtitle: def.layer, rows: [] };
  }
}

/** The text of a feature's permanent label (township names). */
export function featureLabel(properties) {
  return typeof properties?.name === 'string' ? properties.name.trim() : '';
}

/**
 * 街道, 镇 or 乡 from a 9-digit township code: its last three digits are 0xx for a 街道, 1xx for a
 * 镇 and 2xx for a 乡. Null for other codes.
 */
export function townshipKind(code) {
  if (typeof code !== 'string' || !/^\d{9}$/.test(code)) {
    return null;
  }
  return { 0: '街道', 1: '镇', 2: '乡' }[code[6]] ?? null;
}

function describeAdmin(level, p) {
  const levelName = LEVEL_NAMES[level] ?? '行政区划';
  return {
    title: nameOr(p.name, '（无名称）'),
    subtitle: levelName,
    rows: compact([
      ['名称', nameOr(p.name, '（无名称）')],
      ['级别', levelName],
      ['类别', level === 'township' ? townshipKind(p.code) : null],
      ['代码', text(p.code)],
      ['上级代码', optional(p.parentCode)],
    ]),
  };
}

/** "主干路（primary）": the Chinese name and the id, or the id alone when it is unknown. */
function className(names, key, raw) {
  if (raw == null || raw === '') {
    return MISSING;
  }
  const name = names[key];
  return name ? `${name}（${raw}）` : String(raw);
}

function roadKey(roadClass) {
  return typeof roadClass === 'string' ? roadClass.toLowerCase().replace(/_link$/, '') : roadClass;
}

function nameOr(name, fallback) {
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : fallback;
}

function text(value) {
  return value == null || value === '' ? MISSING : String(value);
}

function optional(value) {
  return value == null || value === '' ? null : String(value);
}

function compact(rows) {
  return rows.filter(([, value]) => value != null);
}
