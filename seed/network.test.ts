import { describe, expect, it } from 'vitest';
import { CenterProfileSchema, LOMBOK_BARAT_VILLAGES, SECTOR_IDS } from '@buku/core';
import { ADMIN_UID, CITIZEN_UID, DEMO_ACCOUNTS, DEMO_CENTERS, village } from './network';
import { CC_MEETINGS, DEMO_POSTS } from './posts';
import { demoDocuments, demoMonths } from './documents';

describe('the demo network', () => {
  it('holds the two CCs of DESIGN.md and four more, each a valid profile in a real village', () => {
    expect(DEMO_CENTERS.length).toBe(6);
    expect(DEMO_CENTERS.slice(0, 2).map((c) => [c.profile.name, c.profile.code, c.profile.desaCode])).toEqual(
      [
        ['CC Saling Anton', 'CC-SA', '52.01.14.2003'],
        ['Lembaga Adat Paer Mambal', 'LA-PM', '52.01.09.2006']
      ]
    );
    expect(DEMO_CENTERS[1]!.profile.kind).toBe('lembaga_adat');
    for (const center of DEMO_CENTERS) {
      expect(CenterProfileSchema.parse(center.profile)).toEqual(center.profile);
      const home = LOMBOK_BARAT_VILLAGES.find((v) => v.code === center.profile.desaCode);
      expect(home?.name).toBe(center.profile.desa);
      expect(home?.kecamatan).toBe(center.profile.kecamatan);
      expect(center.profile.kecamatanCode).toBe(center.profile.desaCode!.slice(0, 8));
      expect(center.profile.kabupatenCode).toBe('52.01');
    }
    expect(new Set(DEMO_CENTERS.map((c) => c.profile.kecamatan)).size).toBe(6);
    expect(new Set(DEMO_CENTERS.map((c) => c.profile.code)).size).toBe(6);
  });

  it('refuses a place that is not in idn-area-data', () => {
    expect(() => village('Sandik Baru')).toThrow('Not a village of Lombok Barat');
  });

  it('has an admin, a koordinator and a moderator per CC, and a citizen, with DATA-MODEL claims', () => {
    expect(DEMO_ACCOUNTS.find((a) => a.uid === ADMIN_UID)?.claims).toEqual({ admin: true });
    expect(DEMO_ACCOUNTS.find((a) => a.uid === CITIZEN_UID)?.claims).toEqual({});
    for (const center of DEMO_CENTERS) {
      const staff = DEMO_ACCOUNTS.filter((a) => a.ccId === center.id);
      expect(staff.map((a) => [a.email, a.claims])).toEqual([
        [`koordinator.${center.slug}@demo.buku.id`, { cc: { [center.id]: 'koordinator' } }],
        [`moderator.${center.slug}@demo.buku.id`, { cc: { [center.id]: 'moderator' } }]
      ]);
    }
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(DEMO_ACCOUNTS.length).toBe(2 + 2 * DEMO_CENTERS.length);
  });
});

describe('posts and meetings', () => {
  it('cover policy notes on real regulations, announcements and experiences at every moderation step', () => {
    const kinds = (kind: string) => DEMO_POSTS.filter((p) => p.kind === kind);
    expect(
      kinds('kebijakan')
        .map((p) => p.title)
        .join(' ')
    ).toMatch(/UU 25\/2009.*Perpres 76\/2013/);
    expect(kinds('pengumuman').length).toBeGreaterThanOrEqual(3);
    const experiences = kinds('pengalaman');
    expect(new Set(experiences.map((p) => p.experience))).toEqual(new Set(['baik', 'buruk']));
    expect(new Set(experiences.map((p) => p.status))).toEqual(
      new Set(['terbit', 'menunggu_moderasi', 'ditolak'])
    );
    expect(new Set(DEMO_POSTS.map((p) => p.status))).toContain('draf');
  });

  it('respect the shapes firestore.rules checks', () => {
    const ids = new Set<string>();
    for (const p of DEMO_POSTS) {
      ids.add(p.id);
      expect(p.title.length).toBeGreaterThanOrEqual(3);
      expect(p.title.length).toBeLessThanOrEqual(150);
      expect(p.body.length).toBeGreaterThanOrEqual(20);
      expect(p.body.length).toBeLessThanOrEqual(p.kind === 'pengalaman' ? 5000 : 10000);
      if (p.sector) expect(SECTOR_IDS).toContain(p.sector);
      if (p.kind === 'pengalaman') expect(p.experience).toBeDefined();
      else expect(p.experience).toBeUndefined();
      expect(p.status === 'terbit').toBe(p.publishedAt !== undefined);
      if (p.ccId) expect(DEMO_CENTERS.map((c) => c.id)).toContain(p.ccId);
    }
    expect(ids.size).toBe(DEMO_POSTS.length);
    for (const m of CC_MEETINGS) {
      expect(['diskusi', 'dialog']).toContain(m.kind);
      expect(m.status === 'terbit').toBe(m.minutes !== undefined);
    }
  });

  it('hold one monthly forum per month whose minutes name that month’s top issues', () => {
    const { documents } = demoDocuments();
    const forums = documents.filter((d) => d.path.startsWith('meetings/forum-'));
    expect(forums.map((d) => d.path)).toEqual(demoMonths().map((m) => `meetings/forum-${m}`));
    const october = documents.find((d) => d.path === 'meetings/forum-2026-10')!.data;
    const ranking = documents.find((d) => d.path === 'forum/2026-10')!.data as {
      issues: { provider: string }[];
    };
    expect(october).toMatchObject({ kind: 'forum_bulanan', status: 'terbit', date: '2026-11-07' });
    expect(october.minutes).toContain(ranking.issues[0]!.provider);
    expect(documents.find((d) => d.path === 'meetings/forum-2026-11')!.data).toMatchObject({
      status: 'draf',
      date: '2026-12-05'
    });
  });
});
