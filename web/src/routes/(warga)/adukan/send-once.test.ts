// @vitest-environment happy-dom
/**
 * The form's last step: a double tap on "Kirim pengaduan" (common on a slow phone) puts one
 * complaint in the outbox, not two with two tracking codes.
 */
import { render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft, STEP_IDS } from './complaint-form';

const { add, goto } = vi.hoisted(() => ({
  add: vi.fn(async (_entry: { id: string; trackingCode: string }) => undefined),
  goto: vi.fn(async (_url: string, _options?: unknown) => undefined)
}));
vi.mock('$lib/outbox/outbox.svelte', () => ({ startOutbox: () => ({ add }) }));
vi.mock('$app/navigation', () => ({
  goto,
  pushState: () => undefined,
  replaceState: () => undefined,
  preloadCode: async () => undefined,
  afterNavigate: () => undefined
}));

const center = { id: 'sandik', name: 'CC Saling Anton', kind: 'cc', desa: 'Sandik', kecamatan: 'Batu Layar' };

beforeEach(() => {
  localStorage.setItem(
    'buku.cc',
    JSON.stringify({ kecamatanCode: '52.01.14', desaCode: '52.01.14.2003', center })
  );
  const draft = {
    ...emptyDraft({ kecamatanCode: '52.01.14', desaCode: '52.01.14.2003' }),
    step: STEP_IDS.indexOf('review'),
    sector: 'air_bersih',
    chronology: 'Air PDAM mati tiga hari di dusun kami, tanpa pemberitahuan.',
    occurredAt: '2026-11-28',
    providerName: 'PDAM Giri Menang',
    remedyWanted: 'Air mengalir lagi.',
    privacy: 'rahasia',
    name: 'Inaq Sahnun',
    consentToContact: 'tidak' as const
  };
  localStorage.setItem('buku.draft.complaint', JSON.stringify({ savedAt: Date.now(), value: draft }));
});

afterEach(() => {
  localStorage.clear();
  add.mockClear();
  goto.mockClear();
});

describe('sending the complaint form', () => {
  it('files one complaint however often the send button is tapped', async () => {
    const { default: Page } = await import('./+page.svelte');
    render(Page);
    const send = screen.getByRole('button', { name: 'Kirim pengaduan' });
    send.click();
    send.click();
    send.click();
    await vi.waitFor(() => expect(goto).toHaveBeenCalled());
    await new Promise((settle) => setTimeout(settle, 50));
    expect(add).toHaveBeenCalledTimes(1);
    expect(goto).toHaveBeenCalledTimes(1);
    expect(goto.mock.calls[0]?.[0]).toBe(`/adukan/terkirim/${add.mock.calls[0]?.[0].id}`);
  });
});
