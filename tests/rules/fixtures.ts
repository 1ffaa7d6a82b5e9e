/**
 * The world every table case starts from, and valid documents to send. Limits come from core
 * so that a change there shows up here as a failing boundary case, not as silent drift.
 * Seeded instants are Dates (both SDKs store them as timestamps, as functions do: never ISO
 * strings); instants a client sends are serverTimestamp(), as the web app does. Deadlines are
 * keyed by core's stage ids.
 */
import { serverTimestamp } from 'firebase/firestore/lite';
import { COMPLAINT_LIMITS, STAGE_IDS, addCalendarDays, witaDate, type StageId } from '@buku/core';
import { UID } from './actors';
import type { Seed } from './harness';

export type Data = Record<string, unknown>;

export const L = COMPLAINT_LIMITS;

/** A copy without some keys. */
export function omit(data: Data, ...keys: string[]): Data {
  return Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key)));
}

/** A WITA calendar day relative to today. */
export function day(offset = 0): string {
  return addCalendarDays(witaDate(new Date()), offset);
}

export function daysAgo(days: number): Date {
  return new Date(Date.now() - days * 86_400_000);
}

/** Text of exactly `length` characters that reads like Indonesian (no edge whitespace). */
export function textOf(
  length: number,
  seed = 'Pelayanan KTP elektronik di kantor desa tertunda berbulan-bulan. '
): string {
  let text = '';
  while (text.length < length) text += seed;
  text = text.slice(0, length);
  return text.endsWith(' ') ? `${text.slice(0, -1)}x` : text;
}

export const paths = {
  center: (cc: string) => `centers/${cc}`,
  complaint: (cc: string, id: string) => `centers/${cc}/complaints/${id}`,
  contact: (cc: string, id: string) => `centers/${cc}/complaints/${id}/private/contact`,
  log: (cc: string, id: string, entry: string) => `centers/${cc}/complaints/${id}/log/${entry}`,
  logs: (cc: string, id: string) => `centers/${cc}/complaints/${id}/log`
};

// ───────────── tracking codes (core/tracking alphabet, 12 characters) ─────────────

export const CODE = {
  baru: 'K7QM2XR4TP9W',
  proses: 'HD3NB8VC6ZJA',
  mambalan: 'Q4WE7RT9YPAF',
  fresh: 'M2N3B4V5C6X7',
  impor: 'T9P4W2R7K3QM'
};

// ───────────── centers ─────────────

export function center(name: string, code: string, active = true): Data {
  return {
    name,
    code,
    kind: 'cc',
    desa: name.replace(/^CC /, ''),
    desaCode: '52.01.14.2003',
    kecamatan: 'Batulayar',
    kecamatanCode: '52.01.14',
    kabupaten: 'Lombok Barat',
    kabupatenCode: '52.01',
    contact: { person: 'Baiq Nurul', phone: '+6281234567890', address: 'Jl. Raya Senggigi' },
    active
  };
}

// ───────────── complaints ─────────────

/** What the citizen says (ComplaintFieldsSchema), without channel-specific fields. */
export function complaintFields(cc = 'sandik'): Data {
  return {
    ccId: cc,
    sector: 'administrasi_kependudukan',
    providerName: 'Dukcapil Lombok Barat',
    maladministrationType: 'penundaan_berlarut',
    location: { dusun: 'Sandik Barat', desa: 'Sandik', desaCode: '52.01.14.2003' },
    chronology: 'Saya mengurus KTP elektronik sejak tiga bulan lalu dan belum juga dicetak.',
    remedyWanted: 'KTP elektronik segera dicetak',
    occurredAt: day(-3),
    peopleAffected: 1,
    urgency: 'biasa',
    consentToContact: true,
    privacy: 'anonim'
  };
}

/** A complaint as the web form sends it (CitizenComplaintSchema minus the contact). */
export function citizenComplaint(overrides: Data = {}, cc = 'sandik'): Data {
  return {
    ...complaintFields(cc),
    channel: 'web',
    trackingCode: CODE.fresh,
    receivedAt: serverTimestamp(),
    ...overrides
  };
}

/** The contact document sent with it (NamedComplainantContactSchema). */
export function citizenContact(overrides: Data = {}): Data {
  return {
    name: 'Lalu Ahmad',
    phone: '+6281234567890',
    address: 'Dusun Sandik Barat RT 02',
    gender: 'laki_laki',
    ageGroup: '30_44',
    disabilities: ['fisik'],
    ...overrides
  };
}

/** A walk-in complaint typed in by staff (StaffComplaintSchema minus the contact). */
export function staffComplaint(recordedBy: string, overrides: Data = {}, cc = 'sandik'): Data {
  return {
    ...complaintFields(cc),
    channel: 'datang_langsung',
    trackingCode: CODE.fresh,
    receivedAt: daysAgo(1),
    staffNote: 'Pelapor datang ke sekretariat CC bersama anaknya.',
    recordedBy,
    ...overrides
  };
}

/**
 * Deadlines as functions store them (ComplaintDeadlinesSchema): one timestamp per stage of core,
 * given here in days from now (negative: past).
 */
export function deadlinesDue(daysFromNow: Record<StageId, number>): Data {
  return Object.fromEntries(STAGE_IDS.map((stage) => [stage, daysAgo(-daysFromNow[stage])]));
}

/** What the intake copies from the contact for the monthly forum (server-owned, on the complaint). */
export const FORUM_TRAITS: Data = { gender: 'laki_laki', ageGroup: '30_44', disability: true };

/** A complaint as stored after functions gave it a number, deadlines and forum traits. */
export function storedComplaint(cc: string, status: string, overrides: Data = {}): Data {
  return {
    ...complaintFields(cc),
    channel: 'web',
    trackingCode: CODE.baru,
    receivedAt: daysAgo(20),
    status,
    statusChangedAt: daysAgo(10),
    registerNumber: '012/CC-SA/XII/2026',
    deadlines: deadlinesDue({ verifikasi: -15, tindak_lanjut: -10, penyelesaian: 40 }),
    forumTraits: FORUM_TRAITS,
    updatedAt: daysAgo(10),
    ...overrides
  };
}

/** A row of a paper book brought in by functions' importBook (server-owned `importedFrom`). */
export function importedComplaint(cc: string, status: string, overrides: Data = {}): Data {
  return storedComplaint(cc, status, {
    channel: 'datang_langsung',
    privacy: 'rahasia',
    trackingCode: CODE.impor,
    registerNumber: '003/CC-SA/X/2026',
    importedFrom: { importId: 'buku-sandik-2026', line: 7 },
    forumTraits: { ...FORUM_TRAITS, urgencyUnrecorded: true },
    ...overrides
  });
}

// ───────────── case log ─────────────

export function entryBase(actorUid: string, actorRole: string, visibility = 'internal'): Data {
  return { at: serverTimestamp(), actorUid, actorRole, visibility };
}

export function followUp(actorUid: string, role = 'moderator', overrides: Data = {}): Data {
  return {
    ...entryBase(actorUid, role, 'publik'),
    type: 'tindak_lanjut',
    action: 'kunjungan',
    date: day(-1),
    note: 'Mendatangi kantor Dukcapil bersama pelapor.',
    ...overrides
  };
}

/** A status change entry carrying what every step may need. */
export function statusEntry(
  actorUid: string,
  role: string,
  from: string,
  to: string,
  overrides: Data = {}
): Data {
  const needs: Data = {};
  if (to === 'ditolak') needs.reason = 'Bukan pelayanan publik.';
  if (to === 'selesai') needs.outcome = 'KTP sudah dicetak dan diterima pelapor.';
  if (to === 'dirujuk') needs.referral = { destination: 'ombudsman', externalTicketId: 'ORI-2026-0042' };
  return {
    ...entryBase(actorUid, role, 'publik'),
    type: 'perubahan_status',
    from,
    to,
    ...needs,
    ...overrides
  };
}

export function reply(actorUid: string, overrides: Data = {}): Data {
  return {
    ...entryBase(actorUid, 'warga', 'publik'),
    type: 'tanggapan_pelapor',
    kind: 'tambahan',
    text: 'Petugas meminta saya datang lagi minggu depan.',
    ...overrides
  };
}

const seededEntry = (type: string, visibility: string, extra: Data): Data => ({
  at: daysAgo(5),
  actorUid: UID.modSandik,
  actorRole: 'moderator',
  visibility,
  type,
  ...extra
});

// ───────────── posts and meetings ─────────────

export function experience(overrides: Data = {}): Data {
  return {
    kind: 'pengalaman',
    status: 'menunggu_moderasi',
    title: 'Pelayanan cepat di Puskesmas',
    body: 'Saya dilayani dengan ramah dan obat tersedia, tidak dipungut biaya apa pun.',
    ccId: 'sandik',
    sector: 'kesehatan',
    experience: 'baik',
    createdAt: serverTimestamp(),
    ...overrides
  };
}

export function announcement(authorUid: string, overrides: Data = {}): Data {
  return {
    kind: 'pengumuman',
    status: 'terbit',
    title: 'Jadwal perekaman KTP keliling',
    body: 'Dukcapil membuka perekaman KTP elektronik keliling di kantor desa pada hari Sabtu.',
    ccId: 'sandik',
    authorUid,
    createdAt: serverTimestamp(),
    publishedAt: serverTimestamp(),
    ...overrides
  };
}

export function meeting(createdBy: string, overrides: Data = {}): Data {
  return {
    title: 'Dialog warga dengan Kepala Puskesmas',
    kind: 'dialog',
    date: day(7),
    place: 'Balai Desa Sandik',
    guests: ['Kepala Puskesmas Meninting'],
    ccId: 'sandik',
    status: 'draf',
    createdBy,
    ...overrides
  };
}

// ───────────── the seeded world ─────────────

export function baseWorld(): Seed {
  const contact = { name: 'Lalu Ahmad', phone: '+6281234567890', address: 'Dusun Sandik Barat' };
  return {
    'centers/sandik': center('CC Saling Anton', 'CC-SA'),
    'centers/mambalan': center('Lembaga Adat Paer Mambal', 'LA-PM'),
    'centers/tutup': center('CC Tutup', 'CC-TT', false),

    // warga1's complaints in sandik: new, in follow-up (waiting for their answer), resolved.
    [paths.complaint('sandik', 'c-baru')]: storedComplaint('sandik', 'diterima', { reporterUid: UID.warga1 }),
    [paths.contact('sandik', 'c-baru')]: contact,
    [paths.complaint('sandik', 'c-proses')]: storedComplaint('sandik', 'ditindaklanjuti', {
      reporterUid: UID.warga1,
      trackingCode: CODE.proses,
      awaitingReplySince: daysAgo(30)
    }),
    [paths.contact('sandik', 'c-proses')]: contact,
    [paths.log('sandik', 'c-proses', 'l-publik')]: seededEntry('tindak_lanjut', 'publik', {
      action: 'kunjungan',
      date: day(-5),
      note: 'Kunjungan ke Dukcapil.'
    }),
    [paths.log('sandik', 'c-proses', 'l-internal')]: seededEntry('catatan_internal', 'internal', {
      text: 'Petugas Dukcapil minta pelapor tidak disebut namanya.'
    }),
    [paths.complaint('sandik', 'c-selesai')]: storedComplaint('sandik', 'selesai', {
      reporterUid: UID.warga1,
      closedAt: daysAgo(2)
    }),
    [paths.contact('sandik', 'c-selesai')]: contact,
    // A walk-in complaint without an account behind it.
    [paths.complaint('sandik', 'c-walkin')]: storedComplaint('sandik', 'diverifikasi', {
      channel: 'datang_langsung',
      recordedBy: UID.modSandik
    }),
    [paths.contact('sandik', 'c-walkin')]: contact,

    // warga2's complaint in mambalan.
    [paths.complaint('mambalan', 'm-1')]: storedComplaint('mambalan', 'diverifikasi', {
      reporterUid: UID.warga2,
      trackingCode: CODE.mambalan
    }),
    [paths.contact('mambalan', 'm-1')]: { name: 'Baiq Rina', phone: '+6287765432100' },
    [paths.log('mambalan', 'm-1', 'l-1')]: seededEntry('pembaruan_publik', 'publik', {
      actorUid: UID.modMambalan,
      text: 'Sudah kami teruskan ke kepala desa.'
    }),

    // What functions write (functions/README.md), instants as timestamps like everywhere else.
    [`tracking/${CODE.baru}`]: {
      code: CODE.baru,
      ccId: 'sandik',
      complaintId: 'c-baru',
      status: 'diterima',
      open: true,
      receivedAt: daysAgo(20),
      statusChangedAt: daysAgo(10),
      closedAt: null,
      deadlines: deadlinesDue({ verifikasi: -15, tindak_lanjut: -10, penyelesaian: 40 }),
      log: [],
      updatedAt: daysAgo(10)
    },
    [`centers/sandik/members/${UID.modSandik}`]: {
      uid: UID.modSandik,
      role: 'moderator',
      name: 'Moderator Sandik',
      grantedBy: UID.koorSandik,
      grantedAt: daysAgo(60)
    },
    'centers/sandik/counters/2026': { last: 12, year: 2026, updatedAt: daysAgo(1) },
    'centers/sandik/stats/cases': {
      total: 4,
      open: 3,
      byStatus: { diterima: 1, ditindaklanjuti: 1, diverifikasi: 1, selesai: 1 },
      updatedAt: daysAgo(1)
    },
    'centers/sandik/monthly/2026-11': {
      month: '2026-11',
      ccId: 'sandik',
      received: 14,
      computedAt: daysAgo(2)
    },
    'forum/2026-11': { month: '2026-11', issues: [], computedAt: daysAgo(2) },
    'config/taxonomy': { version: 1 },
    'agendas/a-1': { title: 'Percepatan cetak KTP', month: '2026-11', status: 'aktif' },
    'posts/p-terbit': { ...announcement(UID.modSandik), createdAt: daysAgo(3), publishedAt: daysAgo(3) },
    'posts/p-menunggu': { ...experience({ authorUid: UID.warga1 }), createdAt: daysAgo(1) },
    'posts/p-jaringan': omit({ ...experience(), createdAt: daysAgo(1) }, 'ccId'),
    'meetings/m-terbit': meeting(UID.modSandik, { status: 'terbit', date: day(-7) }),
    'meetings/m-draf': meeting(UID.modSandik),
    'audit/x-1': { action: 'setRole', by: 'sistem', at: daysAgo(1) }
  };
}
