/**
 * Serves a built web app as Firebase Hosting does with firebase.json: files as they are, clean
 * URLs (/adukan → adukan.html), the rewrites (/lacak/** → the tracking shell, anything else → the
 * SPA shell 200.html), hashed assets cached for a year, text gzip-compressed when the
 * browser accepts it (Lighthouse scores transfer sizes, so they must be the real ones).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8'
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.svg', '.txt']);

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

const isFile = (dir: string, file: string) =>
  file.startsWith(dir) && existsSync(file) && statSync(file).isFile();

function resolveFile(dir: string, pathname: string): string {
  const asIs = normalize(join(dir, pathname));
  if (isFile(dir, asIs)) return asIs;
  if (pathname === '/' && isFile(dir, join(dir, 'index.html'))) return join(dir, 'index.html');
  const clean = normalize(join(dir, `${pathname.replace(/\/$/, '')}.html`));
  if (pathname !== '/' && isFile(dir, clean)) return clean;
  if (pathname.startsWith('/lacak/')) return join(dir, 'lacak', 'kode.html');
  return join(dir, '200.html');
}

export async function serveBuild(dir: string): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolveFile(dir, pathname);
    const ext = extname(file);
    const headers: Record<string, string> = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': pathname.startsWith('/_app/immutable/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache'
    };
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(200, headers);
    const body = createReadStream(file);
    if (gzip) body.pipe(createGzip()).pipe(response);
    else body.pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
