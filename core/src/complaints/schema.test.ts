import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as z from 'zod';
import { validationMessages } from '../validation/issues';
import {
  CitizenComplaintSchema,
  ComplaintRecordSchema,
  StaffComplaintSchema,
  isLateFiling,
  type CitizenComplaintInput,
  type StaffComplaintInput
} from './schema';

// "Now" is 3 December 2026, 18:00 WITA.
beforeAll(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
});
afterAll(() => {
  vi.useRealTimers();
});

const citizen: CitizenComplaintInput = {
  ccId: 'sandik',
  sector: 'kesehatan',
  providerName: 'Puskesmas Meninting',
  maladministrationType: 'tidak_memberikan_pelayanan',
  location: { dusun: 'Karang Bedil', desa: 'Sandik', desaCode: '52.01.14.2003' },
  chronology:
    'Ibu saya ditolak berobat di Puskesmas karena kartu BPJS katanya tidak aktif, padahal iuran PBI ditanggung pemerintah.',
  remedyWanted: 'Kartu BPJS diaktifkan kembali dan ibu saya dilayani.',
  occurredAt: '2026-11-28',
  peopleAffected: 1,
  urgency: 'mendesak',
  consentToContact: true,
  privacy: 'anonim',
  contact: {
    name: 'Baiq Nurul Hidayah',
    phone: '0812-3456-7890',
    gender: 'perempuan',
    ageGroup: '30_44',
    disabilities: []
  }
};

const staff: StaffComplaintInput = {
  ...citizen,
  channel: 'datang_langsung',
  receivedAt: '2026-12-02'
};

/** Messages of one field in both languages. */
function messages(schema: z.ZodType, input: unknown, field: string) {
  const result = schema.safeParse(input);
  return { id: validationMessages(result, 'id')[field], en: validationMessages(result, 'en')[field] };
}

describe('a citizen complaint from the web', () => {
  it('is accepted, trimmed, with the phone normalised and the channel set to web', () => {
    const result = CitizenComplaintSchema.safeParse({
      ...citizen,
      providerName: '  Puskesmas Meninting ',
      location: { dusun: '  ', desa: 'Sandik' }
    });
    expect(result.success).toBe(true);
    expect(result.data?.providerName).toBe('Puskesmas Meninting');
    expect(result.data?.location.dusun).toBeUndefined();
    expect(result.data?.contact.phone).toBe('+6281234567890');
    expect(result.data?.channel).toBe('web');
  });

  it('refuses a channel other than web', () => {
    expect(messages(CitizenComplaintSchema, { ...citizen, channel: 'surat' }, 'channel')).toEqual({
      id: ['Pilihan tidak dikenal.'],
      en: ['Unknown choice.']
    });
  });

  it('asks for an unanswered choice rather than calling it unknown', () => {
    const { sector: _sector, privacy: _privacy, ...unanswered } = citizen;
    const expected = { id: ['Wajib diisi.'], en: ['Required.'] };
    expect(messages(CitizenComplaintSchema, unanswered, 'sector')).toEqual(expected);
    expect(messages(CitizenComplaintSchema, unanswered, 'privacy')).toEqual(expected);
    expect(messages(CitizenComplaintSchema, { ...citizen, sector: 'bogus' }, 'sector')).toEqual({
      id: ['Pilihan tidak dikenal.'],
      en: ['Unknown choice.']
    });
  });

  it('asks for a missing or blank field', () => {
    const { providerName: _omitted, ...withoutProvider } = citizen;
    const expected = { id: ['Wajib diisi.'], en: ['Required.'] };
    expect(messages(CitizenComplaintSchema, withoutProvider, 'providerName')).toEqual(expected);
    expect(messages(CitizenComplaintSchema, { ...citizen, providerName: '   ' }, 'providerName')).toEqual(
      expected
    );
    expect(
      messages(
        CitizenComplaintSchema,
        { ...citizen, contact: { ...citizen.contact, name: '' } },
        'contact.name'
      )
    ).toEqual(expected);
  });

  it('refuses text that is too short or too long', () => {
    expect(
      messages(CitizenComplaintSchema, { ...citizen, chronology: 'Tidak dilayani.' }, 'chronology')
    ).toEqual({
      id: ['Terlalu pendek: paling sedikit 20 huruf.'],
      en: ['Too short: at least 20 characters.']
    });
    expect(
      messages(CitizenComplaintSchema, { ...citizen, providerName: 'P'.repeat(201) }, 'providerName')
    ).toEqual({
      id: ['Terlalu panjang: paling banyak 200 huruf.'],
      en: ['Too long: at most 200 characters.']
    });
  });

  it('refuses an unknown sector, urgency or privacy level', () => {
    for (const field of ['sector', 'urgency', 'privacy'] as const) {
      expect(messages(CitizenComplaintSchema, { ...citizen, [field]: 'entah' }, field)).toEqual({
        id: ['Pilihan tidak dikenal.'],
        en: ['Unknown choice.']
      });
    }
  });

  it('refuses a wrong type', () => {
    expect(
      messages(CitizenComplaintSchema, { ...citizen, consentToContact: 'ya' }, 'consentToContact')
    ).toEqual({ id: ['Isian tidak sah.'], en: ['Invalid value.'] });
  });

  it('bounds the number of people affected', () => {
    expect(messages(CitizenComplaintSchema, { ...citizen, peopleAffected: 0 }, 'peopleAffected')).toEqual({
      id: ['Paling kecil 1.'],
      en: ['At least 1.']
    });
    expect(
      messages(CitizenComplaintSchema, { ...citizen, peopleAffected: 100_001 }, 'peopleAffected')
    ).toEqual({
      id: ['Paling besar 100000.'],
      en: ['At most 100000.']
    });
    expect(messages(CitizenComplaintSchema, { ...citizen, peopleAffected: 2.5 }, 'peopleAffected')).toEqual({
      id: ['Harus bilangan bulat.'],
      en: ['Must be a whole number.']
    });
  });

  it('refuses a malformed, impossible, future or far-past service date', () => {
    const format = {
      id: ['Tanggal tidak sah (gunakan TTTT-BB-HH).'],
      en: ['Invalid date (use YYYY-MM-DD).']
    };
    expect(messages(CitizenComplaintSchema, { ...citizen, occurredAt: '28/11/2026' }, 'occurredAt')).toEqual(
      format
    );
    expect(messages(CitizenComplaintSchema, { ...citizen, occurredAt: '2026-02-30' }, 'occurredAt')).toEqual(
      format
    );
    expect(messages(CitizenComplaintSchema, { ...citizen, occurredAt: '2026-12-04' }, 'occurredAt')).toEqual({
      id: ['Tanggal tidak boleh di masa depan.'],
      en: ['The date cannot be in the future.']
    });
    expect(messages(CitizenComplaintSchema, { ...citizen, occurredAt: '1999-12-31' }, 'occurredAt')).toEqual({
      id: ['Tanggal terlalu lama: paling awal 2000-01-01.'],
      en: ['Date too far back: 2000-01-01 at the earliest.']
    });
  });

  it('takes "today" in WITA: 3 December 23:30 WITA is still not the future', () => {
    vi.setSystemTime(new Date('2026-12-03T15:30:00Z'));
    expect(CitizenComplaintSchema.safeParse({ ...citizen, occurredAt: '2026-12-03' }).success).toBe(true);
    expect(CitizenComplaintSchema.safeParse({ ...citizen, occurredAt: '2026-12-04' }).success).toBe(false);
    vi.setSystemTime(new Date('2026-12-03T16:30:00Z')); // 00:30 WITA on the 4th
    expect(CitizenComplaintSchema.safeParse({ ...citizen, occurredAt: '2026-12-04' }).success).toBe(true);
    vi.setSystemTime(new Date('2026-12-03T10:00:00Z'));
  });

  it('refuses a malformed village code', () => {
    expect(
      messages(
        CitizenComplaintSchema,
        { ...citizen, location: { desa: 'Sandik', desaCode: '5201142003' } },
        'location.desaCode'
      )
    ).toEqual({
      id: ['Kode wilayah tidak sesuai format Kemendagri (mis. 52.01.14.2003).'],
      en: ['Area code does not follow the Home Affairs format (e.g. 52.01.14.2003).']
    });
  });

  it('needs a phone or an address when the complainant agrees to be contacted', () => {
    const contact = { name: 'Baiq Nurul Hidayah' };
    expect(messages(CitizenComplaintSchema, { ...citizen, contact }, 'contact.phone')).toEqual({
      id: ['Jika bersedia dihubungi, isi nomor HP atau alamat.'],
      en: ['If you agree to be contacted, give a phone number or an address.']
    });
    expect(CitizenComplaintSchema.safeParse({ ...citizen, contact, consentToContact: false }).success).toBe(
      true
    );
    expect(
      CitizenComplaintSchema.safeParse({
        ...citizen,
        contact: { ...contact, address: 'Dusun Karang Bedil RT 02' }
      }).success
    ).toBe(true);
  });

  it('refuses a malformed CC id', () => {
    expect(messages(CitizenComplaintSchema, { ...citizen, ccId: 'CC Sandik' }, 'ccId')).toEqual({
      id: ['Pengenal hanya huruf kecil, angka, - dan _.'],
      en: ['Identifier: lower-case letters, digits, - and _ only.']
    });
  });

  it('refuses more disability kinds than exist', () => {
    const disabilities = [
      'fisik',
      'intelektual',
      'mental',
      'sensorik_netra',
      'sensorik_rungu',
      'sensorik_wicara',
      'fisik'
    ];
    expect(
      messages(
        CitizenComplaintSchema,
        { ...citizen, contact: { ...citizen.contact, disabilities } },
        'contact.disabilities'
      )
    ).toEqual({ id: ['Paling banyak 6 pilihan.'], en: ['At most 6 choices.'] });
  });

  it('refuses an unknown disability kind', () => {
    expect(
      messages(
        CitizenComplaintSchema,
        { ...citizen, contact: { ...citizen.contact, disabilities: ['fisik', 'lain'] } },
        'contact.disabilities.1'
      )
    ).toEqual({ id: ['Pilihan tidak dikenal.'], en: ['Unknown choice.'] });
  });
});

describe('phone numbers in a complaint', () => {
  const phone = (value: string) =>
    CitizenComplaintSchema.safeParse({ ...citizen, contact: { ...citizen.contact, phone: value } });

  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['+62 812-3456-7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['0811-123-456', '+62811123456'],
    ['0877 1234 56789', '+62877123456789']
  ])('normalises %s to %s', (input, expected) => {
    expect(phone(input).data?.contact.phone).toBe(expected);
  });

  it.each([
    ['0812-3456-78a0', 'Nomor HP hanya boleh berisi angka', 'may only contain digits'],
    ['0812+34567890', 'Nomor HP hanya boleh berisi angka', 'may only contain digits'],
    ['0370 623 456', 'Bukan nomor HP Indonesia', 'Not an Indonesian mobile number'],
    ['+60 12 345 6789', 'Bukan nomor HP Indonesia', 'Not an Indonesian mobile number'],
    ['0845 1234 5678', 'Bukan nomor HP Indonesia', 'Not an Indonesian mobile number'],
    ['0812 345', 'Nomor HP terlalu pendek', 'Phone number too short'],
    ['0812 3456 7890 123', 'Nomor HP terlalu panjang', 'Phone number too long']
  ])('refuses %s', (input, id, en) => {
    const result = phone(input);
    expect(validationMessages(result, 'id')['contact.phone']?.[0]).toContain(id);
    expect(validationMessages(result, 'en')['contact.phone']?.[0]).toContain(en);
  });
});

describe('a complaint recorded by CC staff', () => {
  it('is accepted for every channel', () => {
    for (const channel of ['datang_langsung', 'whatsapp', 'telepon', 'sms', 'surat', 'kunjungan_lapangan']) {
      expect(StaffComplaintSchema.safeParse({ ...staff, channel }).success).toBe(true);
    }
  });

  it('refuses an unknown channel', () => {
    expect(messages(StaffComplaintSchema, { ...staff, channel: 'merpati' }, 'channel')).toEqual({
      id: ['Pilihan tidak dikenal.'],
      en: ['Unknown choice.']
    });
  });

  it('needs a name, except from the complaint box', () => {
    const nameless = { ...staff, consentToContact: false, contact: {} };
    expect(messages(StaffComplaintSchema, nameless, 'contact.name')).toEqual({
      id: ['Wajib diisi.'],
      en: ['Required.']
    });
    expect(StaffComplaintSchema.safeParse({ ...nameless, channel: 'kotak_pengaduan' }).success).toBe(true);
  });

  it('refuses a service date after the date of receipt', () => {
    expect(
      messages(
        StaffComplaintSchema,
        { ...staff, occurredAt: '2026-12-03', receivedAt: '2026-12-02' },
        'occurredAt'
      )
    ).toEqual({
      id: ['Tanggal kejadian tidak boleh sesudah tanggal pengaduan diterima.'],
      en: ['The service date cannot be after the date the complaint was received.']
    });
  });

  it('refuses a receipt date in the future', () => {
    expect(messages(StaffComplaintSchema, { ...staff, receivedAt: '2026-12-10' }, 'receivedAt')).toEqual({
      id: ['Tanggal tidak boleh di masa depan.'],
      en: ['The date cannot be in the future.']
    });
  });

  it('needs a staff note when the service was more than 30 days before receipt (UU 25/2009 art. 42)', () => {
    const late = { ...staff, occurredAt: '2026-11-01', receivedAt: '2026-12-02' }; // 31 days
    expect(messages(StaffComplaintSchema, late, 'staffNote')).toEqual({
      id: [
        'Pelayanan terjadi lebih dari 30 hari sebelum pengaduan diterima: tulis catatan petugas yang menjelaskan alasannya (UU 25/2009 pasal 42).'
      ],
      en: [
        'The service took place more than 30 days before the complaint was received: add a staff note explaining why (Law 25/2009 art. 42).'
      ]
    });
    expect(messages(StaffComplaintSchema, { ...late, staffNote: '   ' }, 'staffNote').en).toHaveLength(1);
    const noted = { ...late, staffNote: 'Pelapor baru bisa datang setelah pulang dari rawat inap.' };
    expect(StaffComplaintSchema.safeParse(noted).success).toBe(true);
    // Exactly 30 days is still on time.
    expect(StaffComplaintSchema.safeParse({ ...late, occurredAt: '2026-11-02' }).success).toBe(true);
    expect(isLateFiling('2026-11-02', '2026-12-02')).toBe(false);
    expect(isLateFiling('2026-11-01', '2026-12-02')).toBe(true);
  });
});

describe('the stored complaint record', () => {
  it('holds no personal data and keeps the case state', () => {
    const { contact: _contact, ...fields } = staff;
    const result = ComplaintRecordSchema.safeParse({
      ...fields,
      status: 'diterima',
      receivedAt: '2026-12-02T01:30:00.000Z',
      statusChangedAt: '2026-12-02T01:30:00.000Z',
      trackingCode: 'K7QMXR4TP9WH',
      contact: { name: 'should be dropped' }
    });
    expect(result.success).toBe(true);
    expect(result.data).not.toHaveProperty('contact');
  });

  it('refuses an unknown status and a malformed instant', () => {
    const { contact: _contact, ...fields } = staff;
    const record = {
      ...fields,
      status: 'hilang',
      receivedAt: '2 Des 2026',
      statusChangedAt: '2026-12-02T01:30:00.000Z',
      trackingCode: 'K7QMXR4TP9WH'
    };
    expect(messages(ComplaintRecordSchema, record, 'status').en).toEqual(['Unknown choice.']);
    expect(messages(ComplaintRecordSchema, record, 'receivedAt')).toEqual({
      id: ['Waktu tidak sah.'],
      en: ['Invalid date and time.']
    });
  });
});
