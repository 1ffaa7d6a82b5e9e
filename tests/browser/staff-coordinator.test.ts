/**
 * A CC coordinator in Chromium at 360×740, against the real rules and the role callables of the
 * Functions emulator: at /admin/<cc>/anggota they invite a moderator by email, promote and demote
 * them, and revoke the role — after each step the custom claims in the Auth emulator and the
 * members mirror in Firestore say the same as the screen. What the coordinator may not do: manage
 * another CC's members (refused on screen, by the callables and by the rules), open the network's
 * admin pages, or change their own CC's register code or active flag.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collection, doc, getDoc, getDocs, setDoc, updateDoc } from 'firebase/firestore/lite';
import type { CitizenStackAddress } from './global-setup';
import { axeViolations } from './support/axe';
import { openPhone, type Phone } from './support/browser';
import { ownerOf, Timestamp, type Owner } from './support/owner';
import {
  callAs,
  createAccount,
  firestoreAs,
  idTokenOf,
  refusal,
  signIn,
  type StaffAccount,
  type UserFirestore
} from './support/staff';
import { seedStaffCenter } from './support/staff-seed';

const stack = inject('citizenStack');
const CC = 'koor-a';
const OTHER = 'koor-b';
const INVITED = 'relawan.baru@koor-a.id';
const INVITED_NAME = 'Relawan Baru';
let owner: Owner;
let phone: Phone;
let coordinator: StaffAccount;
let otherModerator: StaffAccount;
let asCoordinator: UserFirestore;
let invitedUid = '';

interface AuthUser {
  localId: string;
  email?: string;
  customAttributes?: string;
}

/** The Auth emulator's record of accounts, as the Admin SDK reads it (the `owner` token). */
async function authUsers(
  address: CitizenStackAddress,
  by: { email: string } | { localId: string }
): Promise<AuthUser[]> {
  const response = await fetch(
    `http://${address.authHost}/identitytoolkit.googleapis.com/v1/projects/${address.project}/accounts:lookup`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer owner' },
      body: JSON.stringify('email' in by ? { email: [by.email] } : { localId: [by.localId] })
    }
  );
  if (!response.ok) throw new Error(`accounts:lookup: ${response.status}`);
  return ((await response.json()) as { users?: AuthUser[] }).users ?? [];
}

/** The custom claims of one account, as the rules will read them from its next token. */
async function claimsOf(uid: string): Promise<Record<string, unknown>> {
  const [user] = await authUsers(stack, { localId: uid });
  if (!user) throw new Error(`no account ${uid}`);
  return user.customAttributes ? (JSON.parse(user.customAttributes) as Record<string, unknown>) : {};
}

const mirrorOf = async (cc: string, uid: string) =>
  (await owner.db.doc(`centers/${cc}/members/${uid}`).get()).data();

/** A member's card on the page, found by what it shows. */
const memberCard = (who: string) =>
  phone.page.locator('ul.members > li', { has: phone.page.getByText(who, { exact: true }) });

beforeAll(async () => {
  owner = ownerOf(stack.firestoreHost, stack.project);
  await seedStaffCenter(owner.db, CC, 'CC Koordinator Alpha', 'CC-KOA');
  await seedStaffCenter(owner.db, OTHER, 'CC Koordinator Beta', 'CC-KOB');
  coordinator = await createAccount(stack, 'koordinator@koor-a.id', { cc: { [CC]: 'koordinator' } });
  otherModerator = await createAccount(stack, 'moderator@koor-b.id', { cc: { [OTHER]: 'moderator' } });
  // The mirror as the role functions leave it for these two accounts.
  const grantedAt = Timestamp.fromDate(new Date(Date.now() - 86_400_000));
  await owner.db.doc(`centers/${CC}/members/${coordinator.uid}`).set({
    uid: coordinator.uid,
    role: 'koordinator',
    email: coordinator.email,
    grantedBy: 'admin-jaringan',
    grantedAt
  });
  await owner.db.doc(`centers/${OTHER}/members/${otherModerator.uid}`).set({
    uid: otherModerator.uid,
    role: 'moderator',
    email: otherModerator.email,
    grantedBy: 'admin-jaringan',
    grantedAt
  });
  asCoordinator = firestoreAs(stack, await idTokenOf(stack, coordinator));
  phone = await openPhone();
  await signIn(phone.page, stack, coordinator);
});
afterAll(async () => {
  await phone?.close();
  await asCoordinator?.close();
  await owner?.close();
});

describe("a CC coordinator, managing the CC's members", { timeout: 120_000 }, () => {
  it('opens the members page of their CC, listing themselves without actions on their own role', async () => {
    const { page } = phone;
    // Reached from the CC's own staff menu, as a coordinator finds it.
    await page.goto(`${stack.siteUrl}/staf/${CC}`);
    await page.getByRole('navigation', { name: 'Menu staf' }).getByRole('link', { name: 'Anggota' }).click();
    await page.waitForURL(`${stack.siteUrl}/admin/${CC}/anggota`);
    await page.getByRole('heading', { level: 1, name: `Anggota ${CC}` }).waitFor();
    const self = memberCard(coordinator.email);
    await self.waitFor();
    expect(await self.textContent()).toContain('(Anda)');
    expect(await self.locator('.badge').textContent()).toBe('Koordinator');
    // No revoking oneself (functions refuse it too): the page offers nothing on one's own card.
    expect(await self.getByRole('button').count()).toBe(0);
    // The coordinator is not the network admin: no admin menu.
    expect(await page.getByRole('navigation', { name: 'Menu admin' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('invites a moderator by email: a new account with the claim, and its mirror', async () => {
    const { page } = phone;
    expect(await authUsers(stack, { email: INVITED })).toEqual([]);
    await page.locator('#invite-email').fill(INVITED);
    await page.locator('#invite-name').fill(INVITED_NAME);
    expect(await page.getByRole('radio', { name: 'Moderator' }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Undang', exact: true }).click();

    await page.getByText(`Akun ${INVITED} dibuat dengan peran Moderator.`, { exact: false }).waitFor();
    const card = memberCard(INVITED_NAME);
    await card.waitFor();
    expect(await card.locator('.badge').textContent()).toBe('Moderator');
    expect(await page.locator('#invite-email').inputValue()).toBe('');
    expect(await axeViolations(page)).toEqual([]);

    const [invited] = await authUsers(stack, { email: INVITED });
    expect(invited).toBeDefined();
    invitedUid = invited!.localId;
    expect(await claimsOf(invitedUid)).toEqual({ cc: { [CC]: 'moderator' } });
    const mirror = await mirrorOf(CC, invitedUid);
    expect(mirror).toMatchObject({
      uid: invitedUid,
      role: 'moderator',
      email: INVITED,
      displayName: INVITED_NAME,
      grantedBy: coordinator.uid
    });
    expect(mirror?.grantedAt).toBeInstanceOf(Timestamp);
  });

  it('promotes the moderator to coordinator, then demotes them again', async () => {
    const { page } = phone;
    await page.getByRole('button', { name: `Jadikan koordinator: ${INVITED_NAME}`, exact: true }).click();
    await page.getByText(`${INVITED_NAME} sekarang Koordinator.`).waitFor();
    await expect.poll(() => memberCard(INVITED_NAME).locator('.badge').textContent()).toBe('Koordinator');
    expect(await claimsOf(invitedUid)).toEqual({ cc: { [CC]: 'koordinator' } });
    expect(await mirrorOf(CC, invitedUid)).toMatchObject({ role: 'koordinator', grantedBy: coordinator.uid });

    await page.getByRole('button', { name: `Jadikan moderator: ${INVITED_NAME}`, exact: true }).click();
    await page.getByText(`${INVITED_NAME} sekarang Moderator.`).waitFor();
    await expect.poll(() => memberCard(INVITED_NAME).locator('.badge').textContent()).toBe('Moderator');
    expect(await claimsOf(invitedUid)).toEqual({ cc: { [CC]: 'moderator' } });
    expect(await mirrorOf(CC, invitedUid)).toMatchObject({ role: 'moderator' });
    // The coordinator's own role is untouched by all this.
    expect(await claimsOf(coordinator.uid)).toEqual({ cc: { [CC]: 'koordinator' } });
  });

  it('revokes the role after asking: the claim and the mirror are gone', async () => {
    const { page } = phone;
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: `Cabut peran: ${INVITED_NAME}`, exact: true }).click();
    await page.getByText(`Peran ${INVITED_NAME} sudah dicabut.`).waitFor();
    expect(asked).toBe(
      `Cabut peran ${INVITED_NAME} di ${CC}? Akun ini tidak bisa lagi membuka buku pengaduan CC ini.`
    );
    await expect.poll(() => memberCard(INVITED_NAME).count()).toBe(0);
    await memberCard(coordinator.email).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    expect(await claimsOf(invitedUid)).toEqual({});
    expect(await mirrorOf(CC, invitedUid)).toBeUndefined();
    // The account itself stays (only the role goes).
    expect((await authUsers(stack, { localId: invitedUid })).map((u) => u.email)).toEqual([INVITED]);
  });

  it("refuses another CC's members page on screen, and its members by the rules", async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/admin/${OTHER}/anggota`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText('Halaman ini khusus admin jaringan atau koordinator CC ini.').waitFor();
    expect(await page.getByRole('button', { name: 'Undang', exact: true }).count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain(otherModerator.email);
    expect(await axeViolations(page)).toEqual([]);

    const { db } = asCoordinator;
    expect(await refusal(getDocs(collection(db, `centers/${OTHER}/members`)))).toBe('permission-denied');
    // The same token reads its own CC's mirror: the refusal is about the CC.
    const own = await getDocs(collection(db, `centers/${CC}/members`));
    expect(own.docs.map((d) => d.id)).toEqual([coordinator.uid]);
  });

  it('answers PERMISSION_DENIED to the callables for another CC, and changes nothing', async () => {
    const token = await idTokenOf(stack, coordinator);
    const outsider = 'orang.luar@koor-b.id';
    const answers = [
      await callAs(stack, 'inviteMember', token, { ccId: OTHER, email: outsider, role: 'moderator' }),
      await callAs(stack, 'grantRole', token, { ccId: OTHER, uid: otherModerator.uid, role: 'koordinator' }),
      await callAs(stack, 'revokeRole', token, { ccId: OTHER, uid: otherModerator.uid }),
      // Nor may a coordinator of CC A bring someone into CC B by their uid.
      await callAs(stack, 'grantRole', token, { ccId: OTHER, uid: coordinator.uid, role: 'koordinator' })
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(answer.error?.status).toBe('PERMISSION_DENIED');
      expect(answer.error?.details?.message?.id).toBe(
        `Hanya admin jaringan atau koordinator CC "${OTHER}" yang boleh melakukan ini.`
      );
    }
    expect(await authUsers(stack, { email: outsider })).toEqual([]);
    expect(await claimsOf(otherModerator.uid)).toEqual({ cc: { [OTHER]: 'moderator' } });
    expect(await claimsOf(coordinator.uid)).toEqual({ cc: { [CC]: 'koordinator' } });
    expect((await owner.db.collection(`centers/${OTHER}/members`).get()).docs.map((d) => d.id)).toEqual([
      otherModerator.uid
    ]);
    expect(await mirrorOf(OTHER, otherModerator.uid)).toMatchObject({ role: 'moderator' });

    // The same token and callable for the coordinator's own CC go through.
    const own = await callAs(stack, 'grantRole', token, { ccId: CC, email: INVITED, role: 'moderator' });
    expect(own.status).toBe(200);
    expect(own.result).toMatchObject({ uid: invitedUid, ccId: CC, role: 'moderator', previousRole: null });
    expect(await claimsOf(invitedUid)).toEqual({ cc: { [CC]: 'moderator' } });
    expect(await mirrorOf(CC, invitedUid)).toMatchObject({ role: 'moderator', grantedBy: coordinator.uid });
  });

  it('refuses the network admin pages to a coordinator, on screen and by the rules', async () => {
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Akses ditolak' }).waitFor();
    await page.getByText('Halaman ini khusus admin jaringan.').waitFor();
    expect(await page.getByRole('button', { name: 'Tambah CC' }).count()).toBe(0);
    await page.goto(`${stack.siteUrl}/admin/pengaturan`);
    await page.getByText('Halaman ini khusus admin jaringan.').waitFor();
    expect(await page.getByRole('button', { name: 'Simpan bobot' }).count()).toBe(0);

    const { db } = asCoordinator;
    // Anyone reads the network's settings; only the admin writes them.
    // (config/ranking may or may not exist yet: the admin's test saves it in this same run.)
    await expect(getDoc(doc(db, 'config/ranking'))).resolves.toBeDefined();
    expect(await refusal(setDoc(doc(db, 'config/ranking'), { weights: { volume: 1 } }))).toBe(
      'permission-denied'
    );
    expect(
      await refusal(
        setDoc(doc(db, 'centers/koor-palsu'), {
          name: 'CC Palsu',
          code: 'CC-PL',
          kind: 'cc',
          desa: 'Sandik',
          kecamatan: 'Batu Layar',
          kabupaten: 'Lombok Barat',
          contact: {},
          active: true
        })
      )
    ).toBe('permission-denied');
    expect((await owner.db.doc('centers/koor-palsu').get()).exists).toBe(false);
    expect((await owner.db.doc('config/ranking').get()).data()?.weights).not.toEqual({ volume: 1 });
  });

  it("keeps the CC's profile current on its page and by the rules, but not its register code, active flag, or another CC", async () => {
    const { db } = asCoordinator;
    // On screen: the profile page from the staff menu; the code is shown, not editable.
    const { page } = phone;
    await page.goto(`${stack.siteUrl}/staf/${CC}`);
    await page
      .getByRole('navigation', { name: 'Menu staf' })
      .getByRole('link', { name: 'Profil CC' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Profil CC Koordinator Alpha' }).waitFor();
    expect(
      await page.getByText('Kode register (CC-KOA) dan status aktif diatur admin jaringan.').count()
    ).toBe(1);
    await page.getByLabel('Narahubung').fill('Lalu Hamzan');
    await page.getByLabel('Nomor HP / WhatsApp').fill('0819-0722-1133');
    await page.getByText('Yang akan berubah: Narahubung, Nomor HP / WhatsApp').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Simpan CC' }).click();
    await page.getByRole('status').filter({ hasText: 'Tersimpan.' }).waitFor();
    const saved = (await owner.db.doc(`centers/${CC}`).get()).data();
    expect(saved?.contact).toEqual({ person: 'Lalu Hamzan', phone: '+6281907221133' });
    expect(saved).toMatchObject({ name: 'CC Koordinator Alpha', code: 'CC-KOA', active: true });

    // By the rules: the profile yes; the code, the active flag and another CC no.
    await updateDoc(doc(db, `centers/${CC}`), { contact: { person: 'Lalu Hamzan' } });
    expect((await owner.db.doc(`centers/${CC}`).get()).data()?.contact).toEqual({ person: 'Lalu Hamzan' });
    expect(await refusal(updateDoc(doc(db, `centers/${CC}`), { code: 'CC-LAIN' }))).toBe('permission-denied');
    expect(await refusal(updateDoc(doc(db, `centers/${CC}`), { active: false }))).toBe('permission-denied');
    expect(
      await refusal(updateDoc(doc(db, `centers/${OTHER}`), { contact: { person: 'Lalu Hamzan' } }))
    ).toBe('permission-denied');
    const stored = (await owner.db.doc(`centers/${CC}`).get()).data();
    expect(stored?.code).toBe('CC-KOA');
    expect(stored?.active).toBe(true);
    expect((await owner.db.doc(`centers/${OTHER}`).get()).data()?.contact).toEqual({ person: 'Baiq Nurul' });
  });
});
