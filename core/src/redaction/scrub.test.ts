import { describe, expect, it } from 'vitest';
import { scrubText } from './scrub';

describe('scrubbing free text', () => {
  it('removes phone numbers in every common Indonesian form', () => {
    const text =
      'Hubungi saya di 0812-3456-7890 atau 0819 0712 3456, WA +62 813.3960.1234, ' +
      'suami 6285712345678, kantor desa +62 (0)877 1234 5678.';
    const { text: scrubbed, counts } = scrubText(text);
    expect(scrubbed).toBe(
      'Hubungi saya di [nomor HP] atau [nomor HP], WA [nomor HP], suami [nomor HP], kantor desa [nomor HP].'
    );
    expect(counts.phone).toBe(5);
  });

  it('removes phone numbers in brackets, glued to words, with typographic dashes or a +62 landline', () => {
    const { text, counts } = scrubText(
      'Telp (0812) 3456-7890, hp081234567890, WA 0812–3456–7890, (+62) 813 3960 1234, kantor +62 370 623456.'
    );
    expect(text).toBe('Telp [nomor HP], hp[nomor HP], WA [nomor HP], [nomor HP], kantor [nomor].');
    expect(counts).toMatchObject({ phone: 4, number: 1 });
  });

  it('removes a NIK glued to its label', () => {
    expect(scrubText('nik5201041234560001 salah').text).toBe('nik[NIK] salah');
  });

  it('removes 16-digit NIK and KK numbers, grouped or not', () => {
    const { text, counts } = scrubText(
      'NIK saya 5201014506880002 dan nomor KK 5201 0123 4567 0001 tidak terbaca di sistem Dukcapil.'
    );
    expect(text).toBe('NIK saya [NIK] dan nomor KK [NIK] tidak terbaca di sistem Dukcapil.');
    expect(counts.nik).toBe(2);
  });

  it('removes other long numbers (BPJS card, bank account) but keeps money and dates', () => {
    const { text } = scrubText(
      'Kartu BPJS 0001234567890 ditolak; diminta bayar Rp 150.000 pada 12/11/2026, dana desa Rp 1.250.000.000.'
    );
    expect(text).toBe(
      'Kartu BPJS [nomor] ditolak; diminta bayar Rp 150.000 pada 12/11/2026, dana desa Rp 1.250.000.000.'
    );
  });

  it('removes emails and RT/RW', () => {
    const { text, counts } = scrubText(
      'Surat balasan dikirim ke baiq.nurul@gmail.com. Rumah kami di RT 02/RW 05, tetangga di RT.03.'
    );
    expect(text).toBe('Surat balasan dikirim ke [email]. Rumah kami di [RT/RW], tetangga di [RT/RW].');
    expect(counts).toMatchObject({ email: 1, rtRw: 2 });
  });

  it('removes the names it is given, without garbling ordinary words', () => {
    const { text, counts } = scrubText(
      'Dua minggu lalu Baiq Nurul Hidayah datang ke Puskesmas. Petugas bilang Nurul harus ke Mataram dulu. ' +
        'Lalu Ahmad (suaminya) ikut menunggu.',
      { names: ['Baiq Nurul Hidayah', 'Lalu Ahmad'] }
    );
    expect(text).toBe(
      'Dua minggu lalu [nama] datang ke Puskesmas. Petugas bilang [nama] harus ke Mataram dulu. ' +
        '[nama] (suaminya) ikut menunggu.'
    );
    expect(counts.name).toBe(3);
  });

  it('removes the places it is given, whole words only', () => {
    const { text } = scrubText('Air PDAM di Dusun Karang Bedil mati sejak Oktober; Karang Bedilan tidak.', {
      places: ['Karang Bedil']
    });
    expect(text).toBe('Air PDAM di Dusun [tempat] mati sejak Oktober; Karang Bedilan tidak.');
  });

  it('leaves ordinary text alone', () => {
    const plain = 'Jalan desa rusak sepanjang 2 km sejak 2024, sudah 3 kali diusulkan di Musrenbang.';
    expect(scrubText(plain)).toEqual({
      text: plain,
      counts: { email: 0, nik: 0, phone: 0, number: 0, rtRw: 0, name: 0, place: 0 }
    });
  });
});
