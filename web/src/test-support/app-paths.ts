/** Stand-in for `$app/paths` in component tests (see vitest.config.ts). */
export const resolve = (path: string) => path;
