import { isUnauthenticated } from '../api/index.js';

/**
 * Who is signed in: GET api/v1/users/me, or null when nobody is (401). The browser signs in with
 * the server's form at /login (session cookie) and out at /logout.
 * @returns {Promise<{username, role, roleName, displayName, scopeCode, unitId}|null>}
 */
export async function currentUser(client, urls) {
  try {
    return await client.getJson(urls.me());
  } catch (error) {
    if (isUnauthenticated(error)) {
      return null;
    }
    throw error;
  }
}
