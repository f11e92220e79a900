/**
 * Typed errors of the API client, and their Chinese wording for the page. Callers tell them apart
 * with instanceof: a RequestAbortedError is expected (a newer request replaced it) and not shown.
 */

export class ApiError extends Error {
  constructor(message, { url, cause } = {}) {
    super(message, { cause });
    this.name = new.target.name;
    this.url = url;
  }
}

/** The server could not be reached: no connection, DNS, CORS, connection reset. */
export class NetworkError extends ApiError {}

/** The request was aborted, usually because a newer one replaced it. */
export class RequestAbortedError extends ApiError {}

/** The server answered with a non-2xx status; `problem` is its RFC 9457 body when it sent one. */
export class HttpError extends ApiError {
  constructor(status, problem, { url } = {}) {
    super(`HTTP ${status}${problem?.detail ? `: ${problem.detail}` : ''}`, { url });
    this.status = status;
    this.problem = problem ?? null;
  }
}

/** The server answered 2xx but the body was not the JSON we expect. */
export class ResponseFormatError extends ApiError {}

/** True for a 401: nobody is signed in, or the session ran out. */
export function isUnauthenticated(error) {
  return error instanceof HttpError && error.status === 401;
}

/**
 * True when the endpoint itself is missing (404 or 405 on a path the server does not know), as for
 * the tile and hotspot endpoints of a server that does not have them yet.
 */
export function isMissingEndpoint(error) {
  return error instanceof HttpError && (error.status === 404 || error.status === 405 || error.status === 501);
}

/** A short Chinese sentence for the user about what went wrong. */
export function describeError(error) {
  if (error instanceof NetworkError) {
    return '无法连接服务器，请检查网络连接或稍后重试。';
  }
  if (error instanceof HttpError) {
    return `${describeStatus(error.status)}${problemDetail(error.problem)}`;
  }
  if (error instanceof ResponseFormatError) {
    return '服务器返回的数据格式无法识别。';
  }
  if (error instanceof RequestAbortedError) {
    return '请求已取消。';
  }
  return `页面出错：${error?.message ?? String(error)}`;
}

function describeStatus(status) {
  if (status === 400) return '请求参数有误（HTTP 400）。';
  if (status === 401) return '尚未登录或登录已过期，请重新登录（HTTP 401）。';
  if (status === 403) return '当前账号无权执行此操作（HTTP 403）。';
  if (status === 404) return '请求的数据不存在（HTTP 404）。';
  if (status === 409) return '案件状态已被他人更改，该操作不再适用，请刷新后重试（HTTP 409）。';
  if (status === 413) return '上传的文件过大（HTTP 413）。';
  if (status === 503) return '服务暂时不可用（HTTP 503），请稍后重试。';
  if (status >= 500) return `服务器内部错误（HTTP ${status}），请稍后重试。`;
  return `服务器返回错误（HTTP ${status}）。`;
}

function problemDetail(problem) {
  const text = problem?.detail || problem?.title;
  return text ? `详情：${text}` : '';
}
