/** Export and import of all documents as one JSON file, so local data survives restarts. */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EmulatorError } from './errors';
import type { Store, StoredDocument } from './store';
import { normalizeFields } from './values';

export const SNAPSHOT_FILE = 'firestore-snapshot.json';

export interface Snapshot {
  format: 'buku-firestore-snapshot';
  version: 1;
  exportedAt: string;
  databases: { project: string; database: string; documents: StoredDocument[] }[];
}

export function exportSnapshot(store: Store): Snapshot {
  return {
    format: 'buku-firestore-snapshot',
    version: 1,
    exportedAt: new Date().toISOString(),
    databases: store
      .list()
      .filter((db) => db.size > 0)
      .map((db) => ({
        project: db.project,
        database: db.database,
        documents: db.all().sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      }))
  };
}

export function importSnapshot(store: Store, snapshot: unknown): number {
  const data = snapshot as Partial<Snapshot>;
  if (data?.format !== 'buku-firestore-snapshot' || !Array.isArray(data.databases)) {
    throw new EmulatorError('INVALID_ARGUMENT', 'Not a Buku Pengaduan Firestore snapshot.');
  }
  let count = 0;
  for (const entry of data.databases) {
    const db = store.database(entry.project, entry.database);
    for (const doc of entry.documents) {
      db.put({
        path: doc.path,
        fields: normalizeFields(doc.fields),
        createTime: doc.createTime,
        updateTime: doc.updateTime
      });
      count++;
    }
  }
  return count;
}

export function writeSnapshotDir(store: Store, dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, SNAPSHOT_FILE);
  writeFileSync(file, JSON.stringify(exportSnapshot(store), null, 1));
  return file;
}

/** Loads DIR/firestore-snapshot.json; returns the number of documents (0 when the file is absent). */
export function readSnapshotDir(store: Store, dir: string): number {
  const file = join(dir, SNAPSHOT_FILE);
  if (!existsSync(file)) return 0;
  try {
    return importSnapshot(store, JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new EmulatorError(
      'INVALID_ARGUMENT',
      `Snapshot tidak dapat dimuat / cannot load the snapshot ${file}: ${reason}`
    );
  }
}
