// The citizen's pages are written out as HTML at build time, first screen included: a phone on a
// slow connection paints them from the HTML and CSS alone, before any script has run, and each
// page already asks for its route's scripts. The HTML is in Bahasa Indonesia with nothing from
// the device (language, chosen CC, draft, outbox): those are read in the browser as it hydrates.
// The staff and admin groups and the fallback shell 200.html stay client-only (root +layout.ts).
export const prerender = true;
export const ssr = true;
