/**
 * The forum dashboard's reads: at most 3 document reads (the ranking, the CC's aggregate of the
 * month and of the month before, for the trend), within the budget of 5. Loads the Firestore SDK.
 */
import { doc, getDoc, type Firestore } from 'firebase/firestore/lite';
import { firestore } from '$lib/firebase/firestore';
import {
  addMonths,
  centerMonthFromData,
  rankingFromData,
  type CenterMonth,
  type ForumRanking
} from './forum';

export interface ForumView {
  ranking: ForumRanking | null;
  center: CenterMonth | null;
  previous: CenterMonth | null;
  /** Document reads this view cost. */
  reads: number;
}

export async function getForumView(
  month: string,
  ccId: string | null,
  db: Firestore = firestore()
): Promise<ForumView> {
  const reads = [getDoc(doc(db, 'forum', month))];
  if (ccId) {
    reads.push(getDoc(doc(db, 'centers', ccId, 'monthly', month)));
    reads.push(getDoc(doc(db, 'centers', ccId, 'monthly', addMonths(month, -1))));
  }
  const [ranking, center, previous] = await Promise.all(reads);
  const data = (snapshot: typeof ranking) => snapshot?.data();
  const rankingData = data(ranking);
  const centerData = data(center);
  const previousData = data(previous);
  return {
    ranking: rankingData ? rankingFromData(rankingData) : null,
    center: centerData ? centerMonthFromData(centerData) : null,
    previous: previousData ? centerMonthFromData(previousData) : null,
    reads: reads.length
  };
}
