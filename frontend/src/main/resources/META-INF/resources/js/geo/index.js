export { WORLD, BBOX_DECIMALS, clampBbox, padBbox, bboxContains, formatBbox } from './bbox.js';
