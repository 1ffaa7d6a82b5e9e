/** Stand-in for `$app/state` in component tests (see vitest.config.ts). */
export const page = { url: new URL('http://localhost/'), params: {}, state: {}, status: 200, error: null };
