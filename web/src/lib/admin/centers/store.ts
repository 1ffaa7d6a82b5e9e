/** The admin's CC writes and reads (`centers/{cc}`). Loads the Firestore SDK. */
import {
  collection,
  doc,
  getDoc,
  getDocs,
  runTransaction,
  setDoc,
  updateDoc,
  type Firestore
} from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import { centerFromData, koordinatorUpdate, type StoredCenter } from './form';

/** Every CC, active or not, by name (the network is tens of CCs: one read each). */
export async function listAllCenters(db: Firestore = firestore()): Promise<StoredCenter[]> {
  const snapshot = await getDocs(collection(db, 'centers'));
  return snapshot.docs
    .map((d) => centerFromData(d.id, d.data()))
    .sort((a, b) => a.name.localeCompare(b.name, 'id'));
}

export class CenterIdTaken extends Error {
  override name = 'CenterIdTaken';
  constructor(readonly id: string) {
    super(`centers/${id} exists`);
  }
}

/** Creates a CC; never overwrites one with the same id (read and write in one transaction). */
export async function createCenter(
  id: string,
  data: Record<string, unknown>,
  db: Firestore = firestore()
): Promise<void> {
  const ref = doc(db, 'centers', id);
  await runTransaction(db, async (tx) => {
    if ((await tx.get(ref)).exists()) throw new CenterIdTaken(id);
    tx.set(ref, data);
  });
}

/** Replaces a CC's profile with the checked one (the rules check the whole document). */
export async function saveCenter(
  id: string,
  data: Record<string, unknown>,
  db: Firestore = firestore()
): Promise<void> {
  await setDoc(doc(db, 'centers', id), data);
}

/** Deactivates (or reactivates) a CC: an inactive CC takes no new complaints; nothing is deleted. */
export async function setCenterActive(
  id: string,
  active: boolean,
  db: Firestore = firestore()
): Promise<void> {
  await updateDoc(doc(db, 'centers', id), { active });
}

/** One CC as stored, or null. */
export async function getCenter(id: string, db: Firestore = firestore()): Promise<StoredCenter | null> {
  const snapshot = await getDoc(doc(db, 'centers', id));
  return snapshot.exists() ? centerFromData(id, snapshot.data()) : null;
}

/**
 * The coordinator's save of their CC's profile: an update of the fields they may change only, so
 * the register code, the active flag and anything functions keep on the document stay as they are.
 */
export async function saveCenterAsKoordinator(
  id: string,
  data: Record<string, unknown>,
  db: Firestore = firestore()
): Promise<void> {
  await updateDoc(doc(db, 'centers', id), koordinatorUpdate(data));
}
