import { describe, expect, it } from 'vitest';
import {
  CaseEventSchema,
  CitizenComplaintSchema,
  ComplainantContactSchema,
  ComplaintRecordSchema,
  LOMBOK_BARAT_VILLAGES,
  NTB_2023_SECTOR_MIX,
  STATUS_IDS,
  StaffComplaintSchema,
  checkTransition,
  isCanonicalRegisterNumber,
  isLateFiling,
  isTerminal,
  mayCloseWithoutReply,
  monthOfInstant,
  overdueStages,
  parseTrackingCode,
  type StatusId
} from '@buku/core';
import { CITIZEN_ACCOUNT_COMPLAINTS, SEED_NOW, demoComplaints } from './complaints';
import { CITIZEN_UID, DEMO_CENTERS, staffUid } from './network';

const complaints = demoComplaints();
const now = new Date(SEED_NOW);

describe('the demo book', () => {
  it('is moderate in size and spans December 2025 to November 2026 in every CC', () => {
    expect(complaints.length).toBeGreaterThanOrEqual(600);
    expect(complaints.length).toBeLessThanOrEqual(900);
    const months = new Set(complaints.map((c) => monthOfInstant(Date.parse(c.record.receivedAt))));
    expect([...months].sort()).toEqual([
      '2025-12',
      ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)
    ]);
    for (const center of DEMO_CENTERS) {
      const own = complaints.filter((c) => c.ccId === center.id);
      expect(own.length, center.id).toBeGreaterThan(50);
    }
  });

  it('validates against core: intake, stored record, contact and every log entry', () => {
    for (const c of complaints) {
      const intake = c.record.channel === 'web' ? CitizenComplaintSchema : StaffComplaintSchema;
      expect(intake.safeParse(c.intake).success, c.id).toBe(true);
      expect(ComplaintRecordSchema.safeParse(c.record).success, c.id).toBe(true);
      expect(ComplainantContactSchema.safeParse(c.contact).success, c.id).toBe(true);
      for (const entry of c.log)
        expect(CaseEventSchema.safeParse(entry.data).success, `${c.id}/${entry.id}`).toBe(true);
    }
  });

  it('follows the Ombudsman NTB 2023 sector mix within 3 points', () => {
    const weight = NTB_2023_SECTOR_MIX.reduce((sum, [, w]) => sum + w, 0);
    // The seven substances Ombudsman NTB reported; the rest is our spread (core's generator).
    for (const [sector, w] of NTB_2023_SECTOR_MIX.slice(0, 7)) {
      const share = complaints.filter((c) => c.record.sector === sector).length / complaints.length;
      expect(Math.abs(share - w / weight), sector).toBeLessThan(0.03);
    }
    const count = (sector: string) => complaints.filter((c) => c.record.sector === sector).length;
    expect(count('kesejahteraan_sosial')).toBeGreaterThan(count('pertanahan'));
    expect(count('pertanahan')).toBeGreaterThan(count('administrasi_kependudukan'));
    expect(count('administrasi_kependudukan')).toBeGreaterThan(count('kesehatan'));
  });

  it('has cases at every workflow stage, and every kind of log entry, public and internal', () => {
    const statuses = new Set(complaints.map((c) => c.record.status));
    expect([...statuses].sort()).toEqual([...STATUS_IDS].sort());
    for (const status of STATUS_IDS)
      expect(complaints.filter((c) => c.record.status === status).length, status).toBeGreaterThanOrEqual(5);
    const kinds = new Set(complaints.flatMap((c) => c.log.map((e) => `${e.data.type}/${e.data.visibility}`)));
    for (const kind of [
      'perubahan_status/publik',
      'tindak_lanjut/publik',
      'tindak_lanjut/internal',
      'pendampingan/publik',
      'pendampingan/internal',
      'rujukan/internal',
      'pembaruan_publik/publik',
      'catatan_internal/internal',
      'tanggapan_pelapor/publik'
    ])
      expect(kinds.has(kind), kind).toBe(true);
  });

  it('has overdue cases at each stage, and open cases still on time', () => {
    const overdue = complaints.map((c) => overdueStages(c.record, now).map((s) => s.stage));
    const stages = new Set(overdue.flat());
    expect([...stages].sort()).toEqual(['penyelesaian', 'tindak_lanjut', 'verifikasi']);
    const open = complaints.filter((c) => !isTerminal(c.record.status));
    const onTime = open.filter((c) => overdueStages(c.record, now).length === 0);
    expect(onTime.length).toBeGreaterThan(10);
    expect(overdue.filter((s) => s.length > 0).length).toBeGreaterThan(20);
  });

  it('keeps each case log consistent with the record, move by move', () => {
    for (const c of complaints) {
      let status: StatusId = 'diterima';
      let last: string | undefined;
      let previousAt = c.record.receivedAt;
      for (const { id, data } of c.log) {
        expect(data.at >= previousAt, `${c.id}/${id} in time order`).toBe(true);
        expect(data.at <= SEED_NOW, `${c.id}/${id} not after the demo's now`).toBe(true);
        previousAt = data.at;
        if (data.type !== 'perubahan_status') continue;
        const event = CaseEventSchema.parse(data);
        if (event.type !== 'perubahan_status') continue;
        expect(event.from).toBe(status);
        const check = checkTransition({
          from: event.from,
          to: event.to,
          role: event.actorRole,
          payload: { ...event, awaitingReplySince: c.record.awaitingReplySince, now: new Date(event.at) }
        });
        expect(check.ok, `${c.id}/${id} ${event.from}→${event.to}`).toBe(true);
        if (event.actorRole === 'moderator' || event.actorRole === 'koordinator')
          expect(event.actorUid).toBe(staffUid(c.ccId, event.actorRole));
        if (event.actorRole === 'warga') expect(event.actorUid).toBe(c.record.reporterUid);
        status = event.to;
        last = id;
        if (event.to === 'diverifikasi') expect(c.record.verifiedAt).toBe(event.at);
        if (isTerminal(event.to)) expect(c.record.closedAt).toBe(event.at);
      }
      expect(c.record.status, c.id).toBe(status);
      expect(c.extra.statusEntryId).toBe(last);
      if (last) expect(c.record.statusChangedAt).toBe(c.log.find((e) => e.id === last)!.data.at);
      else expect(c.record.statusChangedAt).toBe(c.record.receivedAt);
    }
  });

  it('closes for silence only after 10 working days of an unanswered question', () => {
    const closed = complaints.filter((c) => c.record.status === 'ditutup_tanpa_tanggapan');
    expect(closed.length).toBeGreaterThan(5);
    for (const c of closed) {
      expect(c.record.awaitingReplySince, c.id).toBeDefined();
      expect(mayCloseWithoutReply(c.record.awaitingReplySince!, new Date(c.record.closedAt!))).toBe(true);
      const closing = c.log[c.log.length - 1]!.data;
      expect(closing).toMatchObject({
        type: 'perubahan_status',
        to: 'ditutup_tanpa_tanggapan',
        actorRole: 'sistem'
      });
    }
  });

  it('refers cases to LAPOR! and the Ombudsman with ticket ids', () => {
    const referrals = complaints.flatMap((c) =>
      c.log.flatMap((e) => {
        const referral = e.data.referral as { destination: string; externalTicketId?: string } | undefined;
        return referral ? [referral] : [];
      })
    );
    const lapor = referrals.filter((r) => r.destination === 'lapor');
    const ombudsman = referrals.filter((r) => r.destination === 'ombudsman');
    expect(lapor.length).toBeGreaterThan(5);
    expect(ombudsman.length).toBeGreaterThan(2);
    for (const r of lapor) expect(r.externalTicketId).toMatch(/^4\d{6}$/);
    for (const r of ombudsman) expect(r.externalTicketId).toMatch(/^\d{4}\/LM\/\d{1,2}\/20(25|26)\/MTR$/);
    expect(new Set(referrals.map((r) => r.destination)).size).toBe(5);
  });

  it('numbers each CC book per year without gaps, with valid, unique tracking codes', () => {
    for (const center of DEMO_CENTERS) {
      for (const year of [2025, 2026]) {
        const numbers = complaints
          .filter((c) => c.ccId === center.id && c.record.registerNumber!.endsWith(`/${year}`))
          .map((c) => c.record.registerNumber!);
        numbers.forEach((n, i) => {
          expect(isCanonicalRegisterNumber(n)).toBe(true);
          expect(n.startsWith(`${String(i + 1).padStart(3, '0')}/${center.profile.code}/`)).toBe(true);
        });
      }
    }
    const codes = complaints.map((c) => c.record.trackingCode);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(parseTrackingCode(code)).toMatchObject({ ok: true, code });
  });

  it('places every complaint in a real village of its CC’s kecamatan', () => {
    for (const c of complaints) {
      const center = DEMO_CENTERS.find((x) => x.id === c.ccId)!;
      const village = LOMBOK_BARAT_VILLAGES.find((v) => v.code === c.record.location.desaCode);
      expect(village?.name, c.id).toBe(c.record.location.desa);
      expect(village?.kecamatan).toBe(center.profile.kecamatan);
    }
  });

  it('writes case notes in the daytime (WITA) and reads naturally', () => {
    for (const c of complaints)
      for (const { data } of c.log) {
        const hour = (new Date(data.at).getUTCHours() + 8) % 24;
        expect(hour, `${c.id} ${data.at}`).toBeGreaterThanOrEqual(7);
        expect(hour, `${c.id} ${data.at}`).toBeLessThan(18);
      }
    const texts = complaints.flatMap((c) => [
      c.record.chronology,
      ...c.log.map((e) => String(e.data.note ?? e.data.text ?? ''))
    ]);
    expect(texts.filter((t) => /Desa Desa|\{\w+\}|undefined/.test(t))).toEqual([]);
  });

  it('reads as many different stories, with fictional contacts in the placeholder number block', () => {
    expect(new Set(complaints.map((c) => c.record.chronology)).size).toBeGreaterThan(complaints.length * 0.9);
    for (const c of complaints) {
      if (c.contact.phone) expect(c.contact.phone).toMatch(/^\+628120000\d{4}$/);
      if (c.record.consentToContact) expect(c.contact.phone ?? c.contact.address).toBeDefined();
    }
    expect(
      complaints.filter((c) => !c.contact.name).every((c) => c.record.channel === 'kotak_pengaduan')
    ).toBe(true);
  });

  it('gives the demo citizen account some of CC Saling Anton’s web complaints', () => {
    const mine = complaints.filter((c) => c.record.reporterUid === CITIZEN_UID);
    expect(mine.length).toBe(CITIZEN_ACCOUNT_COMPLAINTS);
    expect(mine.every((c) => c.ccId === 'sandik' && c.record.channel === 'web')).toBe(true);
    expect(mine.some((c) => !isTerminal(c.record.status))).toBe(true);
  });

  it('carries the staff note why on every late complaint that was verified', () => {
    const late = complaints.filter((c) =>
      isLateFiling(String(c.record.occurredAt).slice(0, 10), String(c.record.receivedAt).slice(0, 10))
    );
    const verified = late.filter((c) => c.record.verifiedAt !== undefined);
    expect(verified.length).toBeGreaterThan(10);
    expect(verified.filter((c) => !c.record.staffNote).map((c) => c.id)).toEqual([]);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(demoComplaints())).toBe(JSON.stringify(complaints));
  });
});
