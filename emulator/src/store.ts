/**
 * In-memory documents of every database the emulator has seen, indexed by parent
 * collection so a collection query touches only its own documents.
 */
import { collectionId, comparePaths, parentCollection, segments } from './paths';
import type { StoredDocument } from './rules/contract';
import { instantToRfc3339Nanos, type Instant } from './values';

export type { StoredDocument };

export class Database {
  private readonly docs = new Map<string, StoredDocument>();
  private readonly byCollection = new Map<string, Map<string, StoredDocument>>();

  constructor(
    readonly project: string,
    readonly database: string
  ) {}

  get(path: string): StoredDocument | null {
    return this.docs.get(path) ?? null;
  }

  get size(): number {
    return this.docs.size;
  }

  put(doc: StoredDocument): void {
    this.docs.set(doc.path, doc);
    const parent = parentCollection(doc.path);
    let siblings = this.byCollection.get(parent);
    if (!siblings) {
      siblings = new Map();
      this.byCollection.set(parent, siblings);
    }
    siblings.set(doc.path, doc);
  }

  remove(path: string): void {
    if (!this.docs.delete(path)) return;
    const parent = parentCollection(path);
    const siblings = this.byCollection.get(parent);
    siblings?.delete(path);
    if (siblings && siblings.size === 0) this.byCollection.delete(parent);
  }

  clear(): void {
    this.docs.clear();
    this.byCollection.clear();
  }

  /** Documents directly inside one collection. */
  collection(collectionPath: string): Iterable<StoredDocument> {
    return this.byCollection.get(collectionPath)?.values() ?? [];
  }

  /** Documents of every collection named `id` below `parent` ('' = whole database);
   * an empty id matches every collection (a "kindless" query). */
  collectionGroup(parent: string, id: string): StoredDocument[] {
    const out: StoredDocument[] = [];
    const prefix = parent === '' ? '' : parent + '/';
    for (const [collectionPath, siblings] of this.byCollection) {
      if (prefix !== '' && !collectionPath.startsWith(prefix)) continue;
      const parts = segments(collectionPath);
      if (id !== '' && parts[parts.length - 1] !== id) continue;
      for (const doc of siblings.values()) out.push(doc);
    }
    return out;
  }

  /** Ids of the collections directly below a document ('' = root collections), including
   * collections that only hold deeper descendants. */
  collectionIds(parent: string): string[] {
    const depth = segments(parent).length;
    const prefix = parent === '' ? '' : parent + '/';
    const ids = new Set<string>();
    for (const collectionPath of this.byCollection.keys()) {
      if (prefix !== '' && !collectionPath.startsWith(prefix)) continue;
      const id = segments(collectionPath)[depth];
      if (id !== undefined) ids.add(id);
    }
    return [...ids].sort();
  }

  /** Collections holding documents (including implied ones) for ListDocuments showMissing. */
  missingParents(collectionPath: string): string[] {
    const depth = segments(collectionPath).length;
    const prefix = collectionPath + '/';
    const out = new Set<string>();
    for (const path of this.byCollection.keys()) {
      if (!path.startsWith(prefix)) continue;
      const docPath = segments(path)
        .slice(0, depth + 1)
        .join('/');
      if (!this.docs.has(docPath)) out.add(docPath);
    }
    return [...out].sort(comparePaths);
  }

  all(): StoredDocument[] {
    return [...this.docs.values()];
  }
}

export { collectionId };

/** Hands out strictly increasing commit times with microsecond precision, as Firestore's are. */
export class Clock {
  private lastMicros = 0n;

  next(): Instant {
    const nowMicros = BigInt(Date.now()) * 1000n;
    this.lastMicros = nowMicros > this.lastMicros ? nowMicros : this.lastMicros + 1n;
    return { seconds: this.lastMicros / 1_000_000n, nanos: Number(this.lastMicros % 1_000_000n) * 1000 };
  }

  nextText(): string {
    return instantToRfc3339Nanos(this.next());
  }
}

export class Store {
  private readonly databases = new Map<string, Database>();
  readonly clock = new Clock();

  database(project: string, database = '(default)'): Database {
    const key = `${project}/${database}`;
    let db = this.databases.get(key);
    if (!db) {
      db = new Database(project, database);
      this.databases.set(key, db);
    }
    return db;
  }

  list(): Database[] {
    return [...this.databases.values()];
  }

  clearAll(): void {
    for (const db of this.databases.values()) db.clear();
  }
}
