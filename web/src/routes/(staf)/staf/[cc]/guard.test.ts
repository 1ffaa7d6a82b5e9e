// @vitest-environment happy-dom
/** The guard of a CC's pages: staff of that CC see the page; anyone else a clear refusal, and nothing loads. */
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import Guard from './+layout.svelte';

const { session, page } = vi.hoisted(() => ({
  session: { roleIn: (cc: string): string | null => (cc === 'sandik' ? 'moderator' : null) },
  page: { params: { cc: 'sandik' } as Record<string, string> }
}));
vi.mock('$lib/staff/session.svelte', () => ({ staffSession: session }));
vi.mock('$app/state', () => ({ page }));

const children = createRawSnippet(() => ({ render: () => '<p>isi buku</p>' }));

describe('the CC guard', () => {
  it('renders the page for staff of the CC', () => {
    page.params.cc = 'sandik';
    render(Guard, { children });
    expect(screen.getByText('isi buku')).toBeTruthy();
  });

  it("refuses another CC's pages without rendering them", () => {
    page.params.cc = 'mambalan';
    render(Guard, { children });
    expect(screen.queryByText('isi buku')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Anda bukan staf CC "mambalan"');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Akses ditolak');
  });
});
