import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  checkStatusMove,
  emptyEntryForm,
  emptyMoveForm,
  needsLateNote,
  SERVER_TIME,
  statusMoveWrites,
  entryWrite,
  type Actor
} from './forms';

const moderator: Actor = { uid: 'mod-sandik', role: 'moderator' };
const now = new Date('2026-12-03T02:00:00Z');

describe('checkStatusMove', () => {
  it('gives the log entry of a plain move', () => {
    expect(checkStatusMove({ status: 'diterima' }, moderator, emptyMoveForm('diverifikasi'), now)).toEqual({
      ok: true,
      entry: {
        type: 'perubahan_status',
        from: 'diterima',
        to: 'diverifikasi',
        visibility: 'publik',
        actorRole: 'moderator',
        actorUid: 'mod-sandik'
      }
    });
  });

  it('asks for a reason to reject and keeps only the reason', () => {
    const form = { ...emptyMoveForm('ditolak'), reason: '  ', outcome: 'ignored' };
    expect(checkStatusMove({ status: 'diverifikasi' }, moderator, form, now)).toEqual({
      ok: false,
      messages: { reason: [{ id: 'Penolakan harus disertai alasan.', en: 'A rejection needs a reason.' }] }
    });
    const ok = checkStatusMove(
      { status: 'diverifikasi' },
      moderator,
      { ...form, reason: ' Sengketa warisan, bukan layanan publik. ' },
      now
    );
    expect(ok).toMatchObject({ ok: true, entry: { reason: 'Sengketa warisan, bukan layanan publik.' } });
    expect(ok.ok && 'outcome' in ok.entry).toBe(false);
  });

  it('asks for an outcome to resolve', () => {
    const refused = checkStatusMove({ status: 'ditindaklanjuti' }, moderator, emptyMoveForm('selesai'), now);
    expect(refused).toMatchObject({
      ok: false,
      messages: { outcome: [{ en: 'A resolution needs an outcome.' }] }
    });
  });

  it('asks for a referral destination, a name for "lainnya", and keeps the ticket id', () => {
    const base = { ...emptyMoveForm('dirujuk') };
    expect(checkStatusMove({ status: 'ditindaklanjuti' }, moderator, base, now)).toMatchObject({
      ok: false,
      messages: { 'referral.destination': [{ en: 'A referral needs a destination.' }] }
    });
    const other = checkStatusMove(
      { status: 'ditindaklanjuti' },
      moderator,
      { ...base, destination: 'lainnya' },
      now
    );
    expect(other.ok).toBe(false);
    if (!other.ok) expect(Object.keys(other.messages)).toEqual(['referral.destinationName']);
    expect(
      checkStatusMove(
        { status: 'ditindaklanjuti' },
        moderator,
        { ...base, destination: 'ombudsman', externalTicketId: ' 0123/LM/XII/2026 ' },
        now
      )
    ).toMatchObject({
      ok: true,
      entry: { to: 'dirujuk', referral: { destination: 'ombudsman', externalTicketId: '0123/LM/XII/2026' } }
    });
  });

  it('refuses what the workflow does not allow the role', () => {
    const refused = checkStatusMove({ status: 'diterima' }, moderator, emptyMoveForm('selesai'), now);
    expect(refused).toMatchObject({
      ok: false,
      messages: { '': [{ id: expect.stringContaining('Peran ini') }] }
    });
    // Closing for silence needs 10 working days of waiting (core counts them).
    const close = emptyMoveForm('ditutup_tanpa_tanggapan');
    expect(checkStatusMove({ status: 'diverifikasi' }, moderator, close, now).ok).toBe(false);
    expect(
      checkStatusMove(
        { status: 'diverifikasi', awaitingReplySince: '2026-11-10T02:00:00Z' },
        moderator,
        close,
        now
      ).ok
    ).toBe(true);
  });
});

describe('verifying a complaint filed late', () => {
  // Service on 1 Oct, received on 20 Nov 2026: 50 days, more than core's 30.
  const late = {
    status: 'diterima',
    occurredAt: '2026-10-01',
    receivedAt: '2026-11-20T01:00:00.000Z'
  } as const;
  const note = 'Pelapor dirawat di RSUD selama lima minggu.';

  it('knows which moves need the note', () => {
    expect(needsLateNote(late, 'diverifikasi')).toBe(true);
    expect(needsLateNote(late, 'ditolak')).toBe(false);
    expect(needsLateNote({ ...late, occurredAt: '2026-10-21' }, 'diverifikasi')).toBe(false);
    expect(needsLateNote({ status: 'diterima' }, 'diverifikasi')).toBe(false);
  });

  it('refuses to verify without a staff note, naming the field', () => {
    expect(checkStatusMove(late, moderator, emptyMoveForm('diverifikasi'), now)).toEqual({
      ok: false,
      messages: {
        staffNote: [
          {
            id: 'Pelayanan terjadi lebih dari 30 hari sebelum pengaduan diterima: tulis catatan staf yang menjelaskan mengapa tetap ditangani (UU 25/2009 pasal 42).',
            en: 'The service took place more than 30 days before the complaint was received: add a staff note explaining why it is taken up (Law 25/2009 art. 42).'
          }
        ]
      }
    });
  });

  it('writes the note on the complaint in the same batch', () => {
    const check = checkStatusMove(
      late,
      moderator,
      { ...emptyMoveForm('diverifikasi'), staffNote: ` ${note} ` },
      now
    );
    expect(check).toMatchObject({ ok: true, complaint: { staffNote: note }, entry: { to: 'diverifikasi' } });
    if (!check.ok) return;
    expect(statusMoveWrites('sandik', 'c1', 'e1', check.entry, check.complaint)[0]).toEqual({
      path: 'centers/sandik/complaints/c1',
      kind: 'update',
      data: { staffNote: note, status: 'diverifikasi', statusChangedAt: SERVER_TIME, statusEntryId: 'e1' }
    });
  });

  it('accepts the stored note as it is, without rewriting it', () => {
    const stored = { ...late, staffNote: note };
    const check = checkStatusMove(stored, moderator, emptyMoveForm('diverifikasi', note), now);
    expect(check.ok).toBe(true);
    expect(check.ok && check.complaint).toBeFalsy();
  });

  it("bounds the note by core's staff note length", () => {
    const check = checkStatusMove(
      late,
      moderator,
      { ...emptyMoveForm('diverifikasi'), staffNote: 'x'.repeat(1001) },
      now
    );
    expect(check).toMatchObject({
      ok: false,
      messages: { staffNote: [{ en: 'Too long: at most 1000 characters.' }] }
    });
  });
});

describe('statusMoveWrites', () => {
  it('is the complaint update and the log entry it names, both at server time', () => {
    const entry = { type: 'perubahan_status', from: 'diterima', to: 'diverifikasi', visibility: 'publik' };
    expect(statusMoveWrites('sandik', 'c1', 'e1', entry)).toEqual([
      {
        path: 'centers/sandik/complaints/c1',
        kind: 'update',
        data: { status: 'diverifikasi', statusChangedAt: SERVER_TIME, statusEntryId: 'e1' }
      },
      {
        path: 'centers/sandik/complaints/c1/log/e1',
        kind: 'set',
        data: { ...entry, at: SERVER_TIME }
      }
    ]);
  });
});

describe('checkEntry', () => {
  it('builds a follow-up with its day and visibility', () => {
    const form = {
      ...emptyEntryForm('tindak_lanjut', '2026-12-02'),
      action: 'kunjungan',
      note: ' Ke Puskesmas. '
    };
    expect(checkEntry(form, moderator, now)).toEqual({
      ok: true,
      entry: {
        type: 'tindak_lanjut',
        action: 'kunjungan',
        date: '2026-12-02',
        note: 'Ke Puskesmas.',
        visibility: 'internal',
        actorRole: 'moderator',
        actorUid: 'mod-sandik'
      }
    });
    expect(entryWrite('sandik', 'c1', 'e2', { type: 'x' })).toEqual({
      path: 'centers/sandik/complaints/c1/log/e2',
      kind: 'set',
      data: { type: 'x', at: SERVER_TIME }
    });
  });

  it('reports core messages per field', () => {
    const result = checkEntry(
      { ...emptyEntryForm('tindak_lanjut', '2999-01-01'), note: 'ok' },
      moderator,
      now
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.messages).sort()).toEqual(['action', 'date', 'note']);
  });

  it('makes a public update public and an internal note internal, whatever the form says', () => {
    const update = checkEntry(
      { ...emptyEntryForm('pembaruan_publik', ''), text: 'Sudah dikunjungi.' },
      moderator,
      now
    );
    expect(update).toMatchObject({ ok: true, entry: { type: 'pembaruan_publik', visibility: 'publik' } });
    const note = checkEntry(
      { ...emptyEntryForm('catatan_internal', ''), text: 'Telepon kepala desa.', visibility: 'publik' },
      moderator,
      now
    );
    expect(note).toMatchObject({ ok: true, entry: { type: 'catatan_internal', visibility: 'internal' } });
  });

  it('builds a referral without empty optional fields', () => {
    const result = checkEntry(
      { ...emptyEntryForm('rujukan', '2026-12-01'), destination: 'lapor', externalTicketId: '5123456' },
      moderator,
      now
    );
    expect(result).toEqual({
      ok: true,
      entry: {
        type: 'rujukan',
        destination: 'lapor',
        externalTicketId: '5123456',
        date: '2026-12-01',
        visibility: 'internal',
        actorRole: 'moderator',
        actorUid: 'mod-sandik'
      }
    });
  });
});
