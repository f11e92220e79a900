import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** The static import graph of a module (import/export … from '…'), as paths relative to `root`. Test helper. */
export function staticGraph(root, entry) {
  const seen = new Set();
  const visit = (file) => {
    const key = relative(root, file);
    if (seen.has(key)) return;
    seen.add(key);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+'([^']+)'|^\s*import\s+'([^']+)'/gms)) {
      const spec = match[1] ?? match[2];
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
    }
  };
  visit(join(root, entry));
  return seen;
}
