/**
 * 我的位置: the device's position from the browser's geolocation. The browser answers in WGS-84
 * (W3C Geolocation), which is the datum the report panel keeps its point in; the map shifts it into
 * its display datum (display-datum.js) when it draws the marker.
 */

/** How long to wait for a fix before saying so. */
export const LOCATE_TIMEOUT_MS = 15000;

/**
 * @param {Geolocation|undefined} geolocation navigator.geolocation
 * @returns {Promise<{lon: number, lat: number, accuracyMetres: number}>} rejects with an Error whose
 *   message is Chinese and ready to show
 */
export function myPosition(geolocation, timeoutMs = LOCATE_TIMEOUT_MS) {
  if (!geolocation || typeof geolocation.getCurrentPosition !== 'function') {
    return Promise.reject(new Error('此浏览器不支持定位，请在地图上点击或输入坐标。'));
  }
  return new Promise((resolve, reject) => {
    geolocation.getCurrentPosition(
      (position) => {
        const { longitude, latitude, accuracy } = position.coords ?? {};
        if (!Number.isFinite(longitude) || !Number.isFinite(latitude)) {
          reject(new Error('未能获取有效的位置，请在地图上点击或输入坐标。'));
          return;
        }
        resolve({ lon: longitude, lat: latitude, accuracyMetres: Number.isFinite(accuracy) ? accuracy : null });
      },
      (error) => reject(new Error(geolocationMessage(error))),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 30000 },
    );
  });
}

/** The Chinese words for a GeolocationPositionError (1 denied, 2 unavailable, 3 timeout). */
export function geolocationMessage(error) {
  switch (error?.code) {
    case 1:
      return '您拒绝了位置授权。如需使用“我的位置”，请在浏览器设置中允许本网站获取位置，或在地图上点击。';
    case 2:
      return '暂时无法获取您的位置（定位不可用），请到开阔处重试，或在地图上点击。';
    case 3:
      return '获取位置超时，请重试，或在地图上点击。';
    default:
      return '获取位置失败，请在地图上点击或输入坐标。';
  }
}
