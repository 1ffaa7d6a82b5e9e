/** Stand-in for `$app/navigation` in component tests (see vitest.config.ts); tests vi.mock what they check. */
export const goto = async (_url: string, _options?: unknown) => undefined;
export const pushState = (_url: string, _state: unknown) => undefined;
export const replaceState = (_url: string, _state: unknown) => undefined;
export const preloadCode = async (_path: string) => undefined;
export const afterNavigate = (_callback: () => void) => undefined;
