export { debounce } from './debounce.js';
export { LatestRequest } from './latest-request.js';
export { SingleFlight } from './single-flight.js';
