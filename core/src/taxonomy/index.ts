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
      'akta kematian',
      'disdukcapil',
      'capil',
      'catatan sipil',
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

/** Who may read a complaint beyond its CC (LAPOR! uses the same three levels). */
export const PRIVACY_IDS = ['publik', 'anonim', 'rahasia'] as const;
export type PrivacyId = (typeof PRIVACY_IDS)[number];

export const PRIVACY_LEVELS: readonly (TaxonomyEntry<PrivacyId> & { description: Label })[] = [
  {
    id: 'publik',
    label: { id: 'Publik', en: 'Public' },
    description: {
      id: 'Isi pengaduan boleh dibagikan; nama dan kontak pelapor tetap hanya diketahui CC.',
      en: 'The complaint may be shared; the complainant’s name and contact stay with the CC.'
    }
  },
  {
    id: 'anonim',
    label: { id: 'Anonim', en: 'Anonymous' },
    description: {
      id: 'Isi pengaduan boleh dibagikan tanpa identitas apa pun yang bisa menunjuk pelapor.',
      en: 'The complaint may be shared without anything that could point to the complainant.'
    }
  },
  {
    id: 'rahasia',
    label: { id: 'Rahasia', en: 'Confidential' },
    description: {
      id: 'Isi pengaduan tidak dibagikan. Forum bulanan hanya menghitungnya: sektor dan kantor yang diadukan, tanpa cerita dan tanpa nama Anda.',
      en: 'The complaint is not shared. The monthly forum only counts it: the sector and the office complained about, without your story or your name.'
    }
  }
];

export const URGENCY_IDS = ['biasa', 'mendesak', 'darurat'] as const;
export type UrgencyId = (typeof URGENCY_IDS)[number];

/** `rank` orders urgency (1 = lowest) for sorting and the priority ranking. */
export const URGENCY_LEVELS: readonly (TaxonomyEntry<UrgencyId> & { rank: number })[] = [
  { id: 'biasa', rank: 1, label: { id: 'Biasa', en: 'Normal' } },
  {
    id: 'mendesak',
    rank: 2,
    label: { id: 'Mendesak (perlu segera)', en: 'Urgent (needs quick action)' }
  },
  {
    id: 'darurat',
    rank: 3,
    label: {
      id: 'Darurat (keselamatan, kesehatan atau kebutuhan dasar terancam)',
      en: 'Emergency (safety, health or basic needs at risk)'
    }
  }
];

export const GENDER_IDS = ['perempuan', 'laki_laki', 'tidak_disebutkan'] as const;
export type GenderId = (typeof GENDER_IDS)[number];

export const GENDERS: readonly TaxonomyEntry<GenderId>[] = [
  { id: 'perempuan', label: { id: 'Perempuan', en: 'Woman' }, aliases: ['p', 'wanita'] },
  { id: 'laki_laki', label: { id: 'Laki-laki', en: 'Man' }, aliases: ['l', 'pria', 'laki-laki'] },
  { id: 'tidak_disebutkan', label: { id: 'Tidak disebutkan', en: 'Not stated' } }
];

export const AGE_GROUP_IDS = ['anak', '18_29', '30_44', '45_59', '60_plus', 'tidak_disebutkan'] as const;
export type AgeGroupId = (typeof AGE_GROUP_IDS)[number];

export const AGE_GROUPS: readonly TaxonomyEntry<AgeGroupId>[] = [
  { id: 'anak', label: { id: 'Di bawah 18 tahun', en: 'Under 18' } },
  { id: '18_29', label: { id: '18–29 tahun', en: '18–29 years' } },
  { id: '30_44', label: { id: '30–44 tahun', en: '30–44 years' } },
  { id: '45_59', label: { id: '45–59 tahun', en: '45–59 years' } },
  { id: '60_plus', label: { id: '60 tahun ke atas', en: '60 and over' } },
  { id: 'tidak_disebutkan', label: { id: 'Tidak disebutkan', en: 'Not stated' } }
];

/** Disability kinds after UU 8/2016 art. 4 (sensory split so services can respond). */
export const DISABILITY_IDS = [
  'fisik',
  'intelektual',
  'mental',
  'sensorik_netra',
  'sensorik_rungu',
  'sensorik_wicara'
] as const;
export type DisabilityId = (typeof DISABILITY_IDS)[number];

export const DISABILITIES: readonly TaxonomyEntry<DisabilityId>[] = [
  { id: 'fisik', label: { id: 'Disabilitas fisik', en: 'Physical disability' } },
  { id: 'intelektual', label: { id: 'Disabilitas intelektual', en: 'Intellectual disability' } },
  { id: 'mental', label: { id: 'Disabilitas mental', en: 'Psychosocial disability' } },
  { id: 'sensorik_netra', label: { id: 'Disabilitas netra', en: 'Visual impairment' } },
  { id: 'sensorik_rungu', label: { id: 'Disabilitas rungu', en: 'Hearing impairment' } },
  { id: 'sensorik_wicara', label: { id: 'Disabilitas wicara', en: 'Speech impairment' } }
];

export const FOLLOW_UP_ACTION_IDS = ['kunjungan', 'surat', 'rujukan', 'pertemuan'] as const;
export type FollowUpActionId = (typeof FOLLOW_UP_ACTION_IDS)[number];

export const FOLLOW_UP_ACTIONS: readonly TaxonomyEntry<FollowUpActionId>[] = [
  { id: 'kunjungan', label: { id: 'Kunjungan', en: 'Visit' } },
  { id: 'surat', label: { id: 'Surat', en: 'Letter' } },
  { id: 'rujukan', label: { id: 'Rujukan', en: 'Referral' } },
  { id: 'pertemuan', label: { id: 'Pertemuan', en: 'Meeting' } }
];

export const REFERRAL_DESTINATION_IDS = [
  'penyelenggara',
  'kepala_desa',
  'lapor',
  'ombudsman',
  'lainnya'
] as const;
export type ReferralDestinationId = (typeof REFERRAL_DESTINATION_IDS)[number];

export const REFERRAL_DESTINATIONS: readonly TaxonomyEntry<ReferralDestinationId>[] = [
  { id: 'penyelenggara', label: { id: 'Penyelenggara layanan', en: 'Service provider' } },
  { id: 'kepala_desa', label: { id: 'Kepala desa', en: 'Village head' }, aliases: ['kades'] },
  { id: 'lapor', label: { id: 'SP4N-LAPOR!', en: 'SP4N-LAPOR!' }, aliases: ['lapor!', 'sp4n'] },
  { id: 'ombudsman', label: { id: 'Ombudsman RI', en: 'Ombudsman RI' }, aliases: ['ori'] },
  { id: 'lainnya', label: { id: 'Lainnya', en: 'Other' } }
];

export const CENTER_KIND_IDS = ['cc', 'lembaga_adat'] as const;
export type CenterKindId = (typeof CENTER_KIND_IDS)[number];

export const CENTER_KINDS: readonly TaxonomyEntry<CenterKindId>[] = [
  { id: 'cc', label: { id: 'Community Center', en: 'Community Center' } },
  { id: 'lembaga_adat', label: { id: 'Lembaga adat', en: 'Customary institution' } }
];
