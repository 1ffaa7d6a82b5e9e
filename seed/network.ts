/**
 * The demo network as data: six Community Centers of Kabupaten Lombok Barat and their staff.
 *
 * Every place is a real desa/kecamatan with its Kemendagri code, looked up in core's copy of
 * idn-area-data (core/src/forum/villages.ts, ODbL): a name that is not there throws, so no place
 * is ever invented. People (contact persons, staff) are fictional; phone numbers use the
 * 0812-0000-xxxx block, which reads as a placeholder.
 */
import {
  CenterProfileSchema,
  LOMBOK_BARAT_VILLAGES,
  type CenterKindId,
  type CenterProfile,
  type LombokBaratVillage
} from '@buku/core';

export const KABUPATEN = { name: 'Lombok Barat', code: '52.01' } as const;

/** One password for every demo account; printed when the seed loads. Local stacks only. */
export const DEMO_PASSWORD = 'demo-buku-2026';
export const DEMO_EMAIL_DOMAIN = 'demo.buku.id';

/** A village of Lombok Barat by name; throws for a name core's list does not hold. */
export function village(name: string): LombokBaratVillage {
  const found = LOMBOK_BARAT_VILLAGES.find((v) => v.name === name);
  if (!found) throw new Error(`Not a village of Lombok Barat in idn-area-data: ${name}`);
  return found;
}

/** `52.01.14.2003` → `52.01.14` */
export const kecamatanCodeOf = (v: LombokBaratVillage) => v.code.split('.').slice(0, 3).join('.');

export interface DemoCenter {
  /** Document id `centers/{id}`; also the key of the `cc` claim. */
  id: string;
  /** Used in the staff emails: koordinator.<slug>@demo.buku.id */
  slug: string;
  profile: CenterProfile;
  /** The villages whose citizens come to this CC: its own first, then neighbours in its kecamatan. */
  villages: readonly LombokBaratVillage[];
  /** Fictional staff names. */
  koordinator: string;
  moderator: string;
}

interface CenterSpec {
  id: string;
  slug: string;
  name: string;
  code: string;
  kind: CenterKindId;
  desa: string;
  neighbours: string[];
  contactPerson: string;
  phone: string;
  koordinator: string;
  moderator: string;
}

const SPECS: CenterSpec[] = [
  {
    id: 'sandik',
    slug: 'sandik',
    name: 'CC Saling Anton',
    code: 'CC-SA',
    kind: 'cc',
    desa: 'Sandik',
    neighbours: ['Batulayar', 'Meninting', 'Senteluk', 'Lembah Sari'],
    contactPerson: 'Lalu Wiradana',
    phone: '0812-0000-1101',
    koordinator: 'Lalu Wiradana',
    moderator: 'Baiq Sukmawati'
  },
  {
    id: 'mambalan',
    slug: 'mambalan',
    name: 'Lembaga Adat Paer Mambal',
    code: 'LA-PM',
    kind: 'lembaga_adat',
    desa: 'Mambalan',
    neighbours: ['Gunungsari', 'Kekait', 'Midang', 'Penimbung'],
    contactPerson: 'Amaq Sahrudin',
    phone: '0812-0000-1102',
    koordinator: 'Amaq Sahrudin',
    moderator: 'Inaq Rohmawati'
  },
  {
    id: 'kebon-ayu',
    slug: 'kebonayu',
    name: 'CC Kebon Ayu',
    code: 'CC-KA',
    kind: 'cc',
    desa: 'Kebon Ayu',
    neighbours: ['Gerung Utara', 'Dasan Geres', 'Banyu Urip'],
    contactPerson: 'Hj. Nurhasanah',
    phone: '0812-0000-1103',
    koordinator: 'Nurhasanah',
    moderator: 'Muhammad Zulkarnaen'
  },
  {
    id: 'sesaot',
    slug: 'sesaot',
    name: 'CC Sesaot',
    code: 'CC-SST',
    kind: 'cc',
    desa: 'Sesaot',
    neighbours: ['Suranadi', 'Lebah Sempage', 'Buwun Sejati'],
    contactPerson: 'Rusdianto',
    phone: '0812-0000-1104',
    koordinator: 'Rusdianto',
    moderator: 'Sri Wahyuningsih'
  },
  {
    id: 'duman',
    slug: 'duman',
    name: 'CC Duman',
    code: 'CC-DM',
    kind: 'cc',
    desa: 'Duman',
    neighbours: ['Lingsar', 'Sigerongan', 'Langko'],
    contactPerson: 'Lalu Muhamad Fikri',
    phone: '0812-0000-1105',
    koordinator: 'Lalu Muhamad Fikri',
    moderator: 'Baiq Hikmatul Aini'
  },
  {
    id: 'pelangan',
    slug: 'pelangan',
    name: 'CC Pelangan',
    code: 'CC-PL',
    kind: 'cc',
    desa: 'Pelangan',
    neighbours: ['Sekotong Barat', 'Sekotong Tengah', 'Buwun Mas'],
    contactPerson: 'Supardi',
    phone: '0812-0000-1106',
    koordinator: 'Supardi',
    moderator: 'Rina Apriani'
  }
];

function centerOf(spec: CenterSpec): DemoCenter {
  const home = village(spec.desa);
  const neighbours = spec.neighbours.map(village);
  for (const n of neighbours)
    if (n.kecamatan !== home.kecamatan) throw new Error(`${n.name} is not in Kec. ${home.kecamatan}`);
  const profile = CenterProfileSchema.parse({
    name: spec.name,
    code: spec.code,
    kind: spec.kind,
    desa: home.name,
    desaCode: home.code,
    kecamatan: home.kecamatan,
    kecamatanCode: kecamatanCodeOf(home),
    kabupaten: KABUPATEN.name,
    kabupatenCode: KABUPATEN.code,
    contact: {
      person: spec.contactPerson,
      phone: spec.phone,
      email: `${spec.slug}@${DEMO_EMAIL_DOMAIN}`,
      address: `Sekretariat ${spec.name}, Desa ${home.name}, Kec. ${home.kecamatan}, ${KABUPATEN.name}`
    },
    active: true
  });
  return {
    id: spec.id,
    slug: spec.slug,
    profile,
    villages: [home, ...neighbours],
    koordinator: spec.koordinator,
    moderator: spec.moderator
  };
}

export const DEMO_CENTERS: readonly DemoCenter[] = SPECS.map(centerOf);

export function demoCenter(id: string): DemoCenter {
  const center = DEMO_CENTERS.find((c) => c.id === id);
  if (!center) throw new Error(`No demo CC ${id}`);
  return center;
}

// ───────────── accounts ─────────────

export type StaffRole = 'koordinator' | 'moderator';

/** Custom claims as docs/DATA-MODEL.md defines them. */
export type DemoClaims = { admin: true } | { cc: Record<string, StaffRole> } | Record<string, never>;

export interface DemoAccount {
  uid: string;
  email: string;
  displayName: string;
  claims: DemoClaims;
  /** What the account is for, for the printed list of logins. */
  label: string;
  /** The CC and role, for staff (mirrored in centers/{cc}/members/{uid}). */
  ccId?: string;
  role?: StaffRole;
}

export const ADMIN_UID = 'demo-admin';
/** A citizen with a full account, owner of a few web complaints ("my complaints"). */
export const CITIZEN_UID = 'demo-warga';

export function staffUid(ccId: string, role: StaffRole): string {
  return `demo-${role}-${ccId}`;
}

function staffAccounts(center: DemoCenter): DemoAccount[] {
  return (['koordinator', 'moderator'] as const).map((role) => ({
    uid: staffUid(center.id, role),
    email: `${role}.${center.slug}@${DEMO_EMAIL_DOMAIN}`,
    displayName: role === 'koordinator' ? center.koordinator : center.moderator,
    claims: { cc: { [center.id]: role } },
    label: `${role === 'koordinator' ? 'Koordinator' : 'Moderator'} ${center.profile.name}`,
    ccId: center.id,
    role
  }));
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    uid: ADMIN_UID,
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Admin Jaringan CC Lombok Barat',
    claims: { admin: true },
    label: 'Admin jaringan / network admin'
  },
  ...DEMO_CENTERS.flatMap(staffAccounts),
  {
    uid: CITIZEN_UID,
    email: `warga@${DEMO_EMAIL_DOMAIN}`,
    displayName: 'Baiq Marlina',
    claims: {},
    label: 'Warga (pelapor) / citizen'
  }
];
