// The citizen's pages are written out as their own HTML shells at build time: each shell already
// asks for its route's scripts, so a phone on a slow connection fetches them all at once instead
// of discovering them one after another from the generic fallback page.
export const prerender = true;
