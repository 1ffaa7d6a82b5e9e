import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  kit: {
    // A static single-page app: Firebase Hosting rewrites every path to index.html.
    adapter: adapter({ pages: 'build', assets: 'build', fallback: 'index.html', strict: true })
  }
};

export default config;
