import { describe, expect, it } from 'vitest';
import { complaintFromData, isoOfStored, logEntryFromData, overdueOf, whatsAppLink } from './model';

const stamp = (iso: string) => ({ toDate: () => new Date(iso) });

describe('complaintFromData', () => {
  it('turns stored timestamps into ISO strings and keeps calendar days as they are', () => {
    const complaint = complaintFromData('c1', {
      ccId: 'sandik',
      status: 'diverifikasi',
      occurredAt: '2026-11-20',
      receivedAt: stamp('2026-11-21T01:00:00Z'),
      location: { desa: 'Sandik' },
      deadlines: {
        verifikasi: stamp('2026-11-24T15:59:59.999Z'),
        tindak_lanjut: stamp('2026-12-01T15:59:59.999Z'),
        penyelesaian: stamp('2027-01-20T15:59:59.999Z')
      }
    });
    expect(complaint).toMatchObject({
      status: 'diverifikasi',
      occurredAt: '2026-11-20',
      receivedAt: '2026-11-21T01:00:00.000Z',
      desa: 'Sandik',
      registerNumber: null,
      deadlines: { penyelesaian: '2027-01-20T15:59:59.999Z' }
    });
    expect(isoOfStored('2026-11-21T01:00:00Z')).toBeNull();
  });

  it('finds overdue stages with core', () => {
    const complaint = complaintFromData('c1', {
      status: 'diterima',
      receivedAt: stamp('2026-11-02T01:00:00Z')
    });
    expect(overdueOf(complaint, new Date('2026-12-03T02:00:00Z')).map((s) => s.stage)).toEqual([
      'verifikasi',
      'tindak_lanjut'
    ]);
    expect(overdueOf({ ...complaint, status: 'selesai' }, new Date('2026-12-03T02:00:00Z'))).toEqual([]);
  });
});

describe('logEntryFromData', () => {
  it('reads a status move with its referral', () => {
    expect(
      logEntryFromData('e1', {
        type: 'perubahan_status',
        at: stamp('2026-12-01T00:00:00Z'),
        from: 'ditindaklanjuti',
        to: 'dirujuk',
        visibility: 'publik',
        referral: { destination: 'ombudsman', externalTicketId: '0123' }
      })
    ).toMatchObject({ at: '2026-12-01T00:00:00.000Z', destination: 'ombudsman', externalTicketId: '0123' });
  });
});

describe('whatsAppLink', () => {
  const message = (url: string) => `Lacak: ${url}`;
  it('links wa.me with the digits of the phone and the tracking link', () => {
    expect(
      whatsAppLink(
        { consentToContact: true, trackingCode: 'K7QMXR4TP9WH' },
        { phone: '+6281234567890' },
        message,
        'https://buku.example'
      )
    ).toBe('https://wa.me/6281234567890?text=Lacak%3A%20https%3A%2F%2Fbuku.example%2Flacak%2FK7QMXR4TP9WH');
  });
  it('offers nothing without consent or phone', () => {
    expect(
      whatsAppLink({ consentToContact: false, trackingCode: 'X' }, { phone: '+628123' }, message, '')
    ).toBeNull();
    expect(whatsAppLink({ consentToContact: true, trackingCode: 'X' }, {}, message, '')).toBeNull();
  });
});
