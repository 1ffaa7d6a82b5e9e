import { describe, expect, it } from 'vitest';
import { providerKey } from './provider-key';

describe('providerKey', () => {
  it('makes one provider of case, spacing, punctuation and joined or split words', () => {
    const key = providerKey('Puskesmas Gunungsari');
    expect(key).toBe('puskesmasgunungsari');
    for (const spelling of [
      'puskesmas gunung sari',
      'PUSKESMAS GUNUNG-SARI.',
      '  Puskesmas  Gunungsari ',
      'Puskesmas Gunung Sari,',
      'PKM Gunungsari'
    ]) {
      expect(providerKey(spelling)).toBe(key);
    }
  });

  it('spells out common prefixes', () => {
    expect(providerKey('Kades Sandik')).toBe(providerKey('Kantor Desa Sandik'));
    expect(providerKey('Kepala Desa Sandik')).toBe('kantordesasandik');
    expect(providerKey('Desa Sandik')).toBe('kantordesasandik');
    expect(providerKey('SDN 1 Sandik')).toBe(providerKey('SD Negeri 1 Sandik'));
    expect(providerKey('Disdukcapil Lombok Barat')).toBe(providerKey('Dukcapil Lombok Barat'));
    expect(providerKey('Perumda Air Minum Giri Menang')).toBe(providerKey('PDAM Giri Menang'));
    expect(providerKey('Dinsos Lombok Barat')).toBe(providerKey('Dinas Sosial Lombok Barat'));
  });

  it('keeps different providers apart', () => {
    expect(providerKey('SDN 1 Sandik')).not.toBe(providerKey('SDN 2 Sandik'));
    expect(providerKey('Puskesmas Gunungsari')).not.toBe(providerKey('Puskesmas Penimbung'));
    expect(providerKey('Kantor Desa Sandik')).not.toBe(providerKey('Kantor Desa Senteluk'));
    // "desa" inside a name is not a prefix.
    expect(providerKey('Pemandian Desa Wisata')).toBe('pemandiandesawisata');
  });

  it('ignores accents', () => {
    expect(providerKey('Puskésmas Gunungsari')).toBe('puskesmasgunungsari');
  });
});
