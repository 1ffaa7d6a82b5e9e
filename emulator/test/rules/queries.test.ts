/**
 * Rules are not filters: a list query is allowed only when its own constraints prove that
 * every document it could return is allowed. Collection-group queries match {path=**} rules.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Timestamp as AdminTimestamp } from 'firebase-admin/firestore';
import {
  and,
  collection,
  collectionGroup,
  getCount,
  getDocs,
  limit,
  or,
  orderBy,
  query,
  where,
  type Query
} from 'firebase/firestore/lite';
import { denied, openRulesHarness, type RulesHarness } from './harness';

let h: RulesHarness;
beforeAll(async () => {
  h = await openRulesHarness('demo-rules-queries');
  const batch = h.admin.batch();
  const at = AdminTimestamp.fromMillis(0);
  const rows: [string, string, string, string][] = [
    ['c1', 'warga-1', 'baru', 'publik'],
    ['c2', 'warga-1', 'diproses', 'anonim'],
    ['c3', 'warga-2', 'diproses', 'publik'],
    ['c4', 'warga-2', 'selesai', 'publik'],
    ['c5', 'warga-3', 'baru', 'rahasia']
  ];
  for (const [id, reporter, status, anonymity] of rows)
    batch.set(h.admin.doc(`centers/sandik/complaints/${id}`), {
      title: `Aduan ${id}`,
      sector: 'kesehatan',
      reporter,
      status,
      anonymity,
      createdAt: at
    });
  for (const cc of ['sandik', 'mambalan', 'gunungsari'])
    batch.set(h.admin.doc(`centers/${cc}`), { name: cc });
  batch.set(h.admin.doc('centers/sandik/complaints/c3/events/e1'), {
    visibility: 'public',
    text: 'Sudah dirujuk'
  });
  batch.set(h.admin.doc('centers/sandik/complaints/c3/events/e2'), {
    visibility: 'internal',
    text: 'Catatan staf'
  });
  batch.set(h.admin.doc('centers/mambalan/complaints/m1/events/e3'), {
    visibility: 'public',
    text: 'Dialog desa'
  });
  batch.set(h.admin.doc('events/top'), { visibility: 'public', text: 'Forum bulanan' });
  batch.set(h.admin.doc('posts/p1'), { published: true, title: 'Pengumuman' });
  batch.set(h.admin.doc('posts/p2'), { published: false, title: 'Draf' });
  await batch.commit();
});
afterAll(async () => h.close());

const complaints = (who: { sub: string } | null) =>
  collection(who ? h.as(who as { sub: string }) : h.anonymous, 'centers/sandik/complaints');
const ids = async (q: Query) => (await getDocs(q)).docs.map((d) => d.id).sort();

const citizen = { sub: 'warga-1' };
const moderator = { sub: 'mod-1', cc: { sandik: 'moderator' } };
const staffElsewhere = { sub: 'staf-2', cc: { mambalan: 'staff' } };

describe('equality constraints', () => {
  test('a citizen lists their own complaints with where(reporter == uid); without it, denied', async () => {
    expect(await ids(query(complaints(citizen), where('reporter', '==', citizen.sub)))).toEqual(['c1', 'c2']);
    await denied(getDocs(complaints(citizen)));
  });
  test('a constraint on someone else is denied even though such documents exist', async () => {
    expect(await ids(query(complaints(citizen), where('reporter', '==', 'warga-1')))).toEqual(['c1', 'c2']);
    await denied(getDocs(query(complaints(citizen), where('reporter', '==', 'warga-2'))));
  });
  test('a moderator of the center lists everything; staff of another center cannot', async () => {
    expect(await ids(complaints(moderator))).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    await denied(getDocs(complaints(staffElsewhere)));
  });
  test('a filter that matches nothing is still judged by its constraints', async () => {
    expect(
      await ids(
        query(complaints(citizen), where('reporter', '==', citizen.sub), where('status', '==', 'ditolak'))
      )
    ).toEqual([]);
    await denied(getDocs(query(complaints(citizen), where('status', '==', 'ditolak'))));
  });
  test('extra constraints keep a proven query allowed', async () => {
    expect(
      await ids(
        query(complaints(citizen), where('reporter', '==', citizen.sub), where('status', '==', 'baru'))
      )
    ).toEqual(['c1']);
    await denied(getDocs(query(complaints(citizen), where('status', '==', 'baru'))));
  });
});

describe('in, OR and the public view', () => {
  test('public complaints: anonymity == publik and status in [diproses, selesai]', async () => {
    const q = query(
      complaints(null),
      where('anonymity', '==', 'publik'),
      where('status', 'in', ['diproses', 'selesai'])
    );
    expect(await ids(q)).toEqual(['c3', 'c4']);
    await denied(getDocs(query(complaints(null), where('anonymity', '==', 'publik'))));
  });
  test('in: every listed value must be allowed', async () => {
    const q = (statuses: string[]) =>
      query(complaints(null), where('anonymity', '==', 'publik'), where('status', 'in', statuses));
    expect(await ids(q(['selesai']))).toEqual(['c4']);
    await denied(getDocs(q(['selesai', 'baru'])));
  });
  test('equality on status alone does not prove anonymity', async () => {
    expect(
      await ids(
        query(complaints(null), where('status', '==', 'diproses'), where('anonymity', '==', 'publik'))
      )
    ).toEqual(['c3']);
    await denied(getDocs(query(complaints(null), where('status', '==', 'diproses'))));
  });
  test('an OR query is allowed when each branch is', async () => {
    const q = (second: string) =>
      query(
        complaints(citizen),
        or(
          where('reporter', '==', citizen.sub),
          and(where('anonymity', '==', 'publik'), where('status', '==', second))
        )
      );
    expect(await ids(q('selesai'))).toEqual(['c1', 'c2', 'c4']);
    await denied(getDocs(q('baru')));
  });
  test('not-in on status does not prove the public view', async () => {
    const allowedQ = query(
      complaints(null),
      where('anonymity', '==', 'publik'),
      where('status', 'in', ['diproses'])
    );
    expect(await ids(allowedQ)).toEqual(['c3']);
    await denied(
      getDocs(
        query(complaints(null), where('anonymity', '==', 'publik'), where('status', 'not-in', ['baru']))
      )
    );
  });
});

describe('request.query', () => {
  test('centers: listing needs limit <= 20', async () => {
    const centers = collection(h.anonymous, 'centers');
    expect(await ids(query(centers, limit(20)))).toEqual(['gunungsari', 'mambalan', 'sandik']);
    await denied(getDocs(query(centers, limit(21))));
  });
  test('limit with orderBy', async () => {
    const centers = collection(h.anonymous, 'centers');
    const names = (await getDocs(query(centers, orderBy('name', 'desc'), limit(2)))).docs.map(
      (d) => d.data().name
    );
    expect(names).toEqual(['sandik', 'mambalan']);
    await denied(getDocs(query(centers, orderBy('name', 'desc'))));
  });
  test('count aggregations are judged as the query they count', async () => {
    const counted = await getCount(query(complaints(citizen), where('reporter', '==', citizen.sub)));
    expect(counted.data().count).toBe(2);
    await denied(getCount(complaints(citizen)));
  });
  test('posts: published == true proves the read rule', async () => {
    const posts = collection(h.anonymous, 'posts');
    expect(await ids(query(posts, where('published', '==', true)))).toEqual(['p1']);
    await denied(getDocs(posts));
  });
});

describe('collection-group queries', () => {
  test('events everywhere, constrained to public', async () => {
    const q = query(collectionGroup(h.anonymous, 'events'), where('visibility', '==', 'public'));
    expect((await getDocs(q)).docs.map((d) => d.ref.path).sort()).toEqual([
      'centers/mambalan/complaints/m1/events/e3',
      'centers/sandik/complaints/c3/events/e1',
      'events/top'
    ]);
    await denied(getDocs(collectionGroup(h.anonymous, 'events')));
  });
  test('internal events through the group query are denied, even to staff', async () => {
    const staff = h.as(moderator);
    expect(
      (await getDocs(query(collectionGroup(staff, 'events'), where('visibility', '==', 'public')))).size
    ).toBe(3);
    await denied(getDocs(query(collectionGroup(staff, 'events'), where('visibility', '==', 'internal'))));
  });
  test('a collection rule does not allow a collection-group query', async () => {
    expect(await ids(query(complaints(citizen), where('reporter', '==', citizen.sub)))).toEqual(['c1', 'c2']);
    await denied(
      getDocs(query(collectionGroup(h.as(citizen), 'complaints'), where('reporter', '==', citizen.sub)))
    );
  });
  test('a list of one events collection is covered by the group rule too', async () => {
    const events = collection(h.anonymous, 'centers/sandik/complaints/c3/events');
    expect(await ids(query(events, where('visibility', '==', 'public')))).toEqual(['e1']);
    await denied(getDocs(events));
  });
});
