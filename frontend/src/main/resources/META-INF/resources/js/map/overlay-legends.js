import { ADMIN_STYLES, GRID_STYLE, LANDMARK_STYLES, ROAD_STYLES, WATER_AREA } from '../layers/styles.js';
import { GI_BINS } from '../hotspots/results.js';

/** The legend entry of each overlay key (see layers/catalog.js and main.js). */
export const OVERLAY_LEGENDS = Object.freeze({
  district: { title: '区界', items: [{ label: '区界（示意）', color: ADMIN_STYLES.district.color, shape: 'dash' }] },
  township: { title: '乡镇/街道', items: [{ label: '乡镇/街道界', color: ADMIN_STYLES.township.color, shape: 'line' }] },
  village: { title: '村/社区', items: [{ label: '村/社区界', color: ADMIN_STYLES.village.color, shape: 'dash' }] },
  grid: { title: '单元网格', items: [{ label: '网格边界', color: GRID_STYLE.color, shape: 'line' }] },
  waterways: {
    title: '水系',
    items: [{ label: '河流/沟渠', color: '#3b7fc4', shape: 'line' }, { label: '水面', color: WATER_AREA.fillColor, shape: 'area' }],
  },
  roads: {
    title: '道路',
    items: [
      { label: '高速/快速路', color: ROAD_STYLES.motorway.color, shape: 'line' },
      { label: '主干路', color: ROAD_STYLES.primary.color, shape: 'line' },
      { label: '次干路', color: ROAD_STYLES.secondary.color, shape: 'line' },
      { label: '支路及其他', color: ROAD_STYLES.tertiary.color, shape: 'line' },
    ],
  },
  landmarks: {
    title: '地标',
    items: [{ label: '建筑', color: LANDMARK_STYLES.building.fillColor, shape: 'area' }, { label: '兴趣点', color: LANDMARK_STYLES.poi.fillColor, shape: 'dot' }],
  },
  heat: {
    title: '案件热力（核密度）',
    gradient: 'linear-gradient(90deg, rgba(255,245,235,0.2), #fdd0a2, #fd8d3c, #d94801, #7f2704)',
    items: [],
    note: '由低到高：单位面积案件密度',
  },
  hotspots: { title: '热点（Gi* 置信度）', items: GI_BINS.map(({ label, color }) => ({ label, color })), column: true },
});
