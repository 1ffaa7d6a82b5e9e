/**
 * The default taxonomy of the network, as data. Sectors follow the Ombudsman RI's
 * "substansi" and maladministration types its classification, so a CC's data can be
 * escalated to the Ombudsman or SP4N-LAPOR! as it is. Ids are stable storage keys;
 * labels are what people read.
 */
import type { Label } from '../i18n';

export interface TaxonomyEntry<Id extends string = string> {
  id: Id;
  label: Label;
  /** Extra words people use for it (spreadsheet imports, search). Lower case. */
  aliases?: readonly string[];
}

export const SECTOR_IDS = [
  'kesejahteraan_sosial',
  'pertanahan',
  'pendidikan',
  'administrasi_kependudukan',
  'kepegawaian',
  'kepolisian',
  'kesehatan',
  'infrastruktur',
  'air_bersih',
  'energi_listrik',
  'pemerintahan_desa',
  'perizinan',
  'lingkungan_hidup',
  'lainnya'
] as const;
export type SectorId = (typeof SECTOR_IDS)[number];

export const SECTORS: readonly TaxonomyEntry<SectorId>[] = [
  {
    id: 'kesejahteraan_sosial',
    label: { id: 'Kesejahteraan sosial dan bantuan sosial', en: 'Social welfare and assistance' },
    aliases: ['bansos', 'bantuan sosial', 'pkh', 'bpnt', 'blt', 'kesejahteraan sosial', 'sosial']
  },
  {
    id: 'pertanahan',
    label: { id: 'Pertanahan', en: 'Land' },
    aliases: ['tanah', 'sertifikat tanah', 'bpn', 'agraria', 'pertanahan']
  },
  {
    id: 'pendidikan',
    label: { id: 'Pendidikan', en: 'Education' },
    aliases: ['sekolah', 'sd', 'smp', 'sma', 'madrasah', 'pip', 'kip', 'pendidikan']
  },
  {
    id: 'administrasi_kependudukan',
    label: { id: 'Administrasi kependudukan', en: 'Civil registration' },
    aliases: [
      'adminduk',
      'dukcapil',
      'ktp',
      'e-ktp',
      'kk',
      'kartu keluarga',
      'akta',
      'akta kelahiran',
      'kependudukan'
    ]
  },
  {
    id: 'kepegawaian',
    label: { id: 'Kepegawaian', en: 'Civil service' },
    aliases: ['asn', 'pns', 'pppk', 'honorer', 'kepegawaian']
  },
  {
    id: 'kepolisian',
    label: { id: 'Kepolisian', en: 'Police' },
    aliases: ['polisi', 'polsek', 'polres', 'kepolisian']
  },
  {
    id: 'kesehatan',
    label: { id: 'Kesehatan', en: 'Health' },
    aliases: [
      'puskesmas',
      'rumah sakit',
      'rs',
      'rsud',
      'bpjs',
      'bpjs kesehatan',
      'jkn',
      'posyandu',
      'kesehatan'
    ]
  },
  {
    id: 'infrastruktur',
    label: { id: 'Infrastruktur dan perhubungan', en: 'Infrastructure and transport' },
    aliases: ['jalan', 'jembatan', 'irigasi', 'perhubungan', 'pu', 'pupr', 'infrastruktur']
  },
  {
    id: 'air_bersih',
    label: { id: 'Air bersih', en: 'Clean water' },
    aliases: ['air', 'pdam', 'air minum', 'pam', 'pamsimas', 'air bersih']
  },
  {
    id: 'energi_listrik',
    label: { id: 'Energi dan listrik', en: 'Energy and electricity' },
    aliases: ['listrik', 'pln', 'elpiji', 'lpg', 'gas', 'bbm', 'energi']
  },
  {
    id: 'pemerintahan_desa',
    label: { id: 'Pemerintahan desa', en: 'Village government' },
    aliases: ['desa', 'kantor desa', 'kepala desa', 'kades', 'dana desa', 'pemdes', 'pemerintahan desa']
  },
  {
    id: 'perizinan',
    label: { id: 'Perizinan', en: 'Licensing' },
    aliases: ['izin', 'ijin', 'dpmptsp', 'nib', 'imb', 'pbg', 'perizinan']
  },
  {
    id: 'lingkungan_hidup',
    label: { id: 'Lingkungan hidup', en: 'Environment' },
    aliases: ['sampah', 'limbah', 'lingkungan', 'dlh', 'lingkungan hidup']
  },
  { id: 'lainnya', label: { id: 'Lainnya', en: 'Other' }, aliases: ['lain', 'lain-lain', 'lainnya'] }
];

export const MALADMINISTRATION_IDS = [
  'penundaan_berlarut',
  'tidak_memberikan_pelayanan',
  'penyimpangan_prosedur',
  'penyalahgunaan_wewenang',
  'permintaan_imbalan',
  'tidak_kompeten',
  'tidak_patut',
  'diskriminasi',
  'lainnya'
] as const;
export type MaladministrationId = (typeof MALADMINISTRATION_IDS)[number];

export const MALADMINISTRATION_TYPES: readonly TaxonomyEntry<MaladministrationId>[] = [
  { id: 'penundaan_berlarut', label: { id: 'Penundaan berlarut', en: 'Undue delay' } },
  {
    id: 'tidak_memberikan_pelayanan',
    label: { id: 'Tidak memberikan pelayanan', en: 'Not providing service' }
  },
  { id: 'penyimpangan_prosedur', label: { id: 'Penyimpangan prosedur', en: 'Procedural deviation' } },
  { id: 'penyalahgunaan_wewenang', label: { id: 'Penyalahgunaan wewenang', en: 'Abuse of authority' } },
  {
    id: 'permintaan_imbalan',
    label: { id: 'Permintaan imbalan uang, barang dan jasa (pungli)', en: 'Illegal levy' },
    aliases: ['pungli', 'pungutan liar', 'imbalan']
  },
  { id: 'tidak_kompeten', label: { id: 'Tidak kompeten', en: 'Incompetence' } },
  { id: 'tidak_patut', label: { id: 'Perbuatan tidak patut', en: 'Improper conduct' } },
  { id: 'diskriminasi', label: { id: 'Diskriminasi', en: 'Discrimination' } },
  { id: 'lainnya', label: { id: 'Lainnya', en: 'Other' } }
];

export const CHANNEL_IDS = [
  'datang_langsung',
  'web',
  'whatsapp',
  'telepon',
  'sms',
  'surat',
  'kotak_pengaduan',
  'kunjungan_lapangan'
] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const CHANNELS: readonly TaxonomyEntry<ChannelId>[] = [
  { id: 'datang_langsung', label: { id: 'Datang langsung', en: 'Walk-in' } },
  { id: 'web', label: { id: 'Situs web', en: 'Web' } },
  { id: 'whatsapp', label: { id: 'WhatsApp', en: 'WhatsApp' }, aliases: ['wa'] },
  { id: 'telepon', label: { id: 'Telepon', en: 'Phone' }, aliases: ['telp', 'hp'] },
  { id: 'sms', label: { id: 'SMS', en: 'SMS' } },
  { id: 'surat', label: { id: 'Surat', en: 'Letter' } },
  { id: 'kotak_pengaduan', label: { id: 'Kotak pengaduan', en: 'Complaint box' } },
  { id: 'kunjungan_lapangan', label: { id: 'Kunjungan lapangan', en: 'Outreach visit' } }
];

/** Look up an entry by id; undefined for an unknown id. */
export function findEntry<Id extends string>(
  entries: readonly TaxonomyEntry<Id>[],
  id: string
): TaxonomyEntry<Id> | undefined {
  return entries.find((entry) => entry.id === id);
}
