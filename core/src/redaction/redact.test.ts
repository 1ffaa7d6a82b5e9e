import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../complaints/events';
import type { ComplaintRecord } from '../complaints/schema';
import { redactComplaint, redactEvents } from './redact';

const record: ComplaintRecord = {
  ccId: 'sandik',
  sector: 'kesejahteraan_sosial',
  providerName: 'Kantor Desa Sandik',
  maladministrationType: 'permintaan_imbalan',
  location: { dusun: 'Karang Bedil', desa: 'Sandik', desaCode: '52.01.14.2003' },
  chronology:
    'Saya Inaq Sumiati (NIK 5201014506880002) dari Dusun Karang Bedil RT 02/RW 05. Bantuan BPNT saya dipotong ' +
    'Rp 50.000 oleh oknum kadus. Kalau perlu hubungi anak saya 0819-0712-3456.',
  remedyWanted: 'Potongan dikembalikan dan Sumiati menerima bantuan penuh.',
  occurredAt: '2026-11-20',
  peopleAffected: 12,
  urgency: 'mendesak',
  consentToContact: true,
  privacy: 'publik',
  channel: 'datang_langsung',
  status: 'ditindaklanjuti',
  receivedAt: '2026-11-30T16:30:00.000Z', // 1 December in WITA
  statusChangedAt: '2026-12-02T01:00:00.000Z',
  staffNote: 'Pelapor takut namanya diketahui kadus.',
  trackingCode: 'K7QMXR4TP9WH',
  registerNumber: '087/CC-SA/XII/2026',
  reporterUid: 'uid-moderator-1'
};
const contact = { name: 'Inaq Sumiati' };

describe('the shared view of a complaint', () => {
  it('keeps a public case readable, without name, NIK, RT/RW, phone, notes or tracking code', () => {
    const shared = redactComplaint(record, contact);
    expect(shared).toEqual({
      shared: 'rincian',
      privacy: 'publik',
      ccId: 'sandik',
      sector: 'kesejahteraan_sosial',
      maladministrationType: 'permintaan_imbalan',
      receivedMonth: '2026-12',
      status: 'ditindaklanjuti',
      urgency: 'mendesak',
      peopleAffected: 12,
      providerName: 'Kantor Desa Sandik',
      location: { desa: 'Sandik', desaCode: '52.01.14.2003', dusun: 'Karang Bedil' },
      chronology:
        'Saya [nama] (NIK [NIK]) dari Dusun Karang Bedil [RT/RW]. Bantuan BPNT saya dipotong ' +
        'Rp 50.000 oleh oknum kadus. Kalau perlu hubungi anak saya [nomor HP].',
      remedyWanted: 'Potongan dikembalikan dan [nama] menerima bantuan penuh.',
      occurred: '2026-11-20',
      channel: 'datang_langsung'
    });
    const json = JSON.stringify(shared);
    for (const secret of ['K7QMXR4TP9WH', 'takut', 'uid-moderator-1', '087/CC-SA', '3456'])
      expect(json).not.toContain(secret);
  });

  it('drops the dusun of an anonymous case, also from its text, and shows months only', () => {
    const shared = redactComplaint({ ...record, privacy: 'anonim' }, contact);
    expect(shared.shared).toBe('rincian');
    if (shared.shared !== 'rincian') return;
    expect(shared.location).toEqual({ desa: 'Sandik', desaCode: '52.01.14.2003' });
    expect(shared.chronology).toContain('dari Dusun [tempat] [RT/RW].');
    expect(shared.occurred).toBe('2026-11');
  });

  it('shares only counts of a confidential case', () => {
    expect(redactComplaint({ ...record, privacy: 'rahasia' }, contact)).toEqual({
      shared: 'hitungan',
      privacy: 'rahasia',
      ccId: 'sandik',
      sector: 'kesejahteraan_sosial',
      maladministrationType: 'permintaan_imbalan',
      receivedMonth: '2026-12',
      status: 'ditindaklanjuti',
      urgency: 'mendesak',
      peopleAffected: 12
    });
  });
});

describe('the shared case log', () => {
  const at = '2026-12-02T01:00:00.000Z';
  const events: CaseEvent[] = [
    {
      type: 'pembaruan_publik',
      at,
      actorRole: 'moderator',
      actorUid: 'uid-moderator-1',
      text: 'Sudah bertemu Kepala Desa; Ibu Sumiati diminta datang lagi, hubungi 0812 3456 7890.'
    },
    { type: 'catatan_internal', at, actorRole: 'moderator', text: 'Kadus mengancam pelapor.' },
    {
      type: 'tindak_lanjut',
      at,
      actorRole: 'koordinator',
      action: 'surat',
      date: '2026-12-01',
      note: 'Surat ke Dinas Sosial dikirim.',
      visibility: 'internal'
    },
    {
      type: 'rujukan',
      at,
      actorRole: 'koordinator',
      destination: 'lapor',
      externalTicketId: '5123456',
      date: '2026-12-02',
      visibility: 'publik'
    },
    {
      type: 'perubahan_status',
      at,
      actorRole: 'koordinator',
      from: 'ditindaklanjuti',
      to: 'dirujuk',
      referral: { destination: 'lapor', externalTicketId: '5123456' }
    }
  ];

  it('keeps public entries only, scrubbed, without author uid or ticket ids', () => {
    expect(redactEvents(events, record, contact)).toEqual([
      {
        type: 'pembaruan_publik',
        at,
        actorRole: 'moderator',
        text: 'Sudah bertemu Kepala Desa; Ibu [nama] diminta datang lagi, hubungi [nomor HP].'
      },
      {
        type: 'rujukan',
        at,
        actorRole: 'koordinator',
        destination: 'lapor',
        date: '2026-12-02',
        visibility: 'publik'
      },
      {
        type: 'perubahan_status',
        at,
        actorRole: 'koordinator',
        from: 'ditindaklanjuti',
        to: 'dirujuk',
        referral: { destination: 'lapor' }
      }
    ]);
  });

  it('shares nothing of a confidential case log', () => {
    expect(redactEvents(events, { ...record, privacy: 'rahasia' }, contact)).toEqual([]);
  });
});
