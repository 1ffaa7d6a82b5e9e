/**
 * posts.ts and meetings.ts against our emulator with the real firestore.rules, as a visitor
 * who is not signed in: lists carry `status == 'terbit'` and so are allowed, show only what is
 * published, and a shared experience is stored for moderation, not published.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmulator, type RunningEmulator } from '@buku/emulator';
import { deleteApp, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectFirestoreEmulator, getFirestore, setLogLevel, type Firestore } from 'firebase/firestore/lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listPublishedMeetings, upcomingAndPast, type Meeting } from './meetings';
import { listPublishedPosts, shareExperience } from './posts';

const PROJECT = 'demo-web-learning';
const rulesPath = fileURLToPath(new URL('../../../../firestore.rules', import.meta.url));

// One case expects a denial; the SDK would log it.
setLogLevel('silent');

let emulator: RunningEmulator;
let app: FirebaseApp;
let db: Firestore;

type Value = { stringValue: string } | { timestampValue: string } | { integerValue: string };
const str = (value: string): Value => ({ stringValue: value });
const time = (iso: string): Value => ({ timestampValue: iso });

/** Written as the owner (functions, staff moderation), bypassing the rules. */
async function ownerWrite(path: string, fields: Record<string, Value>) {
  const url = `${emulator.url}/v1/projects/${PROJECT}/databases/(default)/documents/${path}`;
  const response = await fetch(url, {
    method: 'PATCH',
    headers: { Authorization: 'Bearer owner', 'content-type': 'application/json' },
    body: JSON.stringify({ fields })
  });
  if (!response.ok) throw new Error(await response.text());
}

async function ownerRead(path: string): Promise<Record<string, Value> | undefined> {
  const url = `${emulator.url}/v1/projects/${PROJECT}/databases/(default)/documents/${path}`;
  const response = await fetch(url, { headers: { Authorization: 'Bearer owner' } });
  if (response.status === 404) return undefined;
  return ((await response.json()) as { fields: Record<string, Value> }).fields;
}

const post = (kind: string, status: string, title: string, publishedAt?: string) => ({
  kind: str(kind),
  status: str(status),
  title: str(title),
  body: str('Isi catatan yang cukup panjang untuk diterbitkan.'),
  createdAt: time('2026-11-01T01:00:00Z'),
  ...(publishedAt ? { publishedAt: time(publishedAt) } : {})
});

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    project: PROJECT,
    rulesFiles: [{ name: 'firestore.rules', content: readFileSync(rulesPath, 'utf8') }]
  });
  await ownerWrite('centers/sandik', {
    name: str('CC Saling Anton'),
    code: str('CC-SA'),
    kind: str('cc'),
    desa: str('Sandik'),
    kecamatan: str('Batu Layar'),
    kabupaten: str('Lombok Barat'),
    active: { booleanValue: true } as unknown as Value
  });
  await ownerWrite('posts/uu-25', post('kebijakan', 'terbit', 'UU 25/2009', '2026-11-02T01:00:00Z'));
  await ownerWrite('posts/baru', post('pengumuman', 'terbit', 'Forum Desember', '2026-11-30T01:00:00Z'));
  await ownerWrite('posts/draf', post('kebijakan', 'draf', 'Masih disusun'));
  await ownerWrite('posts/menunggu', {
    ...post('pengalaman', 'menunggu_moderasi', 'Menunggu'),
    experience: str('buruk')
  });
  await ownerWrite('meetings/lalu', {
    title: str('Dialog dengan Puskesmas'),
    kind: str('dialog'),
    date: str('2026-03-14'),
    minutes: str('Warga menyampaikan antrean panjang.'),
    attendance: { integerValue: '42' },
    status: str('terbit'),
    createdBy: str('staff-1')
  });
  await ownerWrite('meetings/draf', {
    title: str('Rencana dialog'),
    kind: str('dialog'),
    date: str('2026-12-12'),
    status: str('draf'),
    createdBy: str('staff-1')
  });
  app = initializeApp({ projectId: PROJECT, apiKey: 'demo' }, 'learning-test');
  db = getFirestore(app);
  connectFirestoreEmulator(db, emulator.host, emulator.port);
});

afterAll(async () => {
  await deleteApp(app);
  await emulator.stop();
});

describe('posts', () => {
  it('lists published posts only, newest first, with instants as ISO strings', async () => {
    const posts = await listPublishedPosts(db);
    expect(posts.map((p) => [p.id, p.kind, p.publishedAt])).toEqual([
      ['baru', 'pengumuman', '2026-11-30T01:00:00.000Z'],
      ['uu-25', 'kebijakan', '2026-11-02T01:00:00.000Z']
    ]);
  });

  it('stores a shared experience for moderation, where the public list does not show it', async () => {
    await shareExperience(
      'cerita-1',
      {
        experience: 'baik',
        title: 'Akta jadi dalam seminggu',
        body: 'Berkas dikumpulkan lewat kantor desa dan akta jadi seminggu kemudian.',
        ccId: 'sandik',
        sector: 'administrasi_kependudukan'
      },
      db
    );
    const stored = await ownerRead('posts/cerita-1');
    expect(stored).toMatchObject({
      kind: str('pengalaman'),
      status: str('menunggu_moderasi'),
      experience: str('baik'),
      ccId: str('sandik')
    });
    expect(stored?.createdAt).toHaveProperty('timestampValue');
    expect((await listPublishedPosts(db)).map((p) => p.id)).not.toContain('cerita-1');
  });

  it('is refused by the rules for a story shorter than 20 characters', async () => {
    await expect(
      shareExperience('cerita-pendek', { experience: 'buruk', title: 'Lama', body: 'Terlalu pendek.' }, db)
    ).rejects.toMatchObject({ code: 'permission-denied' });
  });
});

describe('meetings', () => {
  it('lists published meetings only', async () => {
    const meetings = await listPublishedMeetings(db);
    expect(meetings.map((m) => [m.id, m.attendance, m.minutes])).toEqual([
      ['lalu', 42, 'Warga menyampaikan antrean panjang.']
    ]);
  });

  it('splits upcoming (today on, soonest first) from past (latest first)', () => {
    const m = (id: string, date: string): Meeting => ({
      id,
      title: id,
      kind: 'diskusi',
      date,
      place: null,
      guests: [],
      minutes: null,
      attendance: null,
      ccId: null
    });
    const { upcoming, past } = upcomingAndPast(
      [m('a', '2026-12-20'), m('b', '2026-12-03'), m('c', '2026-11-01'), m('d', '2026-12-02')],
      '2026-12-03'
    );
    expect(upcoming.map((x) => x.id)).toEqual(['b', 'a']);
    expect(past.map((x) => x.id)).toEqual(['d', 'c']);
  });
});
