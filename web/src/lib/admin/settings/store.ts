/** Reads and writes `config/ranking` and `config/deadlines` (admin only, by the rules). */
import { doc, getDoc, serverTimestamp, setDoc, type Firestore } from 'firebase/firestore/lite';
import type { RankingWeights } from '@buku/core/ranking/config';
import { firestore } from '$lib/firebase/firestore';
import { deadlinesFromData, weightsFromData, type DeadlineSettings } from './settings';

export interface NetworkSettings {
  weights: RankingWeights;
  deadlines: DeadlineSettings;
  /** Whether each document exists yet (else core's defaults are shown). */
  stored: { ranking: boolean; deadlines: boolean };
}

export async function getSettings(db: Firestore = firestore()): Promise<NetworkSettings> {
  const [ranking, deadlines] = await Promise.all([
    getDoc(doc(db, 'config', 'ranking')),
    getDoc(doc(db, 'config', 'deadlines'))
  ]);
  return {
    weights: weightsFromData(ranking.data()),
    deadlines: deadlinesFromData(deadlines.data()),
    stored: { ranking: ranking.exists(), deadlines: deadlines.exists() }
  };
}

export async function saveWeights(
  weights: RankingWeights,
  by: string,
  db: Firestore = firestore()
): Promise<void> {
  await setDoc(doc(db, 'config', 'ranking'), { weights, updatedBy: by, updatedAt: serverTimestamp() });
}

export async function saveDeadlines(
  settings: DeadlineSettings,
  by: string,
  db: Firestore = firestore()
): Promise<void> {
  await setDoc(doc(db, 'config', 'deadlines'), { ...settings, updatedBy: by, updatedAt: serverTimestamp() });
}
