import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { validationMessages } from '../validation/issues';
import { CaseEventSchema, isPublicEvent, type CaseEventInput } from './events';

beforeAll(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

const base = { at: '2026-12-03T02:00:00.000Z', actorRole: 'moderator', actorUid: 'uid-moderator-1' } as const;

const valid: Record<string, CaseEventInput> = {
  statusChange: { ...base, type: 'perubahan_status', from: 'diterima', to: 'diverifikasi' },
  rejection: {
    ...base,
    type: 'perubahan_status',
    from: 'diverifikasi',
    to: 'ditolak',
    reason: 'Bukan pelayanan publik: sengketa warisan antarkeluarga.'
  },
  referralStatus: {
    ...base,
    type: 'perubahan_status',
    from: 'ditindaklanjuti',
    to: 'dirujuk',
    referral: { destination: 'ombudsman', externalTicketId: '0123/LM/XII/2026/MTR' }
  },
  followUp: {
    ...base,
    type: 'tindak_lanjut',
    action: 'kunjungan',
    date: '2026-12-02',
    note: 'Bertemu Kepala Puskesmas Meninting; kartu akan dicek ke BPJS.'
  },
  accompaniment: {
    ...base,
    type: 'pendampingan',
    date: '2026-12-02',
    note: 'Mendampingi pelapor ke kantor BPJS Mataram.',
    visibility: 'publik'
  },
  referral: {
    ...base,
    type: 'rujukan',
    destination: 'lapor',
    externalTicketId: '5123456',
    date: '2026-12-03'
  },
  publicUpdate: { ...base, type: 'pembaruan_publik', text: 'Pengaduan sudah diteruskan ke Dinas Sosial.' },
  internalNote: { ...base, type: 'catatan_internal', text: 'Pelapor minta dihubungi sore hari saja.' },
  addition: {
    ...base,
    actorRole: 'warga',
    type: 'tanggapan_pelapor',
    kind: 'tambahan',
    text: 'Tetangga saya juga mengalami hal yang sama.'
  },
  confirmation: {
    ...base,
    actorRole: 'warga',
    type: 'tanggapan_pelapor',
    kind: 'konfirmasi_selesai',
    resolved: true
  }
};

function messagesOf(input: unknown, field: string) {
  const result = CaseEventSchema.safeParse(input);
  return { id: validationMessages(result, 'id')[field], en: validationMessages(result, 'en')[field] };
}

describe('case events', () => {
  it.each(Object.entries(valid))('accepts a %s entry', (_name, event) => {
    expect(CaseEventSchema.safeParse(event).success).toBe(true);
  });

  it('keeps staff entries internal unless marked public', () => {
    const followUp = CaseEventSchema.parse(valid.followUp);
    expect(followUp.type === 'tindak_lanjut' && followUp.visibility).toBe('internal');
    expect(isPublicEvent(followUp)).toBe(false);
    expect(isPublicEvent(CaseEventSchema.parse(valid.accompaniment))).toBe(true);
    expect(isPublicEvent(CaseEventSchema.parse(valid.internalNote))).toBe(false);
    expect(isPublicEvent(CaseEventSchema.parse(valid.publicUpdate))).toBe(true);
    expect(isPublicEvent(CaseEventSchema.parse(valid.statusChange))).toBe(true);
    expect(isPublicEvent(CaseEventSchema.parse(valid.addition))).toBe(true);
  });

  it('refuses an unknown kind of entry', () => {
    expect(messagesOf({ ...base, type: 'gosip', text: 'abc' }, 'type')).toEqual({
      id: ['Pilihan tidak dikenal.'],
      en: ['Unknown choice.']
    });
  });

  it('refuses an unknown role, status, action and destination', () => {
    expect(messagesOf({ ...valid.statusChange, actorRole: 'camat' }, 'actorRole').en).toEqual([
      'Unknown choice.'
    ]);
    expect(messagesOf({ ...valid.statusChange, to: 'hilang' }, 'to').id).toEqual(['Pilihan tidak dikenal.']);
    expect(messagesOf({ ...valid.followUp, action: 'telepon' }, 'action').en).toEqual(['Unknown choice.']);
    expect(messagesOf({ ...valid.referral, destination: 'bupati' }, 'destination').en).toEqual([
      'Unknown choice.'
    ]);
  });

  it('needs the name of an "other" referral destination, in a referral entry and a status change', () => {
    const expected = {
      id: ['Sebutkan nama tujuan rujukan.'],
      en: ['Name the body the case is referred to.']
    };
    expect(messagesOf({ ...valid.referral, destination: 'lainnya' }, 'destinationName')).toEqual(expected);
    expect(
      messagesOf(
        { ...valid.referralStatus, referral: { destination: 'lainnya' } },
        'referral.destinationName'
      )
    ).toEqual(expected);
    expect(
      CaseEventSchema.safeParse({
        ...valid.referral,
        destination: 'lainnya',
        destinationName: 'Dinas Sosial Lombok Barat'
      }).success
    ).toBe(true);
  });

  it('bounds notes and ticket ids', () => {
    expect(messagesOf({ ...valid.followUp, note: 'ok' }, 'note')).toEqual({
      id: ['Terlalu pendek: paling sedikit 3 huruf.'],
      en: ['Too short: at least 3 characters.']
    });
    expect(
      messagesOf({ ...valid.referral, externalTicketId: 'X'.repeat(65) }, 'externalTicketId').en
    ).toEqual(['Too long: at most 64 characters.']);
  });

  it('takes ticket ids as LAPOR! and the Ombudsman write them, and refuses markup', () => {
    for (const ticket of ['LAPOR-2612-004173', '0123/LM/XII/2026/MTR', '#5123456', 'ORI: 12.34'])
      expect(CaseEventSchema.safeParse({ ...valid.referral, externalTicketId: ticket }).success).toBe(true);
    expect(
      messagesOf({ ...valid.referral, externalTicketId: '<script>alert(1)</script>' }, 'externalTicketId').id
    ).toEqual([
      'Nomor tiket hanya huruf, angka, spasi dan tanda - / . _ # : (salin dari LAPOR! atau Ombudsman).'
    ]);
  });

  it('refuses a follow-up dated in the future and an entry written in the future', () => {
    expect(messagesOf({ ...valid.followUp, date: '2026-12-25' }, 'date').en).toEqual([
      'The date cannot be in the future.'
    ]);
    expect(messagesOf({ ...valid.followUp, at: '2026-12-04T00:00:00.000Z' }, 'at').id).toEqual([
      'Tanggal tidak boleh di masa depan.'
    ]);
  });

  it('needs the complainant to say yes or no when confirming resolution', () => {
    expect(messagesOf({ ...valid.confirmation, resolved: undefined }, 'resolved')).toEqual({
      id: ['Nyatakan apakah masalahnya sudah selesai.'],
      en: ['Say whether the problem has been resolved.']
    });
  });

  it('needs text in an addition or an answer', () => {
    expect(messagesOf({ ...valid.addition, text: ' ' }, 'text')).toEqual({
      id: ['Wajib diisi.'],
      en: ['Required.']
    });
    expect(messagesOf({ ...valid.addition, kind: 'jawaban', text: undefined }, 'text').en).toEqual([
      'Required.'
    ]);
  });
});
