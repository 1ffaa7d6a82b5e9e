import adapter from '@sveltejs/adapter-static';

// The browser tests and the budget benchmark build into directories of their own, with the
// emulator addresses of their run, so they never collide with a build of web/build.
const pages = process.env.BUKU_WEB_BUILD_DIR ?? 'build';
const outDir = process.env.BUKU_WEB_KIT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    outDir,
    // A static single-page app. The citizen's pages are prerendered shells of their own (with
    // their route's scripts preloaded); every other path gets the generic shell 200.html, to which
    // Firebase Hosting rewrites (firebase.json). It must not be index.html, the home page's shell.
    adapter: adapter({ pages, assets: pages, fallback: '200.html', strict: true }),
    // One shell serves every path (and the service worker replays it offline at any path), so its
    // asset URLs must be absolute, not relative to the page that first fetched it.
    paths: { relative: false },
    // The citizen's prerendered pages paint from their HTML alone: their styles (a few KB) are
    // written into the page instead of being render-blocking requests on a slow link.
    inlineStyleThreshold: 8192
  }
};

export default config;
