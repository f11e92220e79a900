import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../main/resources/META-INF/resources/', import.meta.url));
/** A string literal starting with js/, css/ or webjars/ (also ./js/ and /js/). */
const STATIC_PATH = /['"`]\/?(?:\.\/)?(?:js|css|webjars)\/[^'"`]*/g;

// The server sends the pages with their code under static/<version>/ (cached for a year, api package
// frontend). A module that names a static file by a path relative to the page ('webjars/…', 'css/…')
// or from the site root ('/js/…') would step outside that prefix and be revalidated on every page
// load; it must resolve the file from its own URL instead: new URL('../../webjars/…', import.meta.url).
test('no module names a static file by a page-relative or root path', () => {
  const offenders = [];
  for (const file of readdirSync(`${ROOT}js`, { recursive: true }).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(`${ROOT}js/${file}`, 'utf8');
    for (const match of source.matchAll(STATIC_PATH)) {
      offenders.push(`js/${file}: ${match[0]}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test('the check sees such a path', () => {
  const sample = "link.href = 'webjars/leaflet/dist/leaflet.css'; import('/js/x.js'); const u = `css/a.css`;";
  assert.equal([...sample.matchAll(STATIC_PATH)].length, 3);
});
