export { ApiClient } from './client.js';
export { ApiUrls, API_PATH, ADMIN_LEVELS } from './urls.js';
export {
  ApiError,
  NetworkError,
  HttpError,
  ResponseFormatError,
  RequestAbortedError,
  describeError,
} from './errors.js';
