import { describe, expect, it } from 'vitest';
import { SERVER_TIME } from '$lib/staff/cases/forms';
import { complaintFromData } from '$lib/staff/cases/model';
import { checkShare, isShared, shareWrites } from './network-share';

const moderator = { uid: 'mod-sandik', role: 'moderator' } as const;
const reason = 'Perlu eskalasi ke Ombudsman NTB: Dukcapil tidak menjawab dua surat.';
const complaint = (status: string, networkShare?: Record<string, unknown>) =>
  complaintFromData('c1', { ccId: 'sandik', status, ...(networkShare ? { networkShare } : {}) });
const sharedOne = complaint('dirujuk', {
  shared: true,
  by: 'koor-sandik',
  role: 'koordinator',
  at: new Date('2026-11-30T02:00:00Z'),
  reason,
  entryId: 'b-1'
});

describe('checkShare', () => {
  it('shares an open case with a trimmed reason', () => {
    expect(checkShare(complaint('dirujuk'), moderator, true, `  ${reason} `)).toEqual({
      ok: true,
      change: { shared: true, reason }
    });
  });

  it('asks for the reason, in both languages, on the reason field', () => {
    expect(checkShare(complaint('diverifikasi'), moderator, true, '  ')).toEqual({
      ok: false,
      messages: {
        reason: [
          {
            id: 'Tulis alasan kasus ini dibagikan ke admin jaringan (mis. perlu eskalasi ke Ombudsman).',
            en: 'Say why this case is shared with the network admins (e.g. it needs escalating to the Ombudsman).'
          }
        ]
      }
    });
  });

  it('withdraws a shared case, with or without a reason', () => {
    expect(isShared(sharedOne)).toBe(true);
    expect(checkShare(sharedOne, moderator, false, '')).toEqual({ ok: true, change: { shared: false } });
    expect(checkShare(sharedOne, moderator, false, 'Sudah ditangani Ombudsman.')).toEqual({
      ok: true,
      change: { shared: false, reason: 'Sudah ditangani Ombudsman.' }
    });
  });

  it('refuses what the rules refuse: sharing twice, a closed case, a reason too long', () => {
    expect(checkShare(sharedOne, moderator, true, reason)).toMatchObject({
      ok: false,
      messages: { '': [{ en: 'This case is already shared with the network admins.' }] }
    });
    expect(checkShare(complaint('selesai'), moderator, true, reason)).toMatchObject({
      ok: false,
      messages: { '': [{ id: expect.stringContaining('sudah ditutup') }] }
    });
    expect(checkShare(complaint('dirujuk'), moderator, true, 'x'.repeat(1001))).toMatchObject({
      ok: false,
      messages: { reason: [{ en: 'Too long: at most 1000 characters.' }] }
    });
  });
});

describe('shareWrites', () => {
  it("is the complaint's networkShare naming the internal log entry, both at server time", () => {
    expect(shareWrites('sandik', 'c1', 'b-2', moderator, { shared: true, reason })).toEqual([
      {
        path: 'centers/sandik/complaints/c1',
        kind: 'update',
        data: {
          networkShare: {
            shared: true,
            by: 'mod-sandik',
            role: 'moderator',
            at: SERVER_TIME,
            reason,
            entryId: 'b-2'
          }
        }
      },
      {
        path: 'centers/sandik/complaints/c1/log/b-2',
        kind: 'set',
        data: {
          type: 'berbagi_jaringan',
          shared: true,
          reason,
          visibility: 'internal',
          actorRole: 'moderator',
          actorUid: 'mod-sandik',
          at: SERVER_TIME
        }
      }
    ]);
  });

  it('leaves the reason out of a withdrawal that gives none', () => {
    const [update, entry] = shareWrites('sandik', 'c1', 'b-3', moderator, { shared: false });
    expect(update?.data.networkShare).toEqual({
      shared: false,
      by: 'mod-sandik',
      role: 'moderator',
      at: SERVER_TIME,
      entryId: 'b-3'
    });
    expect(entry?.data).not.toHaveProperty('reason');
  });
});
