// One shell serves every tracking code (Hosting rewrites /lacak/** to it): it carries the
// tracking page's scripts, and the router reads the code from the address.
export const prerender = true;
export const entries = () => [{ code: 'kode' }];
