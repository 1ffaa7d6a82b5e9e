import { describe, expect, it } from 'vitest';
import { emptyExperienceDraft } from './experience-form';
import { validateExperience } from './validate';

const good = {
  ...emptyExperienceDraft(),
  experience: 'buruk' as const,
  title: '  Tiga bulan menunggu KTP-el ',
  body: 'Setiap kali datang dijawab blangko habis, saya harus izin kerja.',
  sector: 'administrasi_kependudukan',
  providerName: ''
};

describe('validateExperience', () => {
  it('trims, drops blank optional fields and adds the chosen CC', () => {
    expect(validateExperience(good, 'sandik')).toEqual({
      ok: true,
      experience: {
        experience: 'buruk',
        title: 'Tiga bulan menunggu KTP-el',
        body: good.body,
        sector: 'administrasi_kependudukan',
        ccId: 'sandik'
      }
    });
  });

  it("gives core's messages per field, in both languages", () => {
    const result = validateExperience(
      { ...emptyExperienceDraft(), title: 'Ok', body: 'Terlalu pendek.' },
      undefined
    );
    expect(result).toEqual({
      ok: false,
      messages: {
        experience: [{ id: 'Wajib diisi.', en: 'Required.' }],
        title: [{ id: 'Terlalu pendek: paling sedikit 3 huruf.', en: 'Too short: at least 3 characters.' }],
        body: [{ id: 'Terlalu pendek: paling sedikit 20 huruf.', en: 'Too short: at least 20 characters.' }]
      }
    });
  });

  it('refuses a story longer than the rules allow', () => {
    const result = validateExperience({ ...good, body: 'x'.repeat(5001) }, undefined);
    expect(result.ok ? [] : result.messages.body).toEqual([
      { id: 'Terlalu panjang: paling banyak 5000 huruf.', en: 'Too long: at most 5000 characters.' }
    ]);
  });
});
