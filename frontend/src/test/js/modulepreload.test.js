import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { staticGraph } from './module-graph.js';

const ROOT = fileURLToPath(new URL('../../main/resources/META-INF/resources/', import.meta.url));

test('index.html preloads exactly the first load: main.js\'s static imports and the signed-in workspace\'s', () => {
  const html = readFileSync(`${ROOT}index.html`, 'utf8');
  const preloaded = new Set([...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]));
  // main.js imports these two with import() for a signed-in user, at once (see main.js).
  const graph = new Set(['js/main.js', 'js/app/start-workspace.js', 'js/cases/case-layer.js']
    .flatMap((entry) => [...staticGraph(ROOT, entry)]));
  assert.deepEqual([...preloaded].sort(), [...graph].sort());
});

test('the workspace panels are not in the first load', () => {
  const graph = staticGraph(ROOT, 'js/main.js');
  for (const panel of ['js/app/start-workspace.js', 'js/cases/report-panel.js', 'js/stats/stats-panel.js', 'js/hotspots/hotspot-panel.js']) {
    assert.equal(graph.has(panel), false, panel);
  }
});

test('every module of the page parses (the DOM modules cannot be imported in Node, but they can be checked)', async () => {
  const { readdirSync } = await import('node:fs');
  const { spawnSync } = await import('node:child_process');
  const files = readdirSync(`${ROOT}js`, { recursive: true }).filter((f) => f.endsWith('.js'));
  assert.ok(files.length > 40);
  for (const file of files) {
    const result = spawnSync(process.execPath, ['--check', `${ROOT}js/${file}`], { encoding: 'utf8' });
    assert.equal(result.status, 0, `${file}: ${result.stderr}`);
  }
});
