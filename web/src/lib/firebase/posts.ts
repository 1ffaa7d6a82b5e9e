/**
 * The information side for citizens (`posts/`): published policy notes, announcements and
 * citizens' experiences, and sharing an experience (held for moderation). Import dynamically,
 * like firestore.ts: the SDK loads only on the pages that need it.
 */
import {
  collection,
  doc,
  getDocs,
  limit,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  where,
  type DocumentData,
  type Firestore,
  type FirestoreDataConverter,
  type QueryDocumentSnapshot
} from 'firebase/firestore/lite';
import { firestore, instantOrNull, textOrNull } from './firestore';

export type PostKind = 'kebijakan' | 'pengumuman' | 'pengalaman';
export type ExperienceKind = 'baik' | 'buruk';

/** A published post as the citizen app shows it. */
export interface Post {
  id: string;
  kind: PostKind;
  title: string;
  body: string;
  ccId: string | null;
  sector: string | null;
  providerName: string | null;
  experience: ExperienceKind | null;
  authorName: string | null;
  publishedAt: string | null;
}

const POST_KINDS: readonly string[] = ['kebijakan', 'pengumuman', 'pengalaman'];

export const postConverter: FirestoreDataConverter<Post> = {
  toFirestore(post: Post): DocumentData {
    const { id: _id, ...data } = post;
    return data;
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): Post {
    const data = snapshot.data();
    const kind = POST_KINDS.includes(data.kind) ? (data.kind as PostKind) : 'pengumuman';
    return {
      id: snapshot.id,
      kind,
      title: textOrNull(data.title) ?? '',
      body: textOrNull(data.body) ?? '',
      ccId: textOrNull(data.ccId),
      sector: textOrNull(data.sector),
      providerName: textOrNull(data.providerName),
      experience: data.experience === 'baik' || data.experience === 'buruk' ? data.experience : null,
      authorName: textOrNull(data.authorName),
      publishedAt: instantOrNull(data.publishedAt)
    };
  }
};

/** How many posts the page shows; older ones wait for paging, which the network does not need yet. */
export const POSTS_SHOWN = 60;

/**
 * Published posts of every kind, newest first: one query, which the page splits by kind. The
 * rules let anyone list posts only when the query itself says `status == 'terbit'`.
 */
export async function listPublishedPosts(db: Firestore = firestore()): Promise<Post[]> {
  const published = query(
    collection(db, 'posts').withConverter(postConverter),
    where('status', '==', 'terbit'),
    orderBy('publishedAt', 'desc'),
    limit(POSTS_SHOWN)
  );
  return (await getDocs(published)).docs.map((d) => d.data());
}

/** A citizen's experience as the share form validated it (blank optional fields left out). */
export interface ExperienceToShare {
  experience: ExperienceKind;
  title: string;
  body: string;
  ccId?: string;
  sector?: string;
  providerName?: string;
  authorName?: string;
}

/**
 * Stores an experience for the CC to moderate (`status 'menunggu_moderasi'`, `createdAt` the
 * server's clock, as the rules require). `id` is chosen on the device so a repeated tap writes
 * the same document: the second write is an update, which the rules refuse, not a copy.
 */
export async function shareExperience(
  id: string,
  experience: ExperienceToShare,
  db: Firestore = firestore()
): Promise<void> {
  await setDoc(doc(db, 'posts', id), {
    ...experience,
    kind: 'pengalaman',
    status: 'menunggu_moderasi',
    createdAt: serverTimestamp()
  });
}
