/**
 * The app's IndexedDB database on this device. One place opens it, so every store is declared
 * (and upgraded) together; add a version step when a store is added.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxEntry } from '$lib/outbox/types';

export const DATABASE_NAME = 'buku-pengaduan';

export interface DeviceSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
}

const opened = new Map<string, Promise<IDBPDatabase<DeviceSchema>>>();

export function openDeviceDatabase(name = DATABASE_NAME): Promise<IDBPDatabase<DeviceSchema>> {
  let db = opened.get(name);
  if (!db) {
    db = openDB<DeviceSchema>(name, 1, {
      upgrade(database, oldVersion) {
        if (oldVersion < 1) database.createObjectStore('outbox', { keyPath: 'id' });
      }
    });
    opened.set(name, db);
  }
  return db;
}
