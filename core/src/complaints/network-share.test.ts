import { describe, expect, it } from 'vitest';
import { redactEvents } from '../redaction/index';
import { CaseEventSchema, isPublicEvent, NetworkShareEventSchema } from './events';
import {
  checkNetworkShareChange,
  isSharedWithNetwork,
  NETWORK_SHARE_LABELS,
  NetworkShareSchema
} from './network-share';
import { ComplaintRecordSchema } from './schema';

const at = '2026-12-03T02:00:00.000Z';
const share = {
  shared: true,
  by: 'mod-sandik',
  role: 'moderator',
  at,
  reason: 'Perlu eskalasi ke Ombudsman NTB: Dukcapil tidak menjawab dua surat.',
  entryId: 'share-1'
};
const keysOf = (result: { error?: { issues: { path: PropertyKey[]; params?: unknown }[] } | undefined }) =>
  (result.error?.issues ?? []).map((issue) => [
    issue.path.join('.'),
    (issue.params as { key?: string })?.key
  ]);

describe('the share on the complaint', () => {
  it('accepts a share with a reason and a withdrawal without one', () => {
    expect(NetworkShareSchema.safeParse(share).success).toBe(true);
    const { reason: _reason, ...withdrawal } = share;
    expect(NetworkShareSchema.safeParse({ ...withdrawal, shared: false, entryId: 'share-2' }).success).toBe(
      true
    );
  });

  it('refuses a share without a reason, by the admin, or naming an entry outside the log', () => {
    expect(keysOf(NetworkShareSchema.safeParse({ ...share, reason: 'ok' }))).toEqual([
      ['reason', 'network_share.needs_reason']
    ]);
    expect(keysOf(NetworkShareSchema.safeParse({ ...share, reason: '   ' }))).toEqual([
      ['reason', 'network_share.needs_reason']
    ]);
    expect(NetworkShareSchema.safeParse({ ...share, role: 'admin' }).success).toBe(false);
    expect(NetworkShareSchema.safeParse({ ...share, entryId: 's-1/x/y' }).success).toBe(false);
    expect(NetworkShareSchema.safeParse({ ...share, at: '2999-01-01T00:00:00Z' }).success).toBe(false);
  });

  it('is part of the stored complaint and says whether the case is shared now', () => {
    expect(ComplaintRecordSchema.shape.networkShare.safeParse(share).success).toBe(true);
    expect(isSharedWithNetwork({ networkShare: share })).toBe(true);
    expect(isSharedWithNetwork({ networkShare: { ...share, shared: false } })).toBe(false);
    expect(isSharedWithNetwork({})).toBe(false);
  });

  it('has bilingual labels', () => {
    expect(NETWORK_SHARE_LABELS.share).toEqual({
      id: 'Bagikan ke admin jaringan',
      en: 'Share with the network admins'
    });
    for (const label of Object.values(NETWORK_SHARE_LABELS)) {
      expect(label.id.length).toBeGreaterThan(5);
      expect(label.en.length).toBeGreaterThan(5);
    }
  });
});

describe('the share entry of the case log', () => {
  const entry = {
    type: 'berbagi_jaringan',
    at,
    actorRole: 'koordinator',
    actorUid: 'koor-sandik',
    shared: true,
    reason: share.reason
  };

  it('is an internal entry, never public, never in the redacted view', () => {
    const parsed = CaseEventSchema.parse(entry);
    expect(parsed).toMatchObject({ type: 'berbagi_jaringan', visibility: 'internal', shared: true });
    expect(isPublicEvent(parsed)).toBe(false);
    const source = {
      ccId: 'sandik',
      privacy: 'publik',
      sector: 'kesehatan',
      providerName: 'Puskesmas Meninting',
      location: { desa: 'Sandik' },
      chronology: 'Pasien diminta membayar untuk layanan yang seharusnya gratis.',
      remedyWanted: 'Uang dikembalikan.',
      occurredAt: '2026-11-01',
      receivedAt: at,
      peopleAffected: 1,
      urgency: 'biasa',
      status: 'dirujuk',
      channel: 'web'
    } as const;
    expect(redactEvents([parsed], source)).toEqual([]);
    expect(NetworkShareEventSchema.safeParse({ ...entry, visibility: 'publik' }).success).toBe(false);
  });

  it('needs a reason to share, not to withdraw', () => {
    expect(keysOf(NetworkShareEventSchema.safeParse({ ...entry, reason: undefined }))).toEqual([
      ['reason', 'network_share.needs_reason']
    ]);
    expect(NetworkShareEventSchema.safeParse({ ...entry, shared: false, reason: undefined }).success).toBe(
      true
    );
  });
});

describe('checkNetworkShareChange', () => {
  const reason = share.reason;

  it('shares an open case with a reason and withdraws a shared one at any time', () => {
    expect(
      checkNetworkShareChange({ status: 'dirujuk', currentlyShared: false, shared: true, reason })
    ).toEqual({
      ok: true
    });
    expect(checkNetworkShareChange({ status: 'selesai', currentlyShared: true, shared: false })).toEqual({
      ok: true
    });
  });

  it('refuses what the rules refuse, saying why in both languages', () => {
    expect(
      checkNetworkShareChange({ status: 'dirujuk', currentlyShared: false, shared: true, reason: ' a ' })
    ).toEqual({
      ok: false,
      code: 'needs_reason',
      reason: {
        id: 'Tulis alasan kasus ini dibagikan ke admin jaringan (mis. perlu eskalasi ke Ombudsman).',
        en: 'Say why this case is shared with the network admins (e.g. it needs escalating to the Ombudsman).'
      }
    });
    expect(
      checkNetworkShareChange({ status: 'dirujuk', currentlyShared: true, shared: true, reason })
    ).toMatchObject({
      code: 'already_shared'
    });
    expect(
      checkNetworkShareChange({ status: 'dirujuk', currentlyShared: false, shared: false })
    ).toMatchObject({
      code: 'not_shared'
    });
    expect(
      checkNetworkShareChange({ status: 'ditolak', currentlyShared: false, shared: true, reason })
    ).toEqual({
      ok: false,
      code: 'closed',
      reason: {
        id: 'Pengaduan berstatus "Ditolak" sudah ditutup: tidak bisa dibagikan lagi.',
        en: 'A complaint that is "Rejected" is closed: it cannot be shared any more.'
      }
    });
  });
});
