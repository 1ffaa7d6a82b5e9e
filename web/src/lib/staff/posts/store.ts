/**
 * The CC's posts in Firestore: one query of the CC's posts (newest first, any status: the rules
 * let its staff read them all), and the writes of posts.ts committed in a batch. Loads the SDK.
 */
import { collection, getDocs, limit, orderBy, query, where, type Firestore } from 'firebase/firestore/lite';
import { firestore, instantOrNull, textOrNull } from '$lib/firebase/firestore';
import { commitWrites } from '../writes';
import type { Write } from '../cases/forms';
import type { PostKind, PostStatus, StaffPost } from './posts';

const KINDS: readonly string[] = ['kebijakan', 'pengumuman', 'pengalaman'];
const STATUSES: readonly string[] = ['draf', 'menunggu_moderasi', 'terbit', 'ditolak'];

export function staffPostOf(id: string, data: Record<string, unknown>): StaffPost {
  return {
    id,
    kind: KINDS.includes(data.kind as string) ? (data.kind as PostKind) : 'pengumuman',
    status: STATUSES.includes(data.status as string) ? (data.status as PostStatus) : 'draf',
    title: textOrNull(data.title) ?? '',
    body: textOrNull(data.body) ?? '',
    ccId: textOrNull(data.ccId),
    sector: textOrNull(data.sector),
    providerName: textOrNull(data.providerName),
    experience: data.experience === 'baik' || data.experience === 'buruk' ? data.experience : null,
    authorName: textOrNull(data.authorName),
    createdAt: instantOrNull(data.createdAt),
    publishedAt: instantOrNull(data.publishedAt)
  };
}

/** How many of the CC's posts the page reads; a CC writes a few a month. */
export const CC_POSTS_SHOWN = 100;

export async function listCenterPosts(ccId: string, db: Firestore = firestore()): Promise<StaffPost[]> {
  const snapshot = await getDocs(
    query(
      collection(db, 'posts'),
      where('ccId', '==', ccId),
      orderBy('createdAt', 'desc'),
      limit(CC_POSTS_SHOWN)
    )
  );
  return snapshot.docs.map((d) => staffPostOf(d.id, d.data()));
}

export async function savePost(write: Write, db: Firestore = firestore()): Promise<void> {
  await commitWrites(db, [write]);
}
