/**
 * The advocacy agenda's reads and writes (`agendas/{id}`: anyone reads, the admin writes), the
 * month's ranking it is chosen from, and the recomputeMonth callable. Loads the Firestore SDK.
 */
import {
  collection,
  deleteField,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  runTransaction,
  serverTimestamp,
  updateDoc,
  type Firestore
} from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import { rankingFromData, type ForumIssue, type ForumRanking } from '$lib/staff/forum/forum';
import { callFunction } from '../functions';
import {
  agendaFromData,
  agendaId,
  editData,
  issueSnapshot,
  type AgendaEdit,
  type AgendaItem
} from './agenda';

export async function getRanking(month: string, db: Firestore = firestore()): Promise<ForumRanking | null> {
  const snapshot = await getDoc(doc(db, 'forum', month));
  const data = snapshot.data();
  return data ? rankingFromData(data) : null;
}

/** Every agenda item, latest month first. */
export async function listAgenda(db: Firestore = firestore()): Promise<AgendaItem[]> {
  const snapshot = await getDocs(query(collection(db, 'agendas'), orderBy('month', 'desc')));
  return snapshot.docs.map((d) => agendaFromData(d.id, d.data()));
}

export class AgendaExists extends Error {
  override name = 'AgendaExists';
  constructor(readonly id: string) {
    super(`agendas/${id} exists`);
  }
}

/** Turns a ranked issue into an agenda item; an issue has at most one item per month. */
export async function createAgendaItem(
  month: string,
  issue: ForumIssue,
  edit: AgendaEdit,
  by: string,
  db: Firestore = firestore()
): Promise<string> {
  const id = agendaId(month, issue.key);
  const ref = doc(db, 'agendas', id);
  await runTransaction(db, async (tx) => {
    if ((await tx.get(ref)).exists()) throw new AgendaExists(id);
    tx.set(ref, {
      ...issueSnapshot(month, issue),
      ...editData(edit),
      createdBy: by,
      createdAt: serverTimestamp(),
      updatedAt: serverTimestamp()
    });
  });
  return id;
}

/** Saves the editable fields; the issue's snapshot never changes. */
export async function updateAgendaItem(
  id: string,
  edit: AgendaEdit,
  db: Firestore = firestore()
): Promise<void> {
  await updateDoc(doc(db, 'agendas', id), {
    ...editData(edit),
    ...(edit.outcomeNotes === undefined ? { outcomeNotes: deleteField() } : {}),
    updatedAt: serverTimestamp()
  });
}

export interface RecomputeResult {
  month: string;
  centers: number;
  complaints: number;
  written: number;
  issues: number;
  /**
   * 'fan-out' for a network too large for one invocation: one task per CC was queued and the
   * ranking is written when the last one is done (functions/src/forum/fan-out.ts).
   */
  mode?: 'in-process' | 'fan-out';
  tasks?: number;
}

export function recomputeMonth(month: string): Promise<RecomputeResult> {
  return callFunction('recomputeMonth', { month });
}
