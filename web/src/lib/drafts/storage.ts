/**
 * Where a form draft lives: localStorage, written synchronously on every change so that
 * nothing typed is lost if the tab is closed a moment later. An untouched form leaves no draft.
 */
import { readLocalJson, removeLocal, writeLocalJson } from '$lib/device/storage';

interface Stored<T> {
  savedAt: number;
  value: T;
}

export interface LoadedDraft<T> {
  value: T;
  savedAt: number;
}

export interface DraftStorage<T> {
  /** The stored draft completed with today's defaults (an older shape still loads). */
  load(): LoadedDraft<T> | undefined;
  /** Writes the draft; answers when (ms), or undefined when nothing was written. */
  save(value: T): number | undefined;
  clear(): void;
}

export function draftStorage<T extends object>(
  key: string,
  initial: () => T,
  now: () => number = Date.now
): DraftStorage<T> {
  const isStored = (value: unknown): value is Stored<Partial<T>> =>
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Stored<unknown>).savedAt === 'number' &&
    typeof (value as Stored<unknown>).value === 'object' &&
    (value as Stored<unknown>).value !== null;

  return {
    load() {
      const stored = readLocalJson(key, isStored);
      return stored ? { value: { ...initial(), ...stored.value }, savedAt: stored.savedAt } : undefined;
    },
    save(value) {
      if (JSON.stringify(value) === JSON.stringify(initial())) {
        removeLocal(key);
        return undefined;
      }
      const savedAt = now();
      return writeLocalJson(key, { savedAt, value } satisfies Stored<T>) ? savedAt : undefined;
    },
    clear() {
      removeLocal(key);
    }
  };
}
