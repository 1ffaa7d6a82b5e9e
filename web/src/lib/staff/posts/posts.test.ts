import { describe, expect, it } from 'vitest';
import { SERVER_TIME } from '../cases/forms';
import {
  checkPostDraft,
  checkText,
  editWrite,
  newPostWrite,
  publishWrite,
  rejectWrite,
  splitPosts,
  suggestRedaction,
  type StaffPost
} from './posts';

const experience: StaffPost = {
  id: 'exp1',
  kind: 'pengalaman',
  status: 'menunggu_moderasi',
  title: 'Antre lama di Puskesmas',
  body: 'Saya menunggu empat jam. Hubungi saya di 0812-3456-7890, kata Baiq Nurul.',
  ccId: 'sandik',
  sector: 'kesehatan',
  providerName: 'Puskesmas Meninting',
  experience: 'buruk',
  authorName: 'Baiq Nurul',
  createdAt: '2026-12-01T02:00:00.000Z',
  publishedAt: null
};

describe('writing a post', () => {
  it('checks title and text against the rules’ lengths, trimmed', () => {
    const result = checkPostDraft({ kind: 'pengumuman', title: ' Ok ', body: 'pendek', sector: '' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.messages.title?.[0]?.id).toBe('Terlalu pendek: paling sedikit 3 karakter.');
      expect(result.messages.body?.[0]?.en).toBe('Too short: at least 20 characters.');
    }
    expect(checkText('Judul', 'x'.repeat(5001), 5000)).toMatchObject({ ok: false });
  });

  it('creates a draft or a published post of the CC, by its author, at server time', () => {
    const checked = checkPostDraft({
      kind: 'kebijakan',
      title: '  Syarat BPJS PBI 2027 ',
      body: 'Mulai Januari, pendaftaran PBI lewat desa.',
      sector: 'kesehatan'
    });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(newPostWrite('p1', 'sandik', 'mod-sandik', checked.post, false)).toEqual({
      path: 'posts/p1',
      kind: 'set',
      data: {
        kind: 'kebijakan',
        title: 'Syarat BPJS PBI 2027',
        body: 'Mulai Januari, pendaftaran PBI lewat desa.',
        sector: 'kesehatan',
        ccId: 'sandik',
        authorUid: 'mod-sandik',
        status: 'draf',
        createdAt: SERVER_TIME
      }
    });
    expect(newPostWrite('p1', 'sandik', 'mod-sandik', checked.post, true).data).toMatchObject({
      status: 'terbit',
      publishedAt: SERVER_TIME
    });
  });
});

describe('moderation writes', () => {
  it('publishes with publishedAt now and the moderator named', () => {
    expect(publishWrite(experience, 'mod-sandik')).toEqual({
      path: 'posts/exp1',
      kind: 'update',
      data: { status: 'terbit', moderatedBy: 'mod-sandik', publishedAt: SERVER_TIME }
    });
  });

  it('leaves publishedAt alone when the post is already public', () => {
    const published = { ...experience, status: 'terbit' as const, publishedAt: '2026-12-02T00:00:00.000Z' };
    expect(publishWrite(published, 'mod-sandik').data).toEqual({
      status: 'terbit',
      moderatedBy: 'mod-sandik'
    });
    expect(rejectWrite(published, 'mod-sandik')).toEqual({
      path: 'posts/exp1',
      kind: 'update',
      data: { status: 'ditolak', moderatedBy: 'mod-sandik' }
    });
  });

  it('edits only title and text, never kind, CC, author or creation time', () => {
    const write = editWrite(experience, 'mod-sandik', 'Antre lama', 'Saya menunggu empat jam di loket.');
    expect(write.data).toEqual({
      title: 'Antre lama',
      body: 'Saya menunggu empat jam di loket.',
      moderatedBy: 'mod-sandik'
    });
  });

  it('suggests taking out phone numbers and the author’s name with core’s scrubber', () => {
    const suggestion = suggestRedaction(experience);
    expect(suggestion.body).toBe('Saya menunggu empat jam. Hubungi saya di [nomor HP], kata [nama].');
    expect(suggestion.title).toBe(experience.title);
    expect(suggestion.found).toEqual({ phone: 1, name: 1 });
  });

  it('splits the CC’s posts into the queue (oldest first), staff posts and moderated experiences', () => {
    const older = { ...experience, id: 'exp0', createdAt: '2026-11-30T00:00:00.000Z' };
    const shown = { ...experience, id: 'exp2', status: 'terbit' as const };
    const note: StaffPost = { ...experience, id: 'n1', kind: 'pengumuman', status: 'draf', experience: null };
    const groups = splitPosts([experience, note, older, shown]);
    expect(groups.waiting.map((p) => p.id)).toEqual(['exp0', 'exp1']);
    expect(groups.staffPosts.map((p) => p.id)).toEqual(['n1']);
    expect(groups.experiences.map((p) => p.id)).toEqual(['exp2']);
  });
});
