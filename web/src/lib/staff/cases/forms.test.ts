import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  checkStatusMove,
  emptyEntryForm,
  emptyMoveForm,
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
