export { debounce } from './debounce.js';
export { LatestRequest } from './latest-request.js';
