/**
 * A reactive form draft kept in localStorage (see storage.ts). It holds personal data, so the
 * form clears it as soon as the complaint is safe in the outbox.
 */
import { draftStorage } from './storage';

export interface Draft<T> {
  /** The live, deeply reactive value: bind form fields to it. */
  readonly value: T;
  /** When the draft was last written (ms), undefined while nothing is kept. */
  readonly savedAt: number | undefined;
  /** True when the value came back from an earlier visit. */
  readonly restored: boolean;
  /** Forgets the draft and starts again from `initial`. */
  clear(): void;
}

/** Call during a component's initialisation: it saves through `$effect` on every change. */
export function persistedDraft<T extends object>(key: string, initial: () => T): Draft<T> {
  const storage = draftStorage(key, initial);
  const loaded = storage.load();
  let value = $state<T>(loaded?.value ?? initial());
  // Not a $derived: the effect's job is the write to localStorage; savedAt records that it happened.
  // eslint-disable-next-line svelte/prefer-writable-derived
  let savedAt = $state<number | undefined>(loaded?.savedAt);
  let restored = $state(loaded !== undefined);

  $effect(() => {
    savedAt = storage.save($state.snapshot(value) as T);
  });

  return {
    get value() {
      return value;
    },
    get savedAt() {
      return savedAt;
    },
    get restored() {
      return restored;
    },
    clear() {
      storage.clear();
      value = initial();
      savedAt = undefined;
      restored = false;
    }
  };
}
