// @vitest-environment happy-dom
/**
 * The CC picker as a citizen uses it, rendered in happy-dom (a DOM in Node) with the
 * Firestore module replaced by a fixed list; the real query is tested in firestore.test.ts.
 */
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Center } from '$lib/firebase/firestore';
import CenterPicker from './CenterPicker.svelte';

const CENTERS: Center[] = [
  {
    id: 'mambalan',
    name: 'Lembaga Adat Paer Mambal',
    kind: 'lembaga_adat',
    desa: 'Mambalan',
    desaCode: '52.01.09.2006',
    kecamatan: 'Gunungsari',
    kecamatanCode: '52.01.09',
    active: true
  },
  {
    id: 'meninting',
    name: 'CC Meninting',
    kind: 'cc',
    desa: 'Meninting',
    desaCode: '52.01.14.2002',
    kecamatan: 'Batu Layar',
    kecamatanCode: '52.01.14',
    active: true
  },
  {
    id: 'sandik',
    name: 'CC Saling Anton',
    kind: 'cc',
    desa: 'Sandik',
    desaCode: '52.01.14.2003',
    kecamatan: 'Batu Layar',
    kecamatanCode: '52.01.14',
    active: true
  }
];

// Hoisted with vi.mock; the list is read only when the picker asks for it.
const { listActiveCenters } = vi.hoisted(() => ({ listActiveCenters: vi.fn(async () => CENTERS) }));
vi.mock('$lib/firebase/firestore', () => ({ listActiveCenters }));

/** Picks an option the way a browser does (Svelte reads the selected option on `change`). */
async function choose(select: HTMLElement, value: string) {
  for (const option of (select as HTMLSelectElement).options) option.selected = option.value === value;
  await fireEvent.change(select);
  await tick();
}

describe('CenterPicker', () => {
  beforeEach(() => localStorage.clear());

  it('offers the CCs of the desa first, then the rest of the kecamatan, and remembers the choice', async () => {
    const chosen: string[] = [];
    render(CenterPicker, { onchosen: (center) => chosen.push(center.id) });
    expect(listActiveCenters).not.toHaveBeenCalled();

    await choose(screen.getByLabelText('Kecamatan'), '52.01.14');
    await choose(screen.getByLabelText('Desa atau kelurahan'), '52.01.14.2003');
    await screen.findByRole('heading', { name: 'CC di Desa Sandik' });
    expect(listActiveCenters).toHaveBeenCalledTimes(1);
    const radios = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent?.trim());
    expect(radios).toHaveLength(2);
    expect(radios[0]).toMatch(/^CC Saling Anton/);
    expect(radios[1]).toMatch(/^CC Meninting/);
    screen.getByRole('heading', { name: 'CC lain di Kecamatan Batu Layar' });

    await fireEvent.click(screen.getByRole('radio', { name: /CC Saling Anton/ }));
    await tick();
    expect(chosen).toEqual(['sandik']);
    const stored = JSON.parse(localStorage.getItem('buku.cc') ?? '{}');
    expect(stored).toMatchObject({
      kecamatanCode: '52.01.14',
      desaCode: '52.01.14.2003',
      center: { id: 'sandik', name: 'CC Saling Anton' }
    });
    // The choice is shown, and focus moved to it for screen reader and keyboard users.
    const card = document.activeElement as HTMLElement;
    expect(within(card).getByText('CC Saling Anton')).toBeTruthy();
    expect(within(card).getByRole('button', { name: 'Ganti CC' })).toBeTruthy();
  });

  it('says so when the desa or the kecamatan has no CC, and offers the nearest ones', async () => {
    render(CenterPicker);
    await choose(screen.getByLabelText('Kecamatan'), '52.01.14');
    await choose(screen.getByLabelText('Desa atau kelurahan'), '52.01.14.2001');
    await screen.findByText('Belum ada CC di Desa Batulayar. Anda bisa mengadu ke CC terdekat:');
    expect(screen.getAllByRole('radio')).toHaveLength(2);

    await choose(screen.getByLabelText('Kecamatan'), '52.01.07');
    await screen.findByText('Belum ada CC di Kecamatan Sekotong. Semua CC:');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    expect((screen.getByLabelText('Desa atau kelurahan') as HTMLSelectElement).value).toBe('');
  });

  it('shows a remembered CC without loading anything', async () => {
    localStorage.setItem(
      'buku.cc',
      JSON.stringify({
        center: {
          id: 'mambalan',
          name: 'Lembaga Adat Paer Mambal',
          kind: 'lembaga_adat',
          desa: 'Mambalan',
          kecamatan: 'Gunungsari'
        }
      })
    );
    listActiveCenters.mockClear();
    render(CenterPicker);
    screen.getByText('Lembaga Adat Paer Mambal');
    screen.getByText('Lembaga adat · Desa Mambalan, Kec. Gunungsari');
    expect(listActiveCenters).not.toHaveBeenCalled();
  });
});
