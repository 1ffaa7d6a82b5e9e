import { describe, expect, it } from 'vitest';
import { ROLE_IDS, STATUS_IDS, STATUS_LABELS, TERMINAL_STATUSES, isTerminal } from './states';
import {
  TRANSITIONS,
  allowedActions,
  REQUIREMENT_LABELS,
  canTransition,
  checkTransition,
  filedLate,
  findTransition,
  type TransitionPayload
} from './transitions';

const now = new Date('2026-12-03T02:00:00Z');
/** A payload that satisfies every requirement. */
const complete: TransitionPayload = {
  reason: 'Bukan pelayanan publik: sengketa warisan antarkeluarga.',
  outcome: 'KTP-el pelapor sudah dicetak dan diterima.',
  referral: { destination: 'ombudsman', externalTicketId: '0123/LM/XII/2026' },
  awaitingReplySince: '2026-11-16T02:00:00Z', // 13 working days before `now`
  now,
  // Filed 40 days after the service, with the staff note that makes it acceptable.
  filing: { occurredAt: '2026-10-20', receivedAt: '2026-11-29T03:00:00Z' },
  staffNote: 'Pelapor baru pulang dari rawat inap di Mataram.'
};

describe('the workflow table', () => {
  it('labels every state in both languages', () => {
    for (const status of STATUS_IDS) {
      expect(STATUS_LABELS[status].id.length).toBeGreaterThan(0);
      expect(STATUS_LABELS[status].en.length).toBeGreaterThan(0);
    }
    expect(STATUS_LABELS.ditutup_tanpa_tanggapan).toEqual({
      id: 'Ditutup tanpa tanggapan pelapor',
      en: 'Closed without reply from the complainant'
    });
  });

  it('has three terminal states with no way out', () => {
    expect(TERMINAL_STATUSES).toEqual(['selesai', 'ditolak', 'ditutup_tanpa_tanggapan']);
    for (const status of TERMINAL_STATUSES) {
      expect(isTerminal(status)).toBe(true);
      expect(TRANSITIONS.filter((t) => t.from === status)).toEqual([]);
    }
  });

  it('lists each move once', () => {
    const keys = TRANSITIONS.map((t) => `${t.from}>${t.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('lets staff move a case along the main path and the complainant confirm it solved', () => {
    expect(canTransition('diterima', 'diverifikasi', 'moderator')).toBe(true);
    expect(canTransition('diverifikasi', 'ditindaklanjuti', 'koordinator')).toBe(true);
    expect(canTransition('ditindaklanjuti', 'dirujuk', 'admin')).toBe(true);
    expect(canTransition('dirujuk', 'selesai', 'moderator')).toBe(true);
    expect(canTransition('dirujuk', 'selesai', 'warga')).toBe(true);
    expect(canTransition('diterima', 'diverifikasi', 'warga')).toBe(false);
    expect(canTransition('diterima', 'diverifikasi', 'sistem')).toBe(false);
    expect(canTransition('diterima', 'selesai', 'moderator')).toBe(false);
  });
});

describe('checkTransition', () => {
  it.each(TRANSITIONS.flatMap((t) => t.roles.map((role) => [t.from, t.to, role] as const)))(
    'allows %s → %s by %s with what it requires',
    (from, to, role) => {
      expect(checkTransition({ from, to, role, payload: complete })).toMatchObject({ ok: true });
    }
  );

  const forbidden = STATUS_IDS.flatMap((from) =>
    STATUS_IDS.flatMap((to) =>
      ROLE_IDS.filter((role) => !findTransition(from, to)?.roles.includes(role)).map(
        (role) => [from, to, role] as const
      )
    )
  );

  it.each(forbidden)('refuses %s → %s by %s, with a reason in both languages', (from, to, role) => {
    const result = checkTransition({ from, to, role, payload: complete });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason.id.length).toBeGreaterThan(10);
    expect(result.reason.en.length).toBeGreaterThan(10);
    const expectedCode =
      from === to
        ? 'same_state'
        : isTerminal(from)
          ? 'terminal'
          : findTransition(from, to)
            ? 'role_not_allowed'
            : 'no_such_transition';
    expect(result.code).toBe(expectedCode);
  });

  it('explains a refused move precisely', () => {
    expect(checkTransition({ from: 'diterima', to: 'dirujuk', role: 'admin' })).toEqual({
      ok: false,
      code: 'no_such_transition',
      reason: {
        id: 'Status tidak bisa berpindah dari "Diterima" ke "Dirujuk".',
        en: 'The status cannot move from "Received" to "Referred".'
      }
    });
    expect(checkTransition({ from: 'selesai', to: 'ditindaklanjuti', role: 'admin' })).toMatchObject({
      code: 'terminal',
      reason: { en: 'A complaint that is "Resolved" is closed and cannot change.' }
    });
    expect(checkTransition({ from: 'diterima', to: 'diverifikasi', role: 'warga' })).toMatchObject({
      code: 'role_not_allowed',
      reason: { id: 'Peran ini tidak boleh memindahkan status dari "Diterima" ke "Diverifikasi".' }
    });
  });

  it('needs a reason to reject', () => {
    for (const reason of [undefined, '', '  ', 'no']) {
      expect(
        checkTransition({ from: 'diverifikasi', to: 'ditolak', role: 'koordinator', payload: { reason } })
      ).toEqual({
        ok: false,
        code: 'needs_reason',
        reason: { id: 'Penolakan harus disertai alasan.', en: 'A rejection needs a reason.' }
      });
    }
  });

  it('needs an outcome to resolve, from staff and from the complainant', () => {
    for (const role of ['moderator', 'warga'] as const) {
      expect(checkTransition({ from: 'ditindaklanjuti', to: 'selesai', role, payload: {} })).toEqual({
        ok: false,
        code: 'needs_outcome',
        reason: { id: 'Penyelesaian harus disertai hasilnya.', en: 'A resolution needs an outcome.' }
      });
    }
  });

  it('needs a known destination to refer; the ticket id is optional', () => {
    const refer = (referral: TransitionPayload['referral']) =>
      checkTransition({ from: 'ditindaklanjuti', to: 'dirujuk', role: 'moderator', payload: { referral } });
    expect(refer(undefined)).toEqual({
      ok: false,
      code: 'needs_referral',
      reason: { id: 'Rujukan harus menyebut tujuannya.', en: 'A referral needs a destination.' }
    });
    expect(refer({ destination: 'bupati' })).toMatchObject({ ok: false, code: 'needs_referral' });
    expect(refer({ destination: 'kepala_desa' })).toMatchObject({ ok: true });
    expect(refer({ destination: 'lapor', externalTicketId: '5123456' })).toMatchObject({ ok: true });
  });

  it('closes without a reply only after 10 working days without an answer', () => {
    const close = (awaitingReplySince: string | undefined, at: string) =>
      checkTransition({
        from: 'diverifikasi',
        to: 'ditutup_tanpa_tanggapan',
        role: 'sistem',
        payload: { awaitingReplySince, now: new Date(at) }
      });
    const refused = {
      ok: false,
      code: 'reply_window_open',
      reason: {
        id: 'Pengaduan baru bisa ditutup setelah 10 hari kerja tanpa jawaban pelapor.',
        en: 'The complaint can only be closed after 10 working days without an answer from the complainant.'
      }
    };
    // Asked Mon 10 Aug 2026; with 17 and 25 August off, the 10th working day is 26 August.
    expect(close('2026-08-10T03:00:00Z', '2026-08-26T10:00:00Z')).toEqual(refused);
    expect(close('2026-08-10T03:00:00Z', '2026-08-27T01:00:00Z')).toMatchObject({ ok: true });
    expect(close(undefined, '2026-12-01T01:00:00Z')).toEqual(refused);
  });
});

describe('verifying a complaint filed late', () => {
  const verify = (payload: TransitionPayload) =>
    checkTransition({ from: 'diterima', to: 'diverifikasi', role: 'moderator', payload });
  const refused = {
    ok: false,
    code: 'needs_late_note',
    reason: {
      id: 'Pelayanan terjadi lebih dari 30 hari sebelum pengaduan diterima: tulis catatan staf yang menjelaskan mengapa tetap ditangani (UU 25/2009 pasal 42).',
      en: 'The service took place more than 30 days before the complaint was received: add a staff note explaining why it is taken up (Law 25/2009 art. 42).'
    }
  };
  const late = { occurredAt: '2026-10-01', receivedAt: '2026-11-20T01:00:00Z' };

  it('needs a staff note when the service was more than 30 days before receipt', () => {
    expect(verify({ filing: late })).toEqual(refused);
    for (const staffNote of ['', '   ', 'ok']) expect(verify({ filing: late, staffNote })).toEqual(refused);
    expect(verify({ filing: late, staffNote: 'Pelapor sakit selama sebulan.' })).toMatchObject({ ok: true });
  });

  it('needs nothing when the complaint came within 30 days', () => {
    expect(
      verify({ filing: { occurredAt: '2026-11-01', receivedAt: '2026-11-20T01:00:00Z' } })
    ).toMatchObject({
      ok: true
    });
  });

  it("counts days to the WITA day of receipt, as core's isLateFiling does", () => {
    // 1 Dec 2026 23:59 WITA is day 30 after 1 Nov; 00:30 WITA on 2 Dec is day 31.
    expect(filedLate({ occurredAt: '2026-11-01', receivedAt: '2026-12-01T15:59:00Z' })).toBe(false);
    expect(filedLate({ occurredAt: '2026-11-01', receivedAt: '2026-12-01T16:30:00Z' })).toBe(true);
    expect(filedLate({ occurredAt: '2026-11-01', receivedAt: new Date('2026-12-01T16:30:00Z') })).toBe(true);
    expect(filedLate({ occurredAt: '2026-11-01', receivedAt: '2026-12-02' })).toBe(true);
    expect(filedLate(undefined)).toBe(false);
    expect(filedLate({ occurredAt: 'kemarin', receivedAt: '2026-12-02' })).toBe(false);
  });

  it('asks nothing of the other moves out of "diterima"', () => {
    expect(
      checkTransition({
        from: 'diterima',
        to: 'ditolak',
        role: 'moderator',
        payload: { filing: late, reason: 'Di luar layanan publik.' }
      })
    ).toMatchObject({ ok: true });
  });

  it('names the requirement in both languages', () => {
    expect(REQUIREMENT_LABELS.catatan_terlambat).toEqual({
      id: 'Catatan staf: mengapa pengaduan yang diajukan lebih dari 30 hari setelah pelayanan tetap ditangani',
      en: 'Staff note: why a complaint filed more than 30 days after the service is taken up'
    });
    expect(allowedActions('diterima', 'koordinator').find((a) => a.to === 'diverifikasi')?.requires).toEqual([
      'catatan_terlambat'
    ]);
  });
});

describe('allowedActions', () => {
  it('offers a moderator the moves from a verified complaint', () => {
    expect(allowedActions('diverifikasi', 'moderator').map((a) => [a.to, a.action.id, a.requires])).toEqual([
      ['ditindaklanjuti', 'Tindak lanjuti', []],
      ['dirujuk', 'Rujuk', ['tujuan_rujukan']],
      ['ditolak', 'Tolak', ['alasan']],
      ['ditutup_tanpa_tanggapan', 'Tutup: pelapor tidak menjawab', ['tanpa_tanggapan']]
    ]);
  });

  it('offers the complainant only to confirm the problem solved', () => {
    expect(allowedActions('dirujuk', 'warga')).toEqual([
      {
        to: 'selesai',
        action: { id: 'Masalah saya sudah selesai', en: 'My problem is solved' },
        requires: ['hasil']
      }
    ]);
  });

  it('offers the system only to close without a reply, and nothing on a closed case', () => {
    expect(allowedActions('ditindaklanjuti', 'sistem').map((a) => a.to)).toEqual(['ditutup_tanpa_tanggapan']);
    for (const role of ROLE_IDS) expect(allowedActions('ditolak', role)).toEqual([]);
  });
});
