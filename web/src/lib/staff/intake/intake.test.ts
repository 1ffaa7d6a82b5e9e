import { describe, expect, it } from 'vitest';
import { SERVER_TIME } from '../cases/forms';
import {
  checkStaffDraft,
  emptyStaffDraft,
  receivedInstant,
  staffIntakeWrites,
  type StaffDraft
} from './intake';

const filled = (today: string): StaffDraft => ({
  ...emptyStaffDraft(today),
  channel: 'surat',
  sector: 'administrasi_kependudukan',
  providerName: 'Dukcapil Lombok Barat',
  desaCode: '52.01.14.2003',
  chronology: 'KTP-el sudah direkam tiga bulan lalu tetapi belum juga dicetak.',
  remedyWanted: 'KTP-el dicetak.',
  occurredAt: '2026-11-20',
  receivedAt: '2026-11-25',
  consentToContact: 'ya',
  name: 'Inaq Sumiati',
  phone: '0812 3456 7890'
});

describe('checkStaffDraft', () => {
  it('accepts a complete letter and normalises the phone', () => {
    const result = checkStaffDraft(filled('2026-12-03'), 'sandik');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.complaint.location).toEqual({ desa: 'Sandik', desaCode: '52.01.14.2003' });
      expect(result.complaint.contact.phone).toBe('+6281234567890');
      expect(result.complaint.channel).toBe('surat');
    }
  });

  it('reads the people affected as typed, and refuses what is not a whole number', () => {
    const four = checkStaffDraft({ ...filled('2026-12-03'), peopleAffected: ' 4 ' }, 'sandik');
    expect(four.ok && four.complaint.peopleAffected).toBe(4);
    const words = checkStaffDraft({ ...filled('2026-12-03'), peopleAffected: 'empat' }, 'sandik');
    expect(words.ok).toBe(false);
    if (!words.ok) expect(words.messages.peopleAffected?.length).toBeGreaterThan(0);
  });

  it('needs a name except from the complaint box, and a note when filed late', () => {
    const nameless = checkStaffDraft(
      { ...filled('2026-12-03'), name: '', consentToContact: 'tidak' },
      'sandik'
    );
    expect(nameless.ok).toBe(false);
    if (!nameless.ok) expect(Object.keys(nameless.messages)).toEqual(['contact.name']);
    expect(
      checkStaffDraft(
        { ...filled('2026-12-03'), name: '', channel: 'kotak_pengaduan', consentToContact: 'tidak' },
        'sandik'
      ).ok
    ).toBe(true);
    const late = checkStaffDraft({ ...filled('2026-12-03'), occurredAt: '2026-09-01' }, 'sandik');
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.messages.staffNote?.[0]?.id).toMatch(/30/);
  });
});

describe('staffIntakeWrites', () => {
  it('writes the complaint with recordedBy and a timestamp receipt, and the contact apart', () => {
    const result = checkStaffDraft(filled('2026-12-03'), 'sandik');
    if (!result.ok) throw new Error('draft should pass');
    const { writes, trackingCode } = staffIntakeWrites(
      result.complaint,
      'c9',
      'mod-sandik',
      new Date('2026-12-03T02:00:00Z'),
      'K7QMXR4TP9WH'
    );
    expect(trackingCode).toBe('K7QMXR4TP9WH');
    expect(writes[0]).toMatchObject({
      path: 'centers/sandik/complaints/c9',
      kind: 'set',
      data: {
        recordedBy: 'mod-sandik',
        trackingCode: 'K7QMXR4TP9WH',
        receivedAt: new Date('2026-11-24T16:00:00.000Z')
      }
    });
    expect(writes[0]?.data).not.toHaveProperty('contact');
    expect(writes[0]?.data).not.toHaveProperty('maladministrationType');
    expect(writes[1]).toEqual({
      path: 'centers/sandik/complaints/c9/private/contact',
      kind: 'set',
      data: { name: 'Inaq Sumiati', phone: '+6281234567890' }
    });
  });

  it('uses the server time for a complaint received today (WITA)', () => {
    expect(receivedInstant('2026-12-03', new Date('2026-12-03T02:00:00Z'))).toBe(SERVER_TIME);
    expect(receivedInstant('2026-12-02', new Date('2026-12-03T02:00:00Z'))).toEqual(
      new Date('2026-12-01T16:00:00.000Z')
    );
  });
});
