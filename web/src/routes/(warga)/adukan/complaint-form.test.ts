import { CitizenComplaintSchema } from '@buku/core/complaints/schema';
import { issueLabel } from '@buku/core/validation/issues';
import { witaDate } from '@buku/core/wita/index';
import { describe, expect, it } from 'vitest';
import { newComplaintId } from '$lib/outbox/ids';
import {
  emptyDraft,
  firstStepWithMessages,
  messagesByField,
  messagesForStep,
  toOutboxEntry,
  toSchemaInput,
  withoutUndefined,
  type ComplaintDraft
} from './complaint-form';

const filled = (): ComplaintDraft => ({
  ...emptyDraft({ kecamatanCode: '52.01.14', desaCode: '52.01.14.2003' }),
  sector: 'kesehatan',
  chronology: 'Tiga kali ke Puskesmas, obat hipertensi selalu kosong.',
  occurredAt: '2026-11-20',
  providerName: 'Puskesmas Meninting',
  dusun: 'Sandik Timur',
  remedyWanted: 'Obat tersedia setiap bulan.',
  peopleAffected: '12',
  urgency: 'mendesak',
  privacy: 'anonim',
  name: 'Inaq Sumiati',
  phone: '0812-3456-7890',
  consentToContact: 'ya'
});

function parse(draft: ComplaintDraft, ccId = 'sandik') {
  return CitizenComplaintSchema.safeParse(toSchemaInput(draft, ccId));
}

describe('toSchemaInput', () => {
  it('turns a filled draft into a complaint core accepts, with real place names', () => {
    const result = parse(filled());
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.location).toEqual({
      desa: 'Sandik',
      desaCode: '52.01.14.2003',
      dusun: 'Sandik Timur'
    });
    expect(result.data.peopleAffected).toBe(12);
    expect(result.data.consentToContact).toBe(true);
    expect(result.data.contact.phone).toBe('+6281234567890');
    expect(result.data.channel).toBe('web');
  });
});

describe('messages per step', () => {
  it('puts each of core’s messages next to its input and in its step', () => {
    const draft = { ...filled(), chronology: 'pendek', phone: '12345', desaCode: '', occurredAt: '' };
    const result = parse(draft, '');
    expect(result.success).toBe(false);
    if (result.success) return;
    const messages = messagesByField(result.error.issues, issueLabel);

    expect(Object.keys(messagesForStep(messages, 'what')).sort()).toEqual(['cc', 'chronology', 'occurredAt']);
    expect(messagesForStep(messages, 'what').chronology).toEqual([
      { id: 'Terlalu pendek: paling sedikit 20 huruf.', en: 'Too short: at least 20 characters.' }
    ]);
    // A blank date is "required", not "wrong format".
    expect(messagesForStep(messages, 'what').occurredAt).toEqual([{ id: 'Wajib diisi.', en: 'Required.' }]);
    expect(Object.keys(messagesForStep(messages, 'where'))).toEqual(['desaCode']);
    expect(messagesForStep(messages, 'contact').phone?.[0]?.id).toMatch(/^Bukan nomor HP Indonesia/);
    expect(messagesForStep(messages, 'privacy')).toEqual({});
    expect(firstStepWithMessages(messages)).toBe(0);
  });

  it('asks for a way to reach the complainant who agrees to be contacted', () => {
    const result = parse({ ...filled(), phone: '', address: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const messages = messagesByField(result.error.issues, issueLabel);
    expect(messages.phone).toEqual([
      {
        id: 'Jika bersedia dihubungi, isi nomor HP atau alamat.',
        en: 'If you agree to be contacted, give a phone number or an address.'
      }
    ]);
    expect(firstStepWithMessages(messages)).toBe(4);
  });

  it('refuses a date in the future', () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000);
    const result = parse({ ...filled(), occurredAt: witaDate(tomorrow) });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(messagesByField(result.error.issues, issueLabel).occurredAt?.[0]?.en).toBe(
      'The date cannot be in the future.'
    );
  });
});

describe('toOutboxEntry', () => {
  it('keeps the personal contact apart from the complaint and drops blanks', () => {
    const result = parse({ ...filled(), dusun: '', address: '' });
    if (!result.success) throw new Error('expected a valid complaint');
    const entry = toOutboxEntry(result.data, { id: 'abc', trackingCode: 'K7M2P9Q4R8TX' }, 'CC Saling Anton');
    expect(entry.ccId).toBe('sandik');
    expect(entry.summary).toEqual({
      ccName: 'CC Saling Anton',
      sector: 'kesehatan',
      providerName: 'Puskesmas Meninting'
    });
    expect(entry.payload.contact).toEqual({ name: 'Inaq Sumiati', phone: '+6281234567890' });
    expect(entry.payload.complaint).not.toHaveProperty('contact');
    expect(entry.payload.complaint.location).toEqual({ desa: 'Sandik', desaCode: '52.01.14.2003' });
    expect(JSON.stringify(entry.payload)).not.toContain('undefined');
  });

  it('withoutUndefined cleans nested objects and arrays', () => {
    expect(withoutUndefined({ a: undefined, b: { c: undefined, d: 1 }, e: [{ f: undefined }] })).toEqual({
      b: { d: 1 },
      e: [{}]
    });
  });
});

describe('newComplaintId', () => {
  it('gives 20 characters of Firestore’s id alphabet, different each time', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newComplaintId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9]{20}$/);
  });

  it('skips bytes that would bias the alphabet', () => {
    let call = 0;
    const id = newComplaintId((bytes) => {
      bytes.fill(call++ === 0 ? 250 : 61);
    });
    expect(id).toBe('9'.repeat(20));
  });
});
