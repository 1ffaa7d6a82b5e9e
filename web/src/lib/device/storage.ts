/**
 * Small values kept on this device (language, chosen CC, form drafts) in localStorage.
 * Private browsing or a full disk make localStorage throw: the app then simply forgets.
 */
export function readLocal(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeLocal(key: string, value: string): boolean {
  try {
    globalThis.localStorage?.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}

export function removeLocal(key: string): void {
  try {
    globalThis.localStorage?.removeItem(key);
  } catch {
    // Nothing to forget when storage is unavailable.
  }
}

export function readLocalJson<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  const text = readLocal(key);
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isValid(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

export function writeLocalJson(key: string, value: unknown): boolean {
  return writeLocal(key, JSON.stringify(value));
}
