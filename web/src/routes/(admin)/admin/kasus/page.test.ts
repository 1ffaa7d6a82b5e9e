// @vitest-environment happy-dom
/**
 * The admin's "Kasus yang dibagikan" page: one entry per shared case with its CC, when and why
 * it was shared, and a link whose spoken name says which case it opens.
 */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { complaintFromData } from '$lib/staff/cases/model';
import SharedCasesPage from './+page.svelte';

const { listSharedCases, listAllCenters } = vi.hoisted(() => ({
  listSharedCases: vi.fn(),
  listAllCenters: vi.fn()
}));
vi.mock('$lib/admin/shared/store', () => ({ listSharedCases }));
vi.mock('$lib/admin/centers/store', () => ({ listAllCenters }));

describe('the shared cases page', () => {
  it('lists the shared cases with their reason and a link to each', async () => {
    listAllCenters.mockResolvedValue([{ id: 'sandik', name: 'CC Saling Anton' }]);
    listSharedCases.mockResolvedValue([
      complaintFromData('c-1', {
        ccId: 'sandik',
        status: 'dirujuk',
        sector: 'administrasi_kependudukan',
        providerName: 'Dukcapil Lombok Barat',
        location: { desa: 'Sandik' },
        registerNumber: '012/CC-SA/XII/2026',
        networkShare: {
          shared: true,
          by: 'koor-sandik',
          role: 'koordinator',
          at: new Date('2026-12-01T02:00:00Z'),
          reason: 'Perlu eskalasi ke Ombudsman NTB.',
          entryId: 'b-1'
        }
      })
    ]);
    render(SharedCasesPage);
    expect(await screen.findByRole('heading', { name: '012/CC-SA/XII/2026 · CC Saling Anton' })).toBeTruthy();
    expect(screen.getByText('Alasan: Perlu eskalasi ke Ombudsman NTB.')).toBeTruthy();
    expect(screen.getByText(/Dibagikan .* oleh Koordinator/)).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Buka kasus 012/CC-SA/XII/2026 · CC Saling Anton' });
    expect(link.getAttribute('href')).toBe('/admin/kasus/sandik/c-1');
  });

  it('says so when nothing is shared', async () => {
    listAllCenters.mockResolvedValue([]);
    listSharedCases.mockResolvedValue([]);
    render(SharedCasesPage);
    expect(await screen.findByText('Belum ada kasus yang dibagikan.')).toBeTruthy();
  });
});
