/** The outbox kept in IndexedDB, where it outlives reloads and closed tabs. */
import { openDeviceDatabase } from '$lib/device/database';
import type { OutboxEntry, OutboxStore } from './types';

export function indexedDbOutboxStore(databaseName?: string): OutboxStore {
  const db = () => openDeviceDatabase(databaseName);
  return {
    async all() {
      return (await db()).getAll('outbox');
    },
    async get(id) {
      return (await db()).get('outbox', id);
    },
    async put(entry: OutboxEntry) {
      await (await db()).put('outbox', entry);
    }
  };
}
