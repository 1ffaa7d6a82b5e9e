// @vitest-environment happy-dom
/**
 * The status actions of a case: the buttons are core's allowedActions for the role, each asks for
 * what its step requires, and nothing is written until core's check passes.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintFromData } from '$lib/staff/cases/model';
import StatusActions from './StatusActions.svelte';

const { moveStatus } = vi.hoisted(() => ({
  moveStatus: vi.fn(async (..._args: unknown[]) => 'entry-1')
}));
vi.mock('$lib/staff/cases/case', () => ({ moveStatus }));

const complaint = (status: string) =>
  complaintFromData('c1', { ccId: 'sandik', status, receivedAt: new Date('2026-11-20T01:00:00Z') });
const actor = { uid: 'mod-sandik', role: 'moderator' } as const;

describe('StatusActions', () => {
  beforeEach(() => moveStatus.mockClear());

  it('offers a moderator exactly the moves core allows from "diverifikasi"', () => {
    render(StatusActions, { complaint: complaint('diverifikasi'), actor, onsaved: () => undefined });
    const buttons = screen.getAllByRole('button').map((b) => b.textContent?.trim());
    expect(buttons).toEqual(['Tindak lanjuti', 'Rujuk', 'Tolak', 'Tutup: pelapor tidak menjawab']);
  });

  it('asks for a reason to reject and writes nothing without one', async () => {
    const onsaved = vi.fn();
    render(StatusActions, { complaint: complaint('diverifikasi'), actor, onsaved });
    await fireEvent.click(screen.getByRole('button', { name: 'Tolak' }));
    const reason = screen.getByLabelText('Alasan penolakan (terlihat oleh pelapor)') as HTMLTextAreaElement;
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan: Tolak' }));
    await tick();
    expect(screen.getByText('Penolakan harus disertai alasan.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(moveStatus).not.toHaveBeenCalled();

    reason.value = 'Bukan pelayanan publik: sengketa warisan.';
    await fireEvent.input(reason);
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan: Tolak' }));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(moveStatus).toHaveBeenCalledWith('sandik', 'c1', {
      type: 'perubahan_status',
      from: 'diverifikasi',
      to: 'ditolak',
      visibility: 'publik',
      actorRole: 'moderator',
      actorUid: 'mod-sandik',
      reason: 'Bukan pelayanan publik: sengketa warisan.'
    });
  });

  it('asks for a referral destination and keeps the ticket id', async () => {
    render(StatusActions, { complaint: complaint('ditindaklanjuti'), actor, onsaved: () => undefined });
    await fireEvent.click(screen.getByRole('button', { name: 'Rujuk' }));
    expect(screen.getByLabelText('Tujuan rujukan')).toBeTruthy();
    expect(screen.getByLabelText('Nomor tiket (LAPOR!/Ombudsman)')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan: Rujuk' }));
    await tick();
    expect(screen.getByText('Rujukan harus menyebut tujuannya.')).toBeTruthy();
    expect(moveStatus).not.toHaveBeenCalled();
  });

  it('asks for the staff note when verifying a complaint filed late, and writes it with the move', async () => {
    const onsaved = vi.fn();
    const late = complaintFromData('c2', {
      ccId: 'sandik',
      status: 'diterima',
      occurredAt: '2026-10-01',
      receivedAt: new Date('2026-11-20T01:00:00Z')
    });
    render(StatusActions, { complaint: late, actor, onsaved });
    await fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));
    const note = screen.getByLabelText(
      'Catatan staf: mengapa pengaduan yang diajukan lebih dari 30 hari setelah pelayanan tetap ditangani'
    ) as HTMLTextAreaElement;
    expect(note.getAttribute('aria-describedby')).toBe('move-late-note-hint');
    expect(document.getElementById('move-late-note-hint')?.textContent).toContain(
      'Pelayanan terjadi 50 hari sebelum pengaduan diterima'
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan: Verifikasi' }));
    await tick();
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect(moveStatus).not.toHaveBeenCalled();

    note.value = 'Pelapor dirawat di RSUD selama lima minggu.';
    await fireEvent.input(note);
    await fireEvent.click(screen.getByRole('button', { name: 'Simpan: Verifikasi' }));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(moveStatus).toHaveBeenCalledWith(
      'sandik',
      'c2',
      {
        type: 'perubahan_status',
        from: 'diterima',
        to: 'diverifikasi',
        visibility: 'publik',
        actorRole: 'moderator',
        actorUid: 'mod-sandik'
      },
      undefined,
      undefined,
      { staffNote: 'Pelapor dirawat di RSUD selama lima minggu.' }
    );
  });

  it('asks no note when verifying a complaint that came in time', async () => {
    render(StatusActions, { complaint: complaint('diterima'), actor, onsaved: () => undefined });
    await fireEvent.click(screen.getByRole('button', { name: 'Verifikasi' }));
    expect(screen.queryByRole('textbox')).toBeNull();
  });

  it('offers nothing on a closed case', () => {
    render(StatusActions, { complaint: complaint('selesai'), actor, onsaved: () => undefined });
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.getByText('Tidak ada perubahan status yang bisa Anda lakukan.')).toBeTruthy();
  });
});
