// @vitest-environment happy-dom
/**
 * The admin guard: the network admin sees the admin pages; a koordinator sees only their own
 * CC's members page; anyone else a clear refusal, and nothing below renders (so nothing loads).
 */
import { render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Guard from './+layout.svelte';

type Roles = { admin: boolean; centers: Record<string, string> };

const { session, page } = vi.hoisted(() => ({
  session: {
    status: 'signed-in',
    user: { uid: 'u1', email: 'u1@example.org', roles: { admin: false, centers: {} } as Roles } as {
      uid: string;
      email: string;
      roles: Roles;
    } | null,
    start: () => Promise.resolve(),
    roleIn: () => null,
    signOut: () => Promise.resolve()
  },
  page: { url: new URL('http://localhost/admin'), params: {} as Record<string, string> }
}));
vi.mock('$lib/staff/session.svelte', () => ({ staffSession: session }));
vi.mock('$app/state', () => ({ page }));

const children = createRawSnippet(() => ({ render: () => '<p>isi admin</p>' }));

function as(roles: Roles, path: string, params: Record<string, string> = {}) {
  session.user = { uid: 'u1', email: 'u1@example.org', roles };
  page.url = new URL(`http://localhost${path}`);
  page.params = params;
}

describe('the admin guard', () => {
  beforeEach(() => {
    session.status = 'signed-in';
  });

  it('renders the pages and the admin menu for the network admin', () => {
    as({ admin: true, centers: {} }, '/admin');
    render(Guard, { children });
    expect(screen.getByText('isi admin')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Menu admin' })).toBeTruthy();
  });

  it("lets a koordinator into their CC's members page, without the admin menu", () => {
    as({ admin: false, centers: { sandik: 'koordinator' } }, '/admin/sandik/anggota', { cc: 'sandik' });
    render(Guard, { children });
    expect(screen.getByText('isi admin')).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Menu admin' })).toBeNull();
  });

  it("refuses a moderator the members page and another CC's koordinator", () => {
    as({ admin: false, centers: { sandik: 'moderator' } }, '/admin/sandik/anggota', { cc: 'sandik' });
    const first = render(Guard, { children });
    expect(screen.queryByText('isi admin')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('admin jaringan atau koordinator CC ini');
    first.unmount();
    as({ admin: false, centers: { mambalan: 'koordinator' } }, '/admin/sandik/anggota', { cc: 'sandik' });
    render(Guard, { children });
    expect(screen.queryByText('isi admin')).toBeNull();
  });

  it('refuses a koordinator the network pages', () => {
    as({ admin: false, centers: { sandik: 'koordinator' } }, '/admin/pengaturan');
    render(Guard, { children });
    expect(screen.queryByText('isi admin')).toBeNull();
    expect(screen.getByRole('alert').textContent).toContain('Halaman ini khusus admin jaringan.');
  });
});
