/**
 * The 122 desa/kelurahan of Kabupaten Lombok Barat (code 52.01) with their kecamatan, taken from
 * the `idn-area-data` package 4.0.1 (data under the Open Database License, ODbL 1.0,
 * © its contributors). Used for example books and generated test data so no place name is invented.
 */
export interface LombokBaratVillage {
  /** Official Kemendagri code, e.g. 52.01.14.2003 */
  code: string;
  name: string;
  kecamatan: string;
}

export const LOMBOK_BARAT_VILLAGES: readonly LombokBaratVillage[] = [
  { code: '52.01.01.1001', name: 'Gerung Utara', kecamatan: 'Gerung' },
  { code: '52.01.01.1004', name: 'Dasan Geres', kecamatan: 'Gerung' },
  { code: '52.01.01.1011', name: 'Gerung Selatan', kecamatan: 'Gerung' },
  { code: '52.01.01.2002', name: 'Kebon Ayu', kecamatan: 'Gerung' },
  { code: '52.01.01.2003', name: 'Gapuk', kecamatan: 'Gerung' },
  { code: '52.01.01.2005', name: 'Suka Makmur', kecamatan: 'Gerung' },
  { code: '52.01.01.2006', name: 'Banyu Urip', kecamatan: 'Gerung' },
  { code: '52.01.01.2007', name: 'Babussalam', kecamatan: 'Gerung' },
  { code: '52.01.01.2008', name: 'Dasan Tapen', kecamatan: 'Gerung' },
  { code: '52.01.01.2009', name: 'Beleka', kecamatan: 'Gerung' },
  { code: '52.01.01.2010', name: 'Tempos', kecamatan: 'Gerung' },
  { code: '52.01.01.2012', name: 'Mesanggok', kecamatan: 'Gerung' },
  { code: '52.01.01.2013', name: 'Taman Ayu', kecamatan: 'Gerung' },
  { code: '52.01.01.2014', name: 'Giri Tembesi', kecamatan: 'Gerung' },
  { code: '52.01.02.2001', name: 'Kediri', kecamatan: 'Kediri' },
  { code: '52.01.02.2002', name: 'Montong Are', kecamatan: 'Kediri' },
  { code: '52.01.02.2003', name: 'Jagaraga Indah', kecamatan: 'Kediri' },
  { code: '52.01.02.2004', name: 'Gelogor', kecamatan: 'Kediri' },
  { code: '52.01.02.2005', name: 'Rumak', kecamatan: 'Kediri' },
  { code: '52.01.02.2006', name: 'Banyumulek', kecamatan: 'Kediri' },
  { code: '52.01.02.2007', name: 'Ombe Baru', kecamatan: 'Kediri' },
  { code: '52.01.02.2008', name: 'Dasan Baru', kecamatan: 'Kediri' },
  { code: '52.01.02.2009', name: 'Kediri Selatan', kecamatan: 'Kediri' },
  { code: '52.01.02.2010', name: 'Lelede', kecamatan: 'Kediri' },
  { code: '52.01.03.2001', name: 'Lembuak', kecamatan: 'Narmada' },
  { code: '52.01.03.2002', name: 'Nyur Lembang', kecamatan: 'Narmada' },
  { code: '52.01.03.2003', name: 'Peresak', kecamatan: 'Narmada' },
  { code: '52.01.03.2004', name: 'Keru', kecamatan: 'Narmada' },
  { code: '52.01.03.2005', name: 'Batu Kuta', kecamatan: 'Narmada' },
  { code: '52.01.03.2006', name: 'Tanak Beak', kecamatan: 'Narmada' },
  { code: '52.01.03.2007', name: 'Sedau', kecamatan: 'Narmada' },
  { code: '52.01.03.2008', name: 'Suranadi', kecamatan: 'Narmada' },
  { code: '52.01.03.2009', name: 'Selat', kecamatan: 'Narmada' },
  { code: '52.01.03.2010', name: 'Lebah Sempage', kecamatan: 'Narmada' },
  { code: '52.01.03.2011', name: 'Sesaot', kecamatan: 'Narmada' },
  { code: '52.01.03.2012', name: 'Dasan Tereng', kecamatan: 'Narmada' },
  { code: '52.01.03.2013', name: 'Badrain', kecamatan: 'Narmada' },
  { code: '52.01.03.2014', name: 'Sembung', kecamatan: 'Narmada' },
  { code: '52.01.03.2015', name: 'Krama Jaya', kecamatan: 'Narmada' },
  { code: '52.01.03.2016', name: 'Gerimax Indah', kecamatan: 'Narmada' },
  { code: '52.01.03.2017', name: 'Pakuan', kecamatan: 'Narmada' },
  { code: '52.01.03.2018', name: 'Golong', kecamatan: 'Narmada' },
  { code: '52.01.03.2019', name: 'Mekarsari', kecamatan: 'Narmada' },
  { code: '52.01.03.2020', name: 'Buwun Sejati', kecamatan: 'Narmada' },
  { code: '52.01.03.2021', name: 'Narmada', kecamatan: 'Narmada' },
  { code: '52.01.07.2001', name: 'Sekotong Tengah', kecamatan: 'Sekotong' },
  { code: '52.01.07.2002', name: 'Sekotong Barat', kecamatan: 'Sekotong' },
  { code: '52.01.07.2003', name: 'Pelangan', kecamatan: 'Sekotong' },
  { code: '52.01.07.2004', name: 'Buwun Mas', kecamatan: 'Sekotong' },
  { code: '52.01.07.2005', name: 'Kedaro', kecamatan: 'Sekotong' },
  { code: '52.01.07.2006', name: 'Batu Putih', kecamatan: 'Sekotong' },
  { code: '52.01.07.2007', name: 'Gili Gede Indah', kecamatan: 'Sekotong' },
  { code: '52.01.07.2008', name: 'Cendi Manik', kecamatan: 'Sekotong' },
  { code: '52.01.07.2009', name: 'Taman Baru', kecamatan: 'Sekotong' },
  { code: '52.01.08.2001', name: 'Bengkel', kecamatan: 'Labuapi' },
  { code: '52.01.08.2002', name: 'Merembu', kecamatan: 'Labuapi' },
  { code: '52.01.08.2003', name: 'Bagik Polak', kecamatan: 'Labuapi' },
  { code: '52.01.08.2004', name: 'Telagawaru', kecamatan: 'Labuapi' },
  { code: '52.01.08.2005', name: 'Perampuan', kecamatan: 'Labuapi' },
  { code: '52.01.08.2006', name: 'Bajur', kecamatan: 'Labuapi' },
  { code: '52.01.08.2007', name: 'Terong Tawah', kecamatan: 'Labuapi' },
  { code: '52.01.08.2008', name: 'Kuranji', kecamatan: 'Labuapi' },
  { code: '52.01.08.2009', name: 'Karang Bongkot', kecamatan: 'Labuapi' },
  { code: '52.01.08.2010', name: 'Labuapi', kecamatan: 'Labuapi' },
  { code: '52.01.08.2011', name: 'Bagik Polak Barat', kecamatan: 'Labuapi' },
  { code: '52.01.08.2012', name: 'Kuranji Dalang', kecamatan: 'Labuapi' },
  { code: '52.01.09.2001', name: 'Gunungsari', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2002', name: 'Midang', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2003', name: 'Sesela', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2004', name: 'Kekait', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2005', name: 'Kekeri', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2006', name: 'Mambalan', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2007', name: 'Dopang', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2008', name: 'Penimbung', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2009', name: 'Taman Sari', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2010', name: 'Jatisela', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2011', name: 'Guntur Macan', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2012', name: 'Mekar Sari', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2013', name: 'Ranjok', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2014', name: 'Gelangsar', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2015', name: 'Jeringo', kecamatan: 'Gunungsari' },
  { code: '52.01.09.2016', name: 'Bukittinggi', kecamatan: 'Gunungsari' },
  { code: '52.01.12.2001', name: 'Lingsar', kecamatan: 'Lingsar' },
  { code: '52.01.12.2002', name: 'Batu Kumbung', kecamatan: 'Lingsar' },
  { code: '52.01.12.2003', name: 'Sigerongan', kecamatan: 'Lingsar' },
  { code: '52.01.12.2004', name: 'Duman', kecamatan: 'Lingsar' },
  { code: '52.01.12.2005', name: 'Karang Bayan', kecamatan: 'Lingsar' },
  { code: '52.01.12.2006', name: 'Langko', kecamatan: 'Lingsar' },
  { code: '52.01.12.2007', name: 'Dasan Geria', kecamatan: 'Lingsar' },
  { code: '52.01.12.2008', name: 'Peteluan Indah', kecamatan: 'Lingsar' },
  { code: '52.01.12.2009', name: 'Gegerung', kecamatan: 'Lingsar' },
  { code: '52.01.12.2010', name: 'Batu Mekar', kecamatan: 'Lingsar' },
  { code: '52.01.12.2011', name: 'Giri Madia', kecamatan: 'Lingsar' },
  { code: '52.01.12.2012', name: 'Bug-Bug', kecamatan: 'Lingsar' },
  { code: '52.01.12.2013', name: 'Gegelang', kecamatan: 'Lingsar' },
  { code: '52.01.12.2014', name: 'Saribaye', kecamatan: 'Lingsar' },
  { code: '52.01.12.2015', name: 'Gontoran', kecamatan: 'Lingsar' },
  { code: '52.01.13.2001', name: 'Lembar', kecamatan: 'Lembar' },
  { code: '52.01.13.2002', name: 'Jembatan Kembar', kecamatan: 'Lembar' },
  { code: '52.01.13.2003', name: 'Mareje', kecamatan: 'Lembar' },
  { code: '52.01.13.2004', name: 'Sekotong Timur', kecamatan: 'Lembar' },
  { code: '52.01.13.2005', name: 'Labuan Tereng', kecamatan: 'Lembar' },
  { code: '52.01.13.2006', name: 'Jembatan Gantung', kecamatan: 'Lembar' },
  { code: '52.01.13.2007', name: 'Lembar Selatan', kecamatan: 'Lembar' },
  { code: '52.01.13.2008', name: 'Mareje Timur', kecamatan: 'Lembar' },
  { code: '52.01.13.2009', name: 'Jembatan Kembar Timur', kecamatan: 'Lembar' },
  { code: '52.01.13.2010', name: 'Eyat Mayang', kecamatan: 'Lembar' },
  { code: '52.01.14.2001', name: 'Batulayar', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2002', name: 'Meninting', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2003', name: 'Sandik', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2004', name: 'Lembah Sari', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2005', name: 'Senteluk', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2006', name: 'Senggigi', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2007', name: 'Bengkaung', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2008', name: 'Pusuk Lestari', kecamatan: 'Batu Layar' },
  { code: '52.01.14.2009', name: 'Batu Layar Barat', kecamatan: 'Batu Layar' },
  { code: '52.01.15.2001', name: 'Kuripan', kecamatan: 'Kuripan' },
  { code: '52.01.15.2002', name: 'Jagaraga', kecamatan: 'Kuripan' },
  { code: '52.01.15.2003', name: 'Kuripan Utara', kecamatan: 'Kuripan' },
  { code: '52.01.15.2004', name: 'Kuripan Selatan', kecamatan: 'Kuripan' },
  { code: '52.01.15.2005', name: 'Kuripan Timur', kecamatan: 'Kuripan' },
  { code: '52.01.15.2006', name: 'Giri Sasak', kecamatan: 'Kuripan' }
];

/** How village names are compared: case, spaces, punctuation and a leading "Desa" ignored. */
export function villageKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/^(desa|kelurahan|kel\.?|ds\.?)\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

const BY_KEY = new Map<string, LombokBaratVillage | null>();
for (const village of LOMBOK_BARAT_VILLAGES) {
  const key = villageKey(village.name);
  // Two villages with one name would be ambiguous: remember that, do not guess.
  BY_KEY.set(key, BY_KEY.has(key) ? null : village);
}

/** The Lombok Barat village a volunteer meant ("Batu Layar", "batulayar", "Desa Sandik"), if unambiguous. */
export function findLombokBaratVillage(name: string): LombokBaratVillage | undefined {
  return BY_KEY.get(villageKey(name)) ?? undefined;
}
