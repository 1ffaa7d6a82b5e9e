/**
 * The admin's Firestore functions against our emulator, in-process, with the real
 * firestore.rules: tokens as the Auth emulator would sign them (unsigned, claims at the top
 * level), documents seeded as the owner. Proves the admin's writes (CCs, settings, agenda) pass
 * the rules, and that a moderator's same writes are refused.
 */
import {
  doc,
  getDoc,
  Timestamp,
  writeBatch,
  type EmulatorMockTokenOptions,
  type Firestore
} from 'firebase/firestore/lite';
import { accountToken as account, startRulesEmulator, type RulesEmulator } from '../testing/rules-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '@buku/core/ranking/config';
import { checkAgendaForm, formFromIssue } from './agenda/agenda';
import { createAgendaItem, getRanking, listAgenda, updateAgendaItem } from './agenda/store';
import { checkCenterForm, emptyCenterForm } from './centers/form';
import { createCenter, listAllCenters, saveCenter, setCenterActive } from './centers/store';
import { listMembers } from './members/store';
import { DEFAULT_DEADLINES } from './settings/settings';
import { getSettings, saveDeadlines, saveWeights } from './settings/store';

const PROJECT = 'demo-admin-test';

let firestore: RulesEmulator;
const client = (name: string, token?: EmulatorMockTokenOptions | 'owner') => firestore.client(name, token);

let owner: Firestore;
let admin: Firestore;
let moderator: Firestore;
let koordinator: Firestore;

const mambalanForm = {
  ...emptyCenterForm(),
  id: 'paer-mambal',
  name: 'Lembaga Adat Paer Mambal',
  code: 'LA-PM',
  kind: 'lembaga_adat',
  kecamatanCode: '52.01.09',
  desaCode: '52.01.09.2006',
  phone: '081907123456'
};

function checked(form: typeof mambalanForm, withId = true) {
  const check = checkCenterForm(form, withId);
  if (!check.ok) throw new Error(JSON.stringify(check.messages));
  return check;
}

const issue = {
  rank: 1,
  key: 'kesehatan|puskesmasmeninting',
  sector: 'kesehatan',
  provider: 'Puskesmas Meninting',
  score: 58.31,
  complaints: 9,
  previousMonth: 3,
  ccs: 3,
  villages: 4,
  openAtEnd: 5,
  overdueAtEnd: 1,
  components: [],
  explanation: { id: '9 pengaduan dari 3 CC di 4 desa', en: '9 complaints from 3 CCs in 4 villages' }
};

beforeAll(async () => {
  firestore = await startRulesEmulator(PROJECT);
  owner = client('owner', 'owner');
  const batch = writeBatch(owner);
  batch.set(
    doc(owner, 'centers/sandik'),
    checked({
      ...mambalanForm,
      id: 'sandik',
      name: 'CC Saling Anton',
      code: 'CC-SA',
      kind: 'cc',
      kecamatanCode: '52.01.14',
      desaCode: '52.01.14.2003'
    }).data
  );
  batch.set(doc(owner, 'centers/sandik/members/k1'), {
    uid: 'k1',
    role: 'koordinator',
    email: 'k1@example.org',
    grantedBy: 'admin',
    grantedAt: Timestamp.fromDate(new Date('2026-10-01T00:00:00Z'))
  });
  batch.set(doc(owner, 'centers/sandik/members/m1'), {
    uid: 'm1',
    role: 'moderator',
    email: 'm1@example.org',
    grantedBy: 'k1',
    grantedAt: Timestamp.fromDate(new Date('2026-11-01T00:00:00Z'))
  });
  batch.set(doc(owner, 'forum/2026-11'), {
    month: '2026-11',
    centers: 3,
    complaints: 20,
    issueCount: 1,
    issues: [issue]
  });
  await batch.commit();
  admin = client('admin', account('admin1', { admin: true }));
  moderator = client('mod', account('m1', { cc: { sandik: 'moderator' } }));
  koordinator = client('koor', account('k1', { cc: { sandik: 'koordinator' } }));
});

afterAll(async () => {
  await firestore.stop();
});

describe('CCs', () => {
  it('the admin creates, edits and deactivates a CC', async () => {
    const check = checked(mambalanForm);
    await createCenter(check.id, check.data, admin);
    const edited = checked({ ...mambalanForm, person: 'Lalu Fikri' }, false);
    await saveCenter('paer-mambal', edited.data, admin);
    await setCenterActive('paer-mambal', false, admin);
    const stored = (await getDoc(doc(owner, 'centers/paer-mambal'))).data();
    expect(stored).toMatchObject({
      name: 'Lembaga Adat Paer Mambal',
      code: 'LA-PM',
      desa: 'Mambalan',
      kecamatan: 'Gunungsari',
      kabupatenCode: '52.01',
      contact: { person: 'Lalu Fikri', phone: '+6281907123456' },
      active: false
    });
    expect((await listAllCenters(admin)).map((c) => [c.id, c.active])).toEqual([
      ['sandik', true],
      ['paer-mambal', false]
    ]);
  });

  it('never overwrites a CC with the same id', async () => {
    const check = checked({ ...mambalanForm, name: 'CC Lain' });
    await expect(createCenter('sandik', check.data, admin)).rejects.toMatchObject({ name: 'CenterIdTaken' });
  });

  it('refuses a moderator’s CC writes', async () => {
    const check = checked({ ...mambalanForm, id: 'meninting', name: 'CC Meninting', code: 'CC-MN' });
    await expect(createCenter(check.id, check.data, moderator)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    await expect(setCenterActive('sandik', false, moderator)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    // And a koordinator may not deactivate their own CC: the network decides that.
    await expect(setCenterActive('sandik', false, koordinator)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    expect((await getDoc(doc(owner, 'centers/sandik'))).data()?.active).toBe(true);
  });
});

describe('members', () => {
  it('lists a CC’s members by grant time for the admin and the koordinator', async () => {
    expect((await listMembers('sandik', admin)).map((m) => [m.uid, m.role])).toEqual([
      ['k1', 'koordinator'],
      ['m1', 'moderator']
    ]);
    expect(await listMembers('sandik', koordinator)).toHaveLength(2);
  });
});

describe('settings', () => {
  it('the admin saves weights and deadlines, and reads them back', async () => {
    expect((await getSettings(admin)).stored).toEqual({ ranking: false, deadlines: false });
    await saveWeights({ ...DEFAULT_WEIGHTS, breadth: 0.3 }, 'admin1', admin);
    await saveDeadlines({ ...DEFAULT_DEADLINES, verifyWorkingDays: 2 }, 'admin1', admin);
    const settings = await getSettings(moderator);
    expect(settings.weights.breadth).toBe(0.3);
    expect(settings.deadlines.verifyWorkingDays).toBe(2);
    expect(settings.stored).toEqual({ ranking: true, deadlines: true });
  });

  it('refuses a moderator’s settings', async () => {
    await expect(saveWeights({ ...DEFAULT_WEIGHTS, trend: 1 }, 'm1', moderator)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    await expect(saveDeadlines(DEFAULT_DEADLINES, 'm1', moderator)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    expect((await getSettings(owner)).weights.trend).toBe(DEFAULT_WEIGHTS.trend);
  });
});

describe('the advocacy agenda', () => {
  it('the admin turns a ranked issue into an item, updates it, and cannot add it twice', async () => {
    const ranking = await getRanking('2026-11', admin);
    const ranked = ranking?.issues[0];
    expect(ranked?.key).toBe('kesehatan|puskesmasmeninting');
    if (!ranked) return;
    const check = checkAgendaForm({ ...formFromIssue(ranked), actions: 'Surat ke Kepala Puskesmas' });
    if (!check.ok) throw new Error('form');
    const id = await createAgendaItem('2026-11', ranked, check.edit, 'admin1', admin);
    await expect(createAgendaItem('2026-11', ranked, check.edit, 'admin1', admin)).rejects.toMatchObject({
      name: 'AgendaExists'
    });
    await updateAgendaItem(
      id,
      { ...check.edit, status: 'tercapai', outcomeNotes: 'Pungutan dihentikan.' },
      admin
    );
    const items = await listAgenda(moderator);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: '2026-11_kesehatan-puskesmasmeninting',
      month: '2026-11',
      rank: 1,
      score: 58.3,
      status: 'tercapai',
      outcomeNotes: 'Pungutan dihentikan.',
      actions: ['Surat ke Kepala Puskesmas'],
      explanation: issue.explanation
    });
  });

  it('refuses a moderator’s agenda writes', async () => {
    const check = checkAgendaForm(formFromIssue(issue));
    if (!check.ok) throw new Error('form');
    await expect(createAgendaItem('2026-10', issue, check.edit, 'm1', moderator)).rejects.toMatchObject({
      code: 'permission-denied'
    });
    await expect(
      updateAgendaItem(
        '2026-11_kesehatan-puskesmasmeninting',
        { ...check.edit, status: 'dihentikan' },
        moderator
      )
    ).rejects.toMatchObject({ code: 'permission-denied' });
  });
});
