/**
 * The list of active CCs: shown at once from this device's copy, refreshed from Firestore when
 * someone needs to choose. The Firestore SDK loads only then, not with the home page.
 */
import type { Center } from '$lib/firebase/firestore';
import { readLocalJson, writeLocalJson } from '$lib/device/storage';

const CACHE_KEY = 'buku.centers';

interface CachedCenters {
  fetchedAt: number;
  centers: Center[];
}

function isCache(value: unknown): value is CachedCenters {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CachedCenters).fetchedAt === 'number' &&
    Array.isArray((value as CachedCenters).centers)
  );
}

const cached = readLocalJson(CACHE_KEY, isCache);

let list = $state<Center[]>(cached?.centers ?? []);
let status = $state<'idle' | 'loading' | 'fresh' | 'failed'>('idle');
let fromCache = $state(cached !== undefined);
let loading: Promise<void> | undefined;

export const centersState = {
  get list(): Center[] {
    return list;
  },
  get status() {
    return status;
  },
  /** True while the list shown is this device's copy, not yet confirmed by the server. */
  get fromCache(): boolean {
    return fromCache;
  }
};

/** Fetches the list once per page (again after a failure). */
export function refreshCenters(): Promise<void> {
  if (status === 'fresh') return Promise.resolve();
  loading ??= (async () => {
    status = 'loading';
    try {
      const { listActiveCenters } = await import('$lib/firebase/firestore');
      list = await listActiveCenters();
      fromCache = false;
      status = 'fresh';
      writeLocalJson(CACHE_KEY, { fetchedAt: Date.now(), centers: list } satisfies CachedCenters);
    } catch {
      status = 'failed';
    } finally {
      loading = undefined;
    }
  })();
  return loading;
}
