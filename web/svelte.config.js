import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // A static single-page app: Firebase Hosting rewrites every path to index.html.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true }),
    // One shell serves every path (and the service worker replays it offline at any path), so its
    // asset URLs must be absolute, not relative to the page that first fetched it.
    paths: { relative: false }
  }
};

export default config;
