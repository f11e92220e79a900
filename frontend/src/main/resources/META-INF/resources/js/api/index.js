export { ApiClient } from './client.js';
export { ApiUrls, API_PATH, ADMIN_LEVELS, TILES_PATH, HOTSPOT_METHODS } from './urls.js';
export {
  ApiError,
  NetworkError,
  HttpError,
  ResponseFormatError,
  RequestAbortedError,
  describeError,
  isUnauthenticated,
  isMissingEndpoint,
} from './errors.js';
