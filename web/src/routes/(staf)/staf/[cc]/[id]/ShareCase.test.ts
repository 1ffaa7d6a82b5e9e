// @vitest-environment happy-dom
/**
 * Sharing a case with the network admins from the staff case page: the state is said in words,
 * the reason is asked for (and its absence explained next to the field), nothing is written until
 * core's check passes, and the written batch is the one the rules want.
 */
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SERVER_TIME } from '$lib/staff/cases/forms';
import { complaintFromData } from '$lib/staff/cases/model';
import ShareCase from './ShareCase.svelte';

const { commitCaseWrites } = vi.hoisted(() => ({
  commitCaseWrites: vi.fn(async (..._args: unknown[]) => undefined)
}));
vi.mock('$lib/staff/cases/case', () => ({ commitCaseWrites, newEntryId: () => 'entry-1' }));

const actor = { uid: 'koor-sandik', role: 'koordinator' } as const;
const reason = 'Perlu eskalasi ke Ombudsman NTB: Dukcapil tidak menjawab dua surat.';
const complaint = (networkShare?: Record<string, unknown>) =>
  complaintFromData('c1', { ccId: 'sandik', status: 'dirujuk', ...(networkShare ? { networkShare } : {}) });

describe('ShareCase', () => {
  beforeEach(() => commitCaseWrites.mockClear());

  it('offers no share on a closed case, and says why', () => {
    render(ShareCase, {
      complaint: complaintFromData('c2', { ccId: 'sandik', status: 'selesai' }),
      actor,
      onsaved: vi.fn()
    });
    expect(
      screen.getByText('Kasus ini sudah ditutup, jadi tidak bisa dibagikan lagi ke admin jaringan.')
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bagikan ke admin jaringan…' })).toBeNull();
  });

  it('says the case is not shared, asks for a reason, and shares it', async () => {
    const onsaved = vi.fn();
    render(ShareCase, { complaint: complaint(), actor, onsaved });
    expect(screen.getByRole('heading', { name: 'Berbagi dengan admin jaringan' })).toBeTruthy();
    expect(screen.getByText('Tidak dibagikan: hanya staf CC ini yang membaca data pelapor.')).toBeTruthy();

    await fireEvent.click(screen.getByRole('button', { name: 'Bagikan ke admin jaringan…' }));
    const field = screen.getByLabelText(
      'Alasan dibagikan (wajib; terlihat oleh staf CC dan admin jaringan)'
    ) as HTMLTextAreaElement;
    await fireEvent.click(screen.getByRole('button', { name: 'Bagikan kasus ini' }));
    await tick();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'Tulis alasan kasus ini dibagikan'
    );
    expect(commitCaseWrites).not.toHaveBeenCalled();

    field.value = reason;
    await fireEvent.input(field);
    await fireEvent.click(screen.getByRole('button', { name: 'Bagikan kasus ini' }));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    expect(commitCaseWrites).toHaveBeenCalledWith([
      {
        path: 'centers/sandik/complaints/c1',
        kind: 'update',
        data: {
          networkShare: {
            shared: true,
            by: 'koor-sandik',
            role: 'koordinator',
            at: SERVER_TIME,
            reason,
            entryId: 'entry-1'
          }
        }
      },
      {
        path: 'centers/sandik/complaints/c1/log/entry-1',
        kind: 'set',
        data: {
          type: 'berbagi_jaringan',
          shared: true,
          reason,
          visibility: 'internal',
          actorRole: 'koordinator',
          actorUid: 'koor-sandik',
          at: SERVER_TIME
        }
      }
    ]);
    expect(screen.getByRole('status').textContent).toBe('Kasus dibagikan ke admin jaringan.');
  });

  it('shows who shared and why, and withdraws without a reason', async () => {
    const onsaved = vi.fn();
    render(ShareCase, {
      complaint: complaint({
        shared: true,
        by: 'mod-sandik',
        role: 'moderator',
        at: new Date('2026-11-30T02:00:00Z'),
        reason,
        entryId: 'b-1'
      }),
      actor,
      onsaved
    });
    expect(screen.getByText(/Dibagikan ke admin jaringan sejak .* oleh Moderator\./)).toBeTruthy();
    expect(screen.getByText(`Alasan: ${reason}`)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Tarik kembali dari admin jaringan…' }));
    expect(screen.getByLabelText('Alasan menarik kembali (boleh kosong)')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Tarik kembali' }));
    await vi.waitFor(() => expect(onsaved).toHaveBeenCalledOnce());
    const [writes] = commitCaseWrites.mock.calls[0] as [{ data: Record<string, unknown> }[]];
    expect(writes[0]?.data.networkShare).toEqual({
      shared: false,
      by: 'koor-sandik',
      role: 'koordinator',
      at: SERVER_TIME,
      entryId: 'entry-1'
    });
  });

  it('explains a refusal of the rules without losing the form', async () => {
    commitCaseWrites.mockRejectedValueOnce(Object.assign(new Error('denied'), { code: 'permission-denied' }));
    render(ShareCase, { complaint: complaint(), actor, onsaved: () => undefined });
    await fireEvent.click(screen.getByRole('button', { name: 'Bagikan ke admin jaringan…' }));
    const field = screen.getByRole('textbox') as HTMLTextAreaElement;
    field.value = reason;
    await fireEvent.input(field);
    await fireEvent.click(screen.getByRole('button', { name: 'Bagikan kasus ini' }));
    await vi.waitFor(() =>
      expect(
        screen.getByText('Ditolak oleh server. Mungkin status sudah diubah orang lain; muat ulang pengaduan.')
      ).toBeTruthy()
    );
    expect(field.value).toBe(reason);
  });
});
