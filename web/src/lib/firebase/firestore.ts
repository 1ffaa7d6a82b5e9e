/**
 * Everything the web app asks of Firestore, one named function per use case. Pages never build
 * queries: they call these. Import this module dynamically (`await import(...)`) so the SDK
 * (firebase/firestore/lite: REST only, no realtime) is loaded only when data is needed.
 */
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDocs,
  getFirestore,
  query,
  runTransaction,
  serverTimestamp,
  Timestamp,
  where,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot
} from 'firebase/firestore/lite';
import type { Sendable } from '$lib/outbox/types';
import { firebaseApp, firestoreEmulatorAddress } from './app';

let instance: Firestore | undefined;

/** The app's Firestore, connected to the emulator when the build says so. */
export function firestore(): Firestore {
  if (!instance) {
    instance = getFirestore(firebaseApp());
    const emulator = firestoreEmulatorAddress();
    if (emulator) connectFirestoreEmulator(instance, emulator.host, emulator.port);
  }
  return instance;
}

/** A CC as the citizen app shows it (`centers/{id}`). */
export interface Center {
  id: string;
  name: string;
  kind: string;
  desa: string;
  desaCode: string;
  kecamatan: string;
  kecamatanCode: string;
  active: boolean;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Reads defensively: a half-filled profile shows blanks instead of breaking the list. */
export const centerConverter: FirestoreDataConverter<Center> = {
  toFirestore(center: Center): DocumentData {
    const { id: _id, ...data } = center;
    return data;
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): Center {
    const data = snapshot.data();
    return {
      id: snapshot.id,
      name: text(data.name) || snapshot.id,
      kind: text(data.kind),
      desa: text(data.desa),
      desaCode: text(data.desaCode),
      kecamatan: text(data.kecamatan),
      kecamatanCode: text(data.kecamatanCode),
      active: data.active === true
    };
  }
};

/** The CCs that accept complaints, by name. One query; `centers` is readable by anyone. */
export async function listActiveCenters(db: Firestore = firestore()): Promise<Center[]> {
  const centers = query(
    collection(db, 'centers').withConverter(centerConverter),
    where('active', '==', true)
  );
  const snapshot = await getDocs(centers);
  return snapshot.docs.map((d) => d.data()).sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

/** A complaint to create, with the uid of the (anonymous) account of the device sending it. */
export type ComplaintToCreate = Sendable & { reporterUid?: string };

/**
 * The complaint document as the citizen creates it. `receivedAt` is the server's clock (the rules
 * require request.time); status, register number and deadlines are written by functions.
 */
function intakeDocument(message: ComplaintToCreate): DocumentData {
  return {
    ...message.payload.complaint,
    ccId: message.ccId,
    trackingCode: message.trackingCode,
    receivedAt: serverTimestamp(),
    ...(message.reporterUid ? { reporterUid: message.reporterUid } : {})
  };
}

/**
 * Creates the complaint `centers/{cc}/complaints/{id}` and its `private/contact` document in one
 * atomic commit, as a true create: the transaction reads the complaint first, so its commit
 * carries the precondition "does not exist yet". A retry after a success whose answer was lost
 * therefore finds the document and writes nothing ('already-existed'), or the server answers
 * ALREADY_EXISTS, which the outbox counts as sent. Never two complaints for one submission.
 *
 * Needs the rules to let anyone `get` a complaint id that does not exist (resource == null) and
 * the reporter their own.
 */
export async function createComplaint(
  message: ComplaintToCreate,
  db: Firestore = firestore()
): Promise<'created' | 'already-existed'> {
  const complaintRef = doc(db, 'centers', message.ccId, 'complaints', message.id);
  const contactRef = doc(complaintRef, 'private', 'contact');
  try {
    await runTransaction(
      db,
      async (transaction) => {
        const existing = await transaction.get(complaintRef);
        // Throwing ends the transaction without a commit (returning would commit a "verify").
        if (existing.exists()) throw new AlreadyCreated();
        transaction.set(complaintRef, intakeDocument(message));
        transaction.set(contactRef, message.payload.contact);
      },
      // The outbox does its own retrying with backoff; one quick repeat covers a lost race.
      { maxAttempts: 2 }
    );
    return 'created';
  } catch (error) {
    if (error instanceof AlreadyCreated) return 'already-existed';
    throw error;
  }
}

class AlreadyCreated extends Error {}

export const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/** An instant as an ISO string, whether stored as a string or as a Firestore Timestamp. */
export function instantOrNull(value: unknown): string | null {
  if (value instanceof Timestamp) return value.toDate().toISOString();
  return textOrNull(value);
}
