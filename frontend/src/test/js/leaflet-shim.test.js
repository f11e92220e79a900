import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const JS = fileURLToPath(new URL('../../main/resources/META-INF/resources/js/', import.meta.url));

test('vendor/leaflet.js exports every name the modules import from "leaflet"', () => {
  const shim = readFileSync(`${JS}vendor/leaflet.js`, 'utf8');
  const exported = new Set(shim.slice(shim.indexOf('export const {')).match(/\b[A-Za-z]+\b/g));
  const imported = new Set();
  for (const file of readdirSync(JS, { recursive: true }).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(`${JS}${file}`, 'utf8');
    for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'leaflet'/g)) {
      for (const name of match[1].split(',')) imported.add(name.trim().split(/\s+as\s+/)[0]);
    }
    assert.doesNotMatch(source, /import\s*\*\s*as\s+\w+\s+from\s+'leaflet'/, `${file}: import names, not the namespace`);
  }
  imported.delete('');
  const missing = [...imported].filter((name) => !exported.has(name));
  assert.deepEqual(missing, []);
});
