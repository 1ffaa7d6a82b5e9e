/**
 * Information work of a CC on `posts/`: policy notes and announcements written by staff, and the
 * moderation of citizens' experiences (publish, reject, or edit out personal details). Pure: each
 * function returns the write the rules expect (docs/DATA-MODEL.md "Posts"); store.ts commits it.
 *
 * The rules' shape of a moderation update: only status, title, body, sector, providerName,
 * publishedAt and moderatedBy change; `moderatedBy` is always the caller; publishing stamps
 * `publishedAt` with the server's clock, and any other update leaves it as it was.
 */
import type { Label } from '@buku/core/i18n';
import { scrubText, type ScrubKind } from '@buku/core/redaction/scrub';
import { SECTOR_IDS } from '@buku/core/taxonomy/index';
import { SERVER_TIME, type Write } from '../cases/forms';

export type PostKind = 'kebijakan' | 'pengumuman' | 'pengalaman';
export type StaffPostKind = Exclude<PostKind, 'pengalaman'>;
export type PostStatus = 'draf' | 'menunggu_moderasi' | 'terbit' | 'ditolak';

/** Lengths the rules enforce (firestore.rules validPostContent / validExperience). */
export const POST_LIMITS = {
  title: { min: 3, max: 150 },
  body: { min: 20, max: 10_000 },
  experienceBody: { max: 5000 }
} as const;

export const STAFF_POST_KINDS: readonly { id: StaffPostKind; label: Label }[] = [
  { id: 'kebijakan', label: { id: 'Catatan kebijakan', en: 'Policy note' } },
  { id: 'pengumuman', label: { id: 'Pengumuman', en: 'Announcement' } }
];

export const POST_KIND_LABELS: Record<PostKind, Label> = {
  kebijakan: { id: 'Catatan kebijakan', en: 'Policy note' },
  pengumuman: { id: 'Pengumuman', en: 'Announcement' },
  pengalaman: { id: 'Pengalaman warga', en: "Citizen's experience" }
};

export const POST_STATUS_LABELS: Record<PostStatus, Label> = {
  draf: { id: 'Draf', en: 'Draft' },
  menunggu_moderasi: { id: 'Menunggu moderasi', en: 'Awaiting moderation' },
  terbit: { id: 'Terbit', en: 'Published' },
  ditolak: { id: 'Ditolak', en: 'Rejected' }
};

/** A post as staff see it (any status). */
export interface StaffPost {
  id: string;
  kind: PostKind;
  status: PostStatus;
  title: string;
  body: string;
  ccId: string | null;
  sector: string | null;
  providerName: string | null;
  experience: 'baik' | 'buruk' | null;
  authorName: string | null;
  createdAt: string | null;
  publishedAt: string | null;
}

/** What the staff form holds. */
export interface PostDraft {
  kind: StaffPostKind;
  title: string;
  body: string;
  sector: string;
}

export function emptyPostDraft(): PostDraft {
  return { kind: 'pengumuman', title: '', body: '', sector: '' };
}

export type PostMessages = Partial<Record<'kind' | 'title' | 'body' | 'sector', Label[]>>;

const tooShort = (min: number): Label => ({
  id: `Terlalu pendek: paling sedikit ${min} karakter.`,
  en: `Too short: at least ${min} characters.`
});
const tooLong = (max: number): Label => ({
  id: `Terlalu panjang: paling banyak ${max} karakter.`,
  en: `Too long: at most ${max} characters.`
});

function lengthProblems(value: string, min: number, max: number): Label[] {
  if (value.length < min) return [tooShort(min)];
  if (value.length > max) return [tooLong(max)];
  return [];
}

/** Title and text of any post, trimmed, against the rules' lengths. */
export function checkText(
  title: string,
  body: string,
  bodyMax: number = POST_LIMITS.body.max
): { ok: true; title: string; body: string } | { ok: false; messages: PostMessages } {
  const t = title.trim();
  const b = body.trim();
  const messages: PostMessages = {};
  const titleProblems = lengthProblems(t, POST_LIMITS.title.min, POST_LIMITS.title.max);
  const bodyProblems = lengthProblems(b, POST_LIMITS.body.min, bodyMax);
  if (titleProblems.length) messages.title = titleProblems;
  if (bodyProblems.length) messages.body = bodyProblems;
  return Object.keys(messages).length ? { ok: false, messages } : { ok: true, title: t, body: b };
}

export type CheckedPost = { kind: StaffPostKind; title: string; body: string; sector?: string };

export function checkPostDraft(
  draft: PostDraft
): { ok: true; post: CheckedPost } | { ok: false; messages: PostMessages } {
  const text = checkText(draft.title, draft.body);
  const messages: PostMessages = text.ok ? {} : { ...text.messages };
  if (!STAFF_POST_KINDS.some((k) => k.id === draft.kind))
    messages.kind = [{ id: 'Pilih jenis tulisan.', en: 'Choose the kind of post.' }];
  if (draft.sector !== '' && !(SECTOR_IDS as readonly string[]).includes(draft.sector))
    messages.sector = [{ id: 'Sektor tidak dikenal.', en: 'Unknown sector.' }];
  if (!text.ok || Object.keys(messages).length) return { ok: false, messages };
  return {
    ok: true,
    post: {
      kind: draft.kind,
      title: text.title,
      body: text.body,
      ...(draft.sector ? { sector: draft.sector } : {})
    }
  };
}

/** A new policy note or announcement of the CC, as a draft or published now. */
export function newPostWrite(
  id: string,
  ccId: string,
  authorUid: string,
  post: CheckedPost,
  publish: boolean
): Write {
  return {
    path: `posts/${id}`,
    kind: 'set',
    data: {
      ...post,
      ccId,
      authorUid,
      status: publish ? 'terbit' : 'draf',
      createdAt: SERVER_TIME,
      ...(publish ? { publishedAt: SERVER_TIME } : {})
    }
  };
}

/** Publish (a draft, a waiting experience, or a rejected one reconsidered). */
export function publishWrite(post: StaffPost, moderatorUid: string): Write {
  const data: Record<string, unknown> = { status: 'terbit', moderatedBy: moderatorUid };
  // Stamped only when it becomes public; a post already public keeps its day.
  if (post.status !== 'terbit') data.publishedAt = SERVER_TIME;
  return { path: `posts/${post.id}`, kind: 'update', data };
}

/** Reject (an experience that cannot be shared, or withdraw a published post). */
export function rejectWrite(post: StaffPost, moderatorUid: string): Write {
  return { path: `posts/${post.id}`, kind: 'update', data: { status: 'ditolak', moderatedBy: moderatorUid } };
}

/** Edit title and text (e.g. to take out personal details); status and publishing day stay. */
export function editWrite(post: StaffPost, moderatorUid: string, title: string, body: string): Write {
  return { path: `posts/${post.id}`, kind: 'update', data: { title, body, moderatedBy: moderatorUid } };
}

/** Longest text a post of this kind may hold. */
export function bodyMaxOf(kind: PostKind): number {
  return kind === 'pengalaman' ? POST_LIMITS.experienceBody.max : POST_LIMITS.body.max;
}

/**
 * A suggestion for the moderator: the text with phone numbers, NIK, emails, RT/RW and the
 * author's name replaced by core's scrubber, and what was found. The moderator still reads it.
 */
export function suggestRedaction(post: Pick<StaffPost, 'title' | 'body' | 'authorName'>): {
  title: string;
  body: string;
  found: Partial<Record<ScrubKind, number>>;
} {
  const context = { names: [post.authorName ?? undefined] };
  const title = scrubText(post.title, context);
  const body = scrubText(post.body, context);
  const found: Partial<Record<ScrubKind, number>> = {};
  for (const counts of [title.counts, body.counts])
    for (const [kind, n] of Object.entries(counts) as [ScrubKind, number][])
      if (n > 0) found[kind] = (found[kind] ?? 0) + n;
  return { title: title.text, body: body.text, found };
}

/** The page's split of a CC's posts: the moderation queue, the staff's own writing, the rest. */
export function splitPosts(posts: readonly StaffPost[]): {
  waiting: StaffPost[];
  staffPosts: StaffPost[];
  experiences: StaffPost[];
} {
  const byCreated = (a: StaffPost, b: StaffPost) => (a.createdAt ?? '').localeCompare(b.createdAt ?? '');
  return {
    waiting: posts.filter((p) => p.status === 'menunggu_moderasi').sort(byCreated),
    staffPosts: posts.filter((p) => p.kind !== 'pengalaman').sort((a, b) => byCreated(b, a)),
    experiences: posts
      .filter((p) => p.kind === 'pengalaman' && p.status !== 'menunggu_moderasi')
      .sort((a, b) => byCreated(b, a))
  };
}
