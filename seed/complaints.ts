/**
 * Twelve months of complaints (December 2025 – November 2026, months in WITA) for the demo
 * network, with their case logs. Pure and deterministic: the same code gives the same book.
 *
 * The skeleton of each case — CC, day and hour of receipt, village, sector (Ombudsman NTB 2023
 * mix), provider, maladministration, channel, urgency, complainant traits and the moments it
 * was verified, followed up or referred, resolved or closed — comes from core's seeded
 * generator (core/src/forum/generator.ts). This module dresses it as what the product stores:
 * the intake as a citizen or staff member typed it, the complainant's contact, the case log
 * (every status move checked by core's workflow), register number and tracking code (core),
 * and the stored complaint record. Instants are ISO strings here; load.ts stores them as
 * Firestore timestamps.
 */
import {
  CaseEventSchema,
  CitizenComplaintSchema,
  ComplaintRecordSchema,
  StaffComplaintSchema,
  addCalendarDays,
  checkTransition,
  deadlinesFor,
  generateTrackingCode,
  generateYear,
  isLateFiling,
  isTerminal,
  monthOfInstant,
  noReplyDeadline,
  registerNumberFor,
  seededRandom,
  witaDate,
  witaStartOfDay,
  type ComplainantContact,
  type ComplaintRecord,
  type FollowUpActionId,
  type ForumRecord,
  type GeneratedCc,
  type LombokBaratVillage,
  type PrivacyId,
  type ReferralDestinationId,
  type RoleId,
  type StatusId
} from '@buku/core';
import { CITIZEN_UID, DEMO_CENTERS, staffUid, type DemoCenter, type StaffRole } from './network';
import * as T from './texts';

/** The seed of every random choice: change it and the whole book changes. */
export const SEED = 2026;
/** "Now" for the demo: 09:00 WITA on 1 December 2026. Nothing in the book happens later. */
export const SEED_NOW = '2026-12-01T01:00:00.000Z';
export const FIRST_MONTH = '2025-12';
export const LAST_MONTH = '2026-11';
/** Complaints per generated calendar year across the network; the 12 months keep ~800. */
export const COMPLAINTS_PER_YEAR = 800;

export type StoredInstant = string;

/** A log entry as stored (`…/log/{id}`): core's event plus `visibility` on every entry. */
export interface SeededLogEntry {
  id: string;
  data: Record<string, unknown> & { type: string; at: StoredInstant; visibility: 'publik' | 'internal' };
}

export interface SeededComplaint {
  id: string;
  ccId: string;
  /** What was typed in: a CitizenComplaintSchema or StaffComplaintSchema input (with contact). */
  intake: Record<string, unknown>;
  /** The stored complaint document, validated by ComplaintRecordSchema (ISO instants). */
  record: ComplaintRecord;
  /** Stored beside the record's fields (DATA-MODEL.md): who typed it in, which log entry moved it last. */
  extra: { recordedBy?: string; statusEntryId?: string; updatedAt: StoredInstant };
  contact: ComplainantContact;
  log: SeededLogEntry[];
}

// ───────────── randomness ─────────────

/** FNV-1a: a stable 32-bit seed per complaint, so one case's text never shifts another's. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

interface Rng {
  next: () => number;
  pick: T.Pick;
  chance: (p: number) => boolean;
  int: (min: number, max: number) => number;
}

function rngOf(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    pick: <I>(items: readonly I[]) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    int: (min, max) => min + Math.floor(next() * (max - min + 1))
  };
}

// ───────────── the skeleton from core's generator ─────────────

function generatedCcs(): GeneratedCc[] {
  return DEMO_CENTERS.map((c) => ({
    id: c.id,
    name: c.profile.name,
    village: c.villages[0]!,
    villages: c.villages
  }));
}

/**
 * Core's generator works in calendar years; the demo year runs December to November, so it is
 * taken from two generated years (same seed, so each CC keeps its share) and cut to the months.
 */
export function skeletons(): ForumRecord[] {
  const ccs = generatedCcs();
  const asOf = Date.parse(SEED_NOW);
  const records: ForumRecord[] = [];
  for (const year of [2025, 2026]) {
    for (const record of generateYear({ seed: SEED, year, ccs, total: COMPLAINTS_PER_YEAR, asOf })) {
      const month = monthOfInstant(Date.parse(String(record.receivedAt)));
      if (month >= FIRST_MONTH && month <= LAST_MONTH) records.push(record);
    }
  }
  return records;
}

// ───────────── helpers ─────────────

const iso = (ms: number) => new Date(ms).toISOString();
const ms = (instant: string | number | undefined) =>
  instant === undefined ? undefined : typeof instant === 'number' ? instant : Date.parse(instant);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The generator writes providers as volunteers type them; a citizen's own text reads normally. */
function readableProvider(name: string): string {
  const trimmed = name.replace(/\.$/, '');
  if (trimmed !== trimmed.toUpperCase() && trimmed !== trimmed.toLowerCase()) return trimmed;
  return trimmed
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\b(Sd|Smp|Rsud|Pdam|Pln|Up3|Bpjs|Dpmptsp|Pupr|Bkpsdm|Pkm|Sdn)\b/g, (w) => w.toUpperCase());
}

const isVillageOffice = (provider: string) => /kantor desa/i.test(provider);

type Referral = { destination: ReferralDestinationId; destinationName?: string; externalTicketId?: string };
type LogContent = { type: string } & Record<string, unknown>;

function referralFor(
  rng: Rng,
  sector: string,
  provider: string,
  village: LombokBaratVillage,
  at: number
): Referral {
  const roll = rng.next();
  const [year, month] = witaDate(new Date(at)).split('-');
  if (roll < 0.35)
    return {
      destination: 'lapor',
      destinationName: 'SP4N-LAPOR! Kabupaten Lombok Barat',
      externalTicketId: String(rng.int(4_000_000, 4_999_999))
    };
  if (roll < 0.5)
    return {
      destination: 'ombudsman',
      destinationName: 'Ombudsman RI Perwakilan NTB',
      externalTicketId: `${String(rng.int(1, 480)).padStart(4, '0')}/LM/${Number(month)}/${year}/MTR`
    };
  if (roll < 0.65 && (isVillageOffice(provider) || sector === 'pemerintahan_desa'))
    return { destination: 'kepala_desa', destinationName: `Kepala Desa ${village.name}` };
  if (roll < 0.93) return { destination: 'penyelenggara', destinationName: provider };
  return { destination: 'lainnya', destinationName: 'Inspektorat Kabupaten Lombok Barat' };
}

// ───────────── one case ─────────────

class CaseBuilder {
  readonly log: SeededLogEntry[] = [];
  status: StatusId = 'diterima';
  statusEntryId: string | undefined;
  statusChangedAt: string;
  verifiedAt: string | undefined;
  firstFollowUpAt: string | undefined;
  closedAt: string | undefined;
  awaitingReplySince: string | undefined;
  private last: number;

  constructor(
    readonly center: DemoCenter,
    readonly reporterUid: string | undefined,
    receivedAt: number
  ) {
    this.statusChangedAt = iso(receivedAt);
    this.last = receivedAt;
  }

  /** Entries keep time order: one written "at" an earlier moment moves just after the last. */
  private when(at: number): number {
    const t = Math.max(at, this.last + MINUTE);
    this.last = t;
    return t;
  }

  private actor(role: RoleId): { actorRole: RoleId; actorUid?: string } {
    if (role === 'sistem') return { actorRole: role };
    if (role === 'warga')
      return this.reporterUid ? { actorRole: role, actorUid: this.reporterUid } : { actorRole: role };
    return { actorRole: role, actorUid: staffUid(this.center.id, role as StaffRole) };
  }

  add(at: number, role: RoleId, entry: LogContent, visibility: 'publik' | 'internal'): number {
    const t = this.when(at);
    this.push(t, role, entry, visibility);
    return t;
  }

  private push(t: number, role: RoleId, entry: LogContent, visibility: 'publik' | 'internal') {
    const data: SeededLogEntry['data'] = { ...entry, at: iso(t), ...this.actor(role), visibility };
    // Every entry must be one core accepts.
    CaseEventSchema.parse(data);
    this.log.push({ id: `l${String(this.log.length + 1).padStart(2, '0')}`, data });
  }

  /** A status move, checked by core's workflow with what the step requires. */
  move(
    to: StatusId,
    at: number,
    role: RoleId,
    payload: { reason?: string; outcome?: string; referral?: Referral } = {}
  ): number {
    const t = this.when(at);
    const check = checkTransition({
      from: this.status,
      to,
      role,
      payload: { ...payload, awaitingReplySince: this.awaitingReplySince, now: new Date(t) }
    });
    if (!check.ok)
      throw new Error(`${this.center.id}: ${this.status} → ${to} by ${role}: ${check.reason.en}`);
    this.push(t, role, { type: 'perubahan_status', from: this.status, to, ...payload }, 'publik');
    this.status = to;
    this.statusEntryId = this.log[this.log.length - 1]!.id;
    this.statusChangedAt = iso(t);
    if (to === 'diverifikasi') this.verifiedAt ??= iso(t);
    if (to === 'ditindaklanjuti' || to === 'dirujuk') this.firstFollowUpAt ??= iso(t);
    if (isTerminal(to)) this.closedAt = iso(t);
    return t;
  }
}

/**
 * An instant about a fraction of the way from a to b, moved into office hours (08:00–17:00
 * WITA) of its day, on the minute: CC staff do not write case notes at 3 a.m.
 */
function between(a: number, b: number, f: number): number {
  const t = a + (b - a) * f;
  const dayStart = witaStartOfDay(witaDate(new Date(t))).getTime();
  const office = dayStart + 8 * HOUR + ((t - dayStart) / (24 * HOUR)) * 9 * HOUR;
  return Math.floor(office / MINUTE) * MINUTE;
}

function buildComplaint(
  skeleton: ForumRecord,
  center: DemoCenter,
  sequence: number,
  trackingCode: string,
  citizenAccountTurn: boolean
): SeededComplaint {
  const received = ms(skeleton.receivedAt)!;
  const receivedIso = iso(received);
  const receivedDay = witaDate(new Date(received));
  const year = Number(receivedDay.slice(0, 4));
  const id = `${center.id}-${year}-${String(sequence).padStart(4, '0')}`;
  const rng = rngOf(hash(`${SEED}:${id}`));
  const village = center.villages.find((v) => v.name === skeleton.desa) ?? center.villages[0]!;
  const provider = readableProvider(skeleton.provider);
  const channel = skeleton.channel ?? 'datang_langsung';
  const web = channel === 'web';
  const maladministration = skeleton.maladministration ?? 'lainnya';

  // What the citizen says.
  const lateFiling = rng.chance(0.07);
  const occurredAt = addCalendarDays(
    receivedDay,
    lateFiling ? -rng.int(31, 75) : -Math.floor(rng.next() ** 2 * 21)
  );
  const values = {
    provider,
    desa: village.name,
    tanggal: T.tanggal(occurredAt),
    n: String(rng.int(3, 6)),
    biaya: rng.pick(['50.000', '100.000', '150.000', '200.000', '250.000', '500.000'])
  };
  const chronology = [
    T.fill(rng.pick(T.SITUATIONS[skeleton.sector]), values),
    T.fill(rng.pick(T.WHAT_WENT_WRONG[maladministration]), values),
    ...(rng.chance(0.55) ? [rng.pick(T.CONSEQUENCES)] : [])
  ].join(' ');
  const remedyWanted = [
    rng.pick(T.REMEDIES[skeleton.sector]),
    ...(rng.chance(0.35) ? [rng.pick(T.EXTRA_REMEDIES)] : [])
  ].join(' ');
  const privacyRoll = rng.next();
  const privacy: PrivacyId = privacyRoll < 0.55 ? 'publik' : privacyRoll < 0.9 ? 'anonim' : 'rahasia';

  // Who says it (fictional).
  const nameless = channel === 'kotak_pengaduan' && rng.chance(0.5);
  const gender = skeleton.gender;
  const nameGender =
    gender === 'perempuan' || gender === 'laki_laki' ? gender : rng.pick(['perempuan', 'laki_laki'] as const);
  const contactInput: Record<string, unknown> = {};
  if (!nameless) {
    contactInput.name = T.fictionalName(rng.pick, nameGender);
    if (rng.chance(0.85)) contactInput.phone = `0812-0000-${rng.int(2000, 9999)}`;
    if (rng.chance(0.6))
      contactInput.address = `RT ${String(rng.int(1, 9)).padStart(2, '0')}, Desa ${village.name}`;
  }
  if (gender) contactInput.gender = gender;
  if (skeleton.ageGroup) contactInput.ageGroup = skeleton.ageGroup;
  if (skeleton.disabilities?.length) contactInput.disabilities = [...skeleton.disabilities];
  const consentToContact =
    !nameless && (contactInput.phone !== undefined || contactInput.address !== undefined) && rng.chance(0.9);

  const reporterUid = web
    ? citizenAccountTurn
      ? CITIZEN_UID
      : rng.chance(0.8)
        ? `anon${hash(id).toString(36)}${hash(`${id}:uid`).toString(36)}`
        : undefined
    : undefined;
  const recorder: StaffRole = rng.chance(0.75) ? 'moderator' : 'koordinator';

  const fields = {
    ccId: center.id,
    sector: skeleton.sector,
    providerName: skeleton.provider,
    maladministrationType: maladministration,
    location: { desa: village.name, desaCode: village.code },
    chronology,
    remedyWanted,
    occurredAt,
    peopleAffected: skeleton.peopleAffected ?? 1,
    urgency: skeleton.urgency ?? 'biasa',
    consentToContact,
    privacy
  };
  let staffNote: string | undefined;
  if (!web && isLateFiling(occurredAt, receivedDay)) staffNote = rng.pick(T.LATE_FILING_NOTES);
  else if (!web && rng.chance(0.1))
    staffNote = rng.pick([
      'Pelapor datang bersama kepala dusun.',
      'Disampaikan saat pertemuan warga di balai desa.',
      'Pelapor meminta dihubungi sore hari.'
    ]);
  const intake: Record<string, unknown> = web
    ? { ...fields, channel, contact: contactInput }
    : {
        ...fields,
        channel,
        receivedAt: receivedDay,
        ...(staffNote ? { staffNote } : {}),
        contact: contactInput
      };
  const parsed = web ? CitizenComplaintSchema.parse(intake) : StaffComplaintSchema.parse(intake);
  const contact = parsed.contact;

  // The case's life, along the moments the generator chose.
  const life = new CaseBuilder(center, reporterUid, received);
  const staff = (): StaffRole => (rng.chance(0.7) ? 'moderator' : 'koordinator');
  const rejectedAt = ms(skeleton.rejectedAt);
  const verifiedAt = ms(skeleton.verifiedAt);
  const referredAt = ms(skeleton.referredAt);
  const followedAt = ms(skeleton.followedUpAt) ?? referredAt;
  const endAt = ms(skeleton.resolvedAt) ?? ms(skeleton.closedAt);
  const now = Date.parse(SEED_NOW);

  if (rejectedAt !== undefined) {
    life.move('ditolak', rejectedAt, 'koordinator', { reason: rng.pick(T.REJECTION_REASONS) });
  }
  if (verifiedAt !== undefined) {
    life.move('diverifikasi', verifiedAt, staff());
    if (rng.chance(0.25))
      life.add(
        verifiedAt + 30 * MINUTE,
        staff(),
        {
          type: 'pembaruan_publik',
          text: 'Pengaduan Anda sudah kami verifikasi dan masuk buku pengaduan CC.'
        },
        'publik'
      );
  }
  if (verifiedAt !== undefined && followedAt === undefined && rng.chance(0.3)) {
    life.add(
      between(verifiedAt, now, 0.2),
      staff(),
      { type: 'catatan_internal', text: rng.pick(T.INTERNAL_NOTES) },
      'internal'
    );
  }

  if (followedAt !== undefined) {
    const referral = referralFor(rng, skeleton.sector, provider, village, followedAt);
    if (referredAt !== undefined) {
      life.move('dirujuk', referredAt, 'koordinator', { referral });
    } else {
      life.move('ditindaklanjuti', followedAt, staff());
      const action = rng.pick<FollowUpActionId>(['kunjungan', 'kunjungan', 'surat', 'pertemuan']);
      life.add(
        followedAt + 5 * MINUTE,
        staff(),
        {
          type: 'tindak_lanjut',
          action,
          date: witaDate(new Date(followedAt)),
          note: T.fill(rng.pick(T.FOLLOW_UP_NOTES[action]), values)
        },
        rng.chance(0.6) ? 'publik' : 'internal'
      );
    }

    const horizon = endAt ?? now;
    const closing = skeleton.closedAt !== undefined;
    // A case closed for silence: the CC asked something and got no answer for 10 working days.
    let closeAt: number | undefined;
    if (closing) {
      const asked = life.add(
        between(followedAt, horizon, 0.1),
        staff(),
        { type: 'pembaruan_publik', text: rng.pick(T.INFORMATION_REQUESTS) },
        'publik'
      );
      life.awaitingReplySince = iso(asked);
      // 09:00 WITA on the working day after the last day of waiting, or later.
      const due = noReplyDeadline(iso(asked)).dueAt.getTime() + 9 * HOUR + 1;
      closeAt = Math.max(endAt ?? 0, due);
    }

    // The middle of the case: accompaniment, notes, updates, a referral that comes back.
    const middle = rng.int(0, 3);
    for (let k = 0; k < middle; k++) {
      const at = between(
        followedAt,
        closing ? Math.min(horizon, closeAt!) : horizon,
        0.2 + (0.6 * (k + 1)) / (middle + 1)
      );
      const kind = rng.next();
      if (kind < 0.3)
        life.add(
          at,
          staff(),
          {
            type: 'pendampingan',
            date: witaDate(new Date(at)),
            note: T.fill(rng.pick(T.ACCOMPANIMENT_NOTES), values)
          },
          rng.chance(0.5) ? 'publik' : 'internal'
        );
      else if (kind < 0.5)
        life.add(at, staff(), { type: 'catatan_internal', text: rng.pick(T.INTERNAL_NOTES) }, 'internal');
      else if (kind < 0.7)
        life.add(
          at,
          staff(),
          { type: 'pembaruan_publik', text: T.fill(rng.pick(T.PUBLIC_UPDATES), values) },
          'publik'
        );
      else if (kind < 0.85 && !closing && life.status === 'ditindaklanjuti') {
        const onward = referralFor(rng, skeleton.sector, provider, village, at);
        life.move('dirujuk', at, 'koordinator', { referral: onward });
        if (rng.chance(0.5)) life.move('ditindaklanjuti', between(at, horizon, 0.5), staff(), {});
      } else if (kind < 0.93 && !closing)
        life.add(
          at,
          staff(),
          {
            type: 'rujukan',
            ...referralFor(rng, skeleton.sector, provider, village, at),
            date: witaDate(new Date(at)),
            note: 'Tembusan disampaikan agar ikut memantau penyelesaian.'
          },
          'internal'
        );
      else if (web && reporterUid && !closing)
        life.add(
          at,
          'warga',
          { type: 'tanggapan_pelapor', kind: 'tambahan', text: rng.pick(T.COMPLAINANT_ADDITIONS) },
          'publik'
        );
    }

    // An open case where the CC is waiting for, or has had, the complainant's answer.
    if (!endAt && !closing && rng.chance(0.25)) {
      const asked = life.add(
        between(followedAt, now, 0.85),
        staff(),
        { type: 'pembaruan_publik', text: rng.pick(T.INFORMATION_REQUESTS) },
        'publik'
      );
      life.awaitingReplySince = iso(asked);
      if (rng.chance(0.5)) {
        const answered = between(asked, now, 0.5);
        if (web && reporterUid)
          life.add(
            answered,
            'warga',
            { type: 'tanggapan_pelapor', kind: 'jawaban', text: rng.pick(T.COMPLAINANT_ANSWERS) },
            'publik'
          );
        else
          life.add(
            answered,
            staff(),
            {
              type: 'catatan_internal',
              text: `Pelapor menjawab lewat telepon: ${rng.pick(T.COMPLAINANT_ANSWERS)}`
            },
            'internal'
          );
        life.awaitingReplySince = undefined;
      }
    }

    if (skeleton.resolvedAt !== undefined) {
      const outcome = rng.pick(T.OUTCOMES[skeleton.sector]);
      if (web && reporterUid && rng.chance(0.4)) {
        life.move('selesai', endAt!, 'warga', { outcome: `Masalah saya sudah selesai. ${outcome}` });
      } else {
        if (web && reporterUid && rng.chance(0.4))
          life.add(
            endAt! - 30 * MINUTE,
            'warga',
            { type: 'tanggapan_pelapor', kind: 'konfirmasi_selesai', resolved: true },
            'publik'
          );
        life.move('selesai', endAt!, staff(), { outcome });
      }
    } else if (closeAt !== undefined && closeAt <= now) {
      life.move('ditutup_tanpa_tanggapan', closeAt, 'sistem');
    }
  }

  // A late web complaint is verified only with the staff's note saying why (core's workflow);
  // picked by sequence, not by the generator, so the rest of the demo network stays as it is.
  if (web && life.verifiedAt && isLateFiling(occurredAt, receivedDay))
    staffNote = T.LATE_FILING_NOTES[sequence % T.LATE_FILING_NOTES.length];
  const record = ComplaintRecordSchema.parse({
    ...fields,
    providerName: parsed.providerName,
    chronology: parsed.chronology,
    remedyWanted: parsed.remedyWanted,
    channel,
    status: life.status,
    receivedAt: receivedIso,
    ...(staffNote ? { staffNote } : {}),
    registerNumber: registerNumberFor(sequence, center.profile.code, receivedIso),
    trackingCode,
    statusChangedAt: life.statusChangedAt,
    ...(life.verifiedAt ? { verifiedAt: life.verifiedAt } : {}),
    ...(life.firstFollowUpAt ? { firstFollowUpAt: life.firstFollowUpAt } : {}),
    ...(life.closedAt ? { closedAt: life.closedAt } : {}),
    ...(life.awaitingReplySince ? { awaitingReplySince: life.awaitingReplySince } : {}),
    deadlines: storedDeadlinesOf(receivedIso, life.verifiedAt),
    ...(reporterUid ? { reporterUid } : {})
  });
  const lastAt = life.log.length > 0 ? life.log[life.log.length - 1]!.data.at : receivedIso;
  return {
    id,
    ccId: center.id,
    intake,
    record,
    extra: {
      ...(web ? {} : { recordedBy: staffUid(center.id, recorder) }),
      ...(life.statusEntryId ? { statusEntryId: life.statusEntryId } : {}),
      updatedAt: lastAt
    },
    contact,
    log: life.log
  };
}

/** Deadlines as functions store them: core's, counted from receipt (and verification, once done). */
export function storedDeadlinesOf(receivedAt: string, verifiedAt?: string) {
  const d = deadlinesFor(receivedAt, undefined, { verifiedAt });
  return {
    verifikasi: d.verifikasi.dueAt.toISOString(),
    tindak_lanjut: d.tindak_lanjut.dueAt.toISOString(),
    penyelesaian: d.penyelesaian.dueAt.toISOString()
  };
}

/** A fill for core's tracking-code generator drawn from the seeded stream. */
function seededBytes(next: () => number) {
  return (bytes: Uint8Array<ArrayBuffer>) => {
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(next() * 256);
    return bytes;
  };
}

/** How many web complaints of CC Saling Anton belong to the demo citizen account. */
export const CITIZEN_ACCOUNT_COMPLAINTS = 4;

/** The whole book of the demo network, CC by CC in register order. */
export function demoComplaints(): SeededComplaint[] {
  const byCenter = new Map<string, ForumRecord[]>();
  for (const skeleton of skeletons()) {
    const list = byCenter.get(skeleton.ccId) ?? [];
    list.push(skeleton);
    byCenter.set(skeleton.ccId, list);
  }
  const codes = new Set<string>();
  const codeStream = seededRandom(SEED ^ 0x7ac);
  const fill = seededBytes(codeStream);
  const complaints: SeededComplaint[] = [];
  for (const center of DEMO_CENTERS) {
    const list = (byCenter.get(center.id) ?? []).sort((a, b) => ms(a.receivedAt)! - ms(b.receivedAt)!);
    const sequences = new Map<number, number>();
    let citizenTurns = center.id === 'sandik' ? CITIZEN_ACCOUNT_COMPLAINTS : 0;
    // The demo citizen's complaints are the most recent web ones, so some are still open.
    const citizenFrom = list.filter((s) => s.channel === 'web').slice(-citizenTurns)[0];
    let citizenStarted = false;
    for (const skeleton of list) {
      const year = Number(witaDate(new Date(ms(skeleton.receivedAt)!)).slice(0, 4));
      const sequence = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, sequence);
      let code = generateTrackingCode(fill);
      while (codes.has(code)) code = generateTrackingCode(fill);
      codes.add(code);
      if (skeleton === citizenFrom) citizenStarted = true;
      const citizen = citizenStarted && skeleton.channel === 'web' && citizenTurns > 0;
      if (citizen) citizenTurns--;
      complaints.push(buildComplaint(skeleton, center, sequence, code, citizen));
    }
  }
  return complaints;
}

/** The last register number per CC and year, as functions keep it in `counters/{year}`. */
export function registerCounters(complaints: readonly SeededComplaint[]): Map<string, Map<number, number>> {
  const counters = new Map<string, Map<number, number>>();
  for (const c of complaints) {
    const [sequence, , , year] = c.record.registerNumber!.split('/');
    const perYear = counters.get(c.ccId) ?? new Map<number, number>();
    perYear.set(Number(year), Math.max(perYear.get(Number(year)) ?? 0, Number(sequence)));
    counters.set(c.ccId, perYear);
  }
  return counters;
}
