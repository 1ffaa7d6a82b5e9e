import { describe, expect, it } from 'vitest';
import {
  changedFields,
  checkCenterForm,
  centerFromData,
  emptyCenterForm,
  formOf,
  koordinatorUpdate,
  suggestId
} from './form';

const sandik = {
  ...emptyCenterForm(),
  id: 'saling-anton',
  name: ' CC Saling Anton ',
  code: 'cc-sa',
  kecamatanCode: '52.01.14',
  desaCode: '52.01.14.2003',
  person: 'Lalu Ahmad',
  phone: '0819-0712-3456',
  email: ''
};

describe('a CC form', () => {
  it('becomes the document the rules accept: place names from the codes, contact normalised, blanks left out', () => {
    const check = checkCenterForm(sandik, true);
    expect(check).toEqual({
      ok: true,
      id: 'saling-anton',
      profile: expect.any(Object),
      data: {
        name: 'CC Saling Anton',
        code: 'CC-SA',
        kind: 'cc',
        desa: 'Sandik',
        desaCode: '52.01.14.2003',
        kecamatan: 'Batu Layar',
        kecamatanCode: '52.01.14',
        kabupaten: 'Lombok Barat',
        kabupatenCode: '52.01',
        contact: { person: 'Lalu Ahmad', phone: '+6281907123456' },
        active: true
      }
    });
  });

  it('asks for the place and reports core’s messages under each field', () => {
    const check = checkCenterForm({ ...emptyCenterForm(), id: 'Bad Id', name: 'CC', code: 'CC SA' }, true);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.messages.kecamatanCode?.[0]?.en).toBe('Choose the kecamatan.');
    expect(check.messages.desaCode?.[0]?.en).toBe('Choose the desa.');
    expect(check.messages.code?.[0]?.en).toBe('Code: capital letters, digits and dashes only (e.g. CC-SA).');
    expect(check.messages.name).toHaveLength(1);
    expect(check.messages.id).toHaveLength(1);
  });

  it('refuses a desa of another kecamatan (Mambalan is in Gunungsari)', () => {
    const check = checkCenterForm({ ...sandik, desaCode: '52.01.09.2006' }, true);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.messages.desaCode?.[0]?.en).toBe('This desa is not in the chosen kecamatan.');
  });

  it('puts a bad contact phone under the phone field', () => {
    const check = checkCenterForm({ ...sandik, phone: '(0370) 693 123' }, true);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.messages.phone?.[0]?.en).toContain('Not an Indonesian mobile number');
  });

  it('does not check the id when editing', () => {
    expect(checkCenterForm({ ...sandik, id: '' }, false).ok).toBe(true);
    expect(checkCenterForm({ ...sandik, id: '' }, true).ok).toBe(false);
  });
});

describe('ids and edits', () => {
  it('suggests an id from the name', () => {
    expect(suggestId('CC Saling Anton')).toBe('saling-anton');
    expect(suggestId('Lembaga Adat Paer Mambal')).toBe('lembaga-adat-paer-mambal');
    expect(suggestId('  Désa  Sandik!! ')).toBe('desa-sandik');
  });

  it('reads a stored CC and says which fields an edit changes', () => {
    const stored = centerFromData('saling-anton', {
      name: 'CC Saling Anton',
      code: 'CC-SA',
      kind: 'cc',
      desa: 'Sandik',
      desaCode: '52.01.14.2003',
      kecamatan: 'Batu Layar',
      kecamatanCode: '52.01.14',
      contact: { phone: '+6281907123456' },
      active: true
    });
    expect(stored.phone).toBe('+6281907123456');
    const form = formOf(stored);
    expect(changedFields(form, { ...form })).toEqual([]);
    expect(changedFields(form, { ...form, name: 'CC Sandik', person: 'Baiq Nur' })).toEqual([
      'name',
      'person'
    ]);
  });
});

describe('koordinatorUpdate', () => {
  it('keeps only what a coordinator may change, and stores an emptied contact as empty', () => {
    const data = {
      name: 'CC Saling Anton',
      code: 'CC-SA',
      kind: 'cc',
      desa: 'Sandik',
      desaCode: '52.01.14.2003',
      kecamatan: 'Batu Layar',
      kecamatanCode: '52.01.14',
      kabupaten: 'Lombok Barat',
      kabupatenCode: '52.01',
      active: true
    };
    expect(koordinatorUpdate(data)).toEqual({
      name: 'CC Saling Anton',
      kind: 'cc',
      desa: 'Sandik',
      desaCode: '52.01.14.2003',
      kecamatan: 'Batu Layar',
      kecamatanCode: '52.01.14',
      kabupaten: 'Lombok Barat',
      kabupatenCode: '52.01',
      contact: {}
    });
    expect(koordinatorUpdate({ ...data, contact: { person: 'Lalu Ahmad' } }).contact).toEqual({
      person: 'Lalu Ahmad'
    });
  });
});
