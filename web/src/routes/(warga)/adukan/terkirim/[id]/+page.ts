// A complaint's id exists only on the device that sent it: served by the fallback shell.
export const prerender = false;
