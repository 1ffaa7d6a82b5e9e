import { describe, expect, it } from 'vitest';
import { validationMessages } from '../validation/issues';
import { CenterProfileSchema, type CenterProfileInput } from './schema';

const sandik: CenterProfileInput = {
  name: 'CC Saling Anton',
  code: 'CC-SA',
  kind: 'cc',
  desa: 'Sandik',
  desaCode: '52.01.14.2003',
  kecamatan: 'Batu Layar',
  kecamatanCode: '52.01.14',
  kabupaten: 'Lombok Barat',
  kabupatenCode: '52.01',
  contact: { person: 'Lalu Ahmad', phone: '+62 819-0712-3456', email: ' CC.Sandik@Example.org ' }
};

function messagesOf(input: unknown, field: string) {
  const result = CenterProfileSchema.safeParse(input);
  return { id: validationMessages(result, 'id')[field], en: validationMessages(result, 'en')[field] };
}

describe('a CC profile', () => {
  it('is accepted, active by default, with contact normalised', () => {
    const profile = CenterProfileSchema.parse(sandik);
    expect(profile.active).toBe(true);
    expect(profile.contact.phone).toBe('+6281907123456');
    expect(profile.contact.email).toBe('cc.sandik@example.org');
  });

  it('accepts a customary body and raises a lower-case code', () => {
    const mambalan = CenterProfileSchema.parse({
      ...sandik,
      name: 'Lembaga Adat Paer Mambal',
      code: ' la-pm ',
      kind: 'lembaga_adat',
      desa: 'Mambalan',
      desaCode: '52.01.09.2006',
      kecamatan: 'Gunungsari',
      kecamatanCode: '52.01.09',
      contact: {},
      active: false
    });
    expect(mambalan.code).toBe('LA-PM');
    expect(mambalan.active).toBe(false);
  });

  it.each(['CC SA', 'CC--SA', '-CCSA', 'CC_SA', 'CC-SANDIK-BATULAYAR'])('refuses the code %s', (code) => {
    const expected =
      code.length > 16
        ? { id: ['Terlalu panjang: paling banyak 16 huruf.'], en: ['Too long: at most 16 characters.'] }
        : {
            id: ['Kode hanya huruf besar, angka dan tanda hubung (mis. CC-SA).'],
            en: ['Code: capital letters, digits and dashes only (e.g. CC-SA).']
          };
    expect(messagesOf({ ...sandik, code }, 'code')).toEqual(expected);
  });

  it('refuses an unknown kind, a bad area code, a bad email and a landline', () => {
    expect(messagesOf({ ...sandik, kind: 'ormas' }, 'kind').en).toEqual(['Unknown choice.']);
    expect(messagesOf({ ...sandik, kecamatanCode: '52.01.9' }, 'kecamatanCode')).toEqual({
      id: ['Kode wilayah tidak sesuai format Kemendagri (mis. 52.01.14).'],
      en: ['Area code does not follow the Home Affairs format (e.g. 52.01.14).']
    });
    expect(messagesOf({ ...sandik, contact: { email: 'cc.sandik@' } }, 'contact.email')).toEqual({
      id: ['Alamat email tidak sah.'],
      en: ['Invalid email address.']
    });
    expect(
      messagesOf({ ...sandik, contact: { phone: '(0370) 693 123' } }, 'contact.phone').en?.[0]
    ).toContain('Not an Indonesian mobile number');
  });

  it('needs a name and the place', () => {
    const { name: _name, kecamatan: _kecamatan, ...rest } = sandik;
    const result = CenterProfileSchema.safeParse(rest);
    expect(validationMessages(result, 'id')).toEqual({ name: ['Wajib diisi.'], kecamatan: ['Wajib diisi.'] });
  });
});
