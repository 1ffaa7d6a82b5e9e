// A static SPA: everything renders in the browser, the fallback page serves every route.
export const ssr = false;
export const prerender = false;
