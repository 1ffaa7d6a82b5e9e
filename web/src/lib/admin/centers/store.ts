/** The admin's CC writes and reads (`centers/{cc}`). Loads the Firestore SDK. */
import {
  collection,
  doc,
  getDocs,
  runTransaction,
  setDoc,
  updateDoc,
  type Firestore
} from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import { centerFromData, type StoredCenter } from './form';

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
