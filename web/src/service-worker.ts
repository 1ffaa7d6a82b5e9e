/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps the app's shell on the phone so it opens, and a complaint can be written and queued,
 * without signal. Built files are immutable (hashed names): cache first. Pages: network first,
 * and offline the page's own copy. The citizen's pages are prerendered with their content, so
 * each copy serves its own route only (the tracking page serves every code); every other path
 * gets the generic, client-only shell 200.html, as Hosting does (firebase.json). Firestore calls
 * are not touched: the outbox handles those.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `buku-pengaduan-${version}`;
const HOME = '/';
/**
 * The client-only shell for every route without a page of its own (adapter-static's fallback,
 * 200.html), by its clean URL: Hosting's cleanUrls answers /200.html with a redirect, and a
 * redirected response cannot answer a navigation.
 */
const SPA_SHELL = '/200';
/** Hosting rewrites every tracking code to this shell (firebase.json). */
const TRACKING_SHELL = '/lacak/kode';
const SHELLS = new Set([HOME, ...prerendered]);
const PRECACHE = [...build, ...files, ...SHELLS, SPA_SHELL];
const IMMUTABLE = new Set([...build, ...files]);

/** The cached shell that serves a path. */
function shellOf(pathname: string): string {
  if (SHELLS.has(pathname)) return pathname;
  if (pathname.startsWith('/lacak/') && SHELLS.has(TRACKING_SHELL)) return TRACKING_SHELL;
  // Not the home page: it carries the home page's content and would show it at any address.
  return SPA_SHELL;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => worker.skipWaiting())
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
      .then(() => worker.clients.claim())
  );
});

async function fromCacheFirst(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  return cached ?? fetch(request);
}

async function pageNetworkFirst(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  try {
    const response = await fetch(request);
    // Only a shell's own address is refreshed: the cache keeps one copy per shell, not per page.
    if (response.ok && shellOf(pathname) === pathname) {
      const cache = await caches.open(CACHE);
      await cache.put(pathname, response.clone());
    }
    return response;
  } catch (error) {
    const shell = (await caches.match(shellOf(pathname))) ?? (await caches.match(SPA_SHELL));
    if (shell) return shell;
    throw error;
  }
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (IMMUTABLE.has(url.pathname)) event.respondWith(fromCacheFirst(request));
  else if (request.mode === 'navigate') event.respondWith(pageNetworkFirst(request));
});
