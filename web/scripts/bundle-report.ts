/**
 * JavaScript a page needs, in gzip bytes, from the built client (run after `npm run build`).
 * First load of a route = the two kit entries + the static imports of the route's nodes
 * (root layout, group layout, page). Dynamic imports (Firestore SDK, schemas) are listed
 * apart: they load only when the page asks for them.
 *
 * Run: npm run bundle-report -w web
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  isEntry?: boolean;
}

// BUKU_WEB_KIT_DIR: the kit directory of a build made elsewhere (tests/bench builds its own).
const kitDir = process.env.BUKU_WEB_KIT_DIR ?? join(import.meta.dirname, '..', '.svelte-kit');
const client = join(kitDir, 'output', 'client');
const manifest = JSON.parse(readFileSync(join(client, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;
const gzipSize = (file: string) => gzipSync(readFileSync(join(client, file)), { level: 9 }).length;

function staticClosure(keys: string[], seen = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    staticClosure(manifest[key]?.imports ?? [], seen);
  }
  return seen;
}

// Manifest keys are paths from web/.
const kitKey = relative(join(import.meta.dirname, '..'), kitDir)
  .split(sep)
  .join('/');
const nodeKey = (n: number) => `${kitKey}/generated/client-optimized/nodes/${n}.js`;
// The kit's own entries (start, app); route nodes are entries too but load per route.
const entries = Object.keys(manifest).filter((key) => manifest[key]!.file.includes('/entry/'));

// Which node is which route: the generated app lists them; a route uses nodes [layouts…, page].
const appSource = readFileSync(join(kitDir, 'generated', 'client-optimized', 'app.js'), 'utf8');
const dictionary = appSource.match(/export const dictionary = \{([\s\S]*?)\n\t?\};/)?.[1] ?? '';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const line of dictionary.split('\n')) {
  const match = line.match(/"([^"]+)":\s*\[(~?\d+)(?:,\s*\[([^\]]*)\])?/);
  if (!match) continue;
  const [, route, page, layouts = ''] = match;
  const nodes = [0, ...layouts.split(',').filter(Boolean).map(Number), Number(page!.replace('~', ''))];
  const closure = staticClosure([...entries, ...nodes.map(nodeKey)]);
  const files = new Set([...closure].map((key) => manifest[key]!.file));
  const total = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
  const lazy = new Set<string>();
  // Other routes' nodes are dynamic imports of the kit's app entry: not this page's.
  for (const key of closure) {
    if (entries.includes(key)) continue;
    for (const dyn of manifest[key]?.dynamicImports ?? []) lazy.add(dyn);
  }
  const lazyFiles = new Set(
    [...staticClosure([...lazy])].map((key) => manifest[key]!.file).filter((file) => !files.has(file))
  );
  const lazyTotal = [...lazyFiles].reduce((sum, file) => sum + gzipSize(file), 0);
  console.log(
    `${route.padEnd(32)} first load ${kb(total).padStart(9)}   loaded on demand ${kb(lazyTotal).padStart(9)}   together ${kb(total + lazyTotal).padStart(9)}`
  );
}
