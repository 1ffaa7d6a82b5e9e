/**
 * Checks of the storage convention (docs/DATA-MODEL.md): every instant functions store is a
 * Firestore timestamp — the admin SDK hands it back as a `Timestamp` — never an ISO string.
 */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { expect } from 'vitest';

/** An ISO date-time (not a bare `YYYY-MM-DD` day, which is a calendar day and stays a string). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The dotted paths in `data` that hold an instant written as an ISO string. */
export function isoStringsIn(data: unknown, at = ''): string[] {
  if (typeof data === 'string') return ISO_DATE_TIME.test(data) ? [at] : [];
  if (Array.isArray(data)) return data.flatMap((inner, i) => isoStringsIn(inner, `${at}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Timestamp)) {
    return Object.entries(data).flatMap(([key, inner]) => isoStringsIn(inner, at ? `${at}.${key}` : key));
  }
  return [];
}

function valueAt(data: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], data);
}

/** Asserts that each dotted path of `data` holds a Timestamp (so it exists, and is not a string). */
export function expectTimestamps(data: Record<string, unknown> | undefined, paths: readonly string[]) {
  expect(data, 'document').toBeDefined();
  for (const path of paths) {
    expect(valueAt(data!, path), path).toBeInstanceOf(Timestamp);
  }
}

/** Every document of the database, path → data as the admin SDK returns it. */
export async function allDocuments(db: Firestore): Promise<Record<string, Record<string, unknown>>> {
  const out: Record<string, Record<string, unknown>> = {};
  const walk = async (collections: FirebaseFirestore.CollectionReference[]) => {
    for (const collection of collections) {
      for (const doc of (await collection.get()).docs) {
        out[doc.ref.path] = doc.data();
        await walk(await doc.ref.listCollections());
      }
    }
  };
  await walk(await db.listCollections());
  return out;
}

/** Asserts that no document of the database holds an instant as an ISO string. */
export async function expectNoIsoInstants(db: Firestore) {
  const documents = await allDocuments(db);
  expect(Object.keys(documents).length).toBeGreaterThan(0);
  const strays = Object.entries(documents).flatMap(([path, data]) =>
    isoStringsIn(data).map((field) => `${path} ${field}`)
  );
  expect(strays).toEqual([]);
}
