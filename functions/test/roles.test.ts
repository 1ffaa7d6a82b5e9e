import { HttpsError } from 'firebase-functions/v2/https';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { paths } from '../src/paths';
import { grantRole, inviteMember, revokeRole, type RoleDeps } from '../src/roles/manage-roles';
import { auditEntries, MAMBALAN, plain, seedCenter } from './support/fixtures';
import { MemoryDirectory } from './support/directory';
import { startTestFirestore, type TestFirestore } from './support/firestore';
import { expectNoIsoInstants, expectTimestamps } from './support/instants';

let t: TestFirestore;
let directory: MemoryDirectory;
let deps: RoleDeps;
const NOW = new Date('2026-12-03T02:00:00.000Z');

beforeAll(async () => {
  t = await startTestFirestore();
});
afterAll(async () => {
  await t.stop();
});
beforeEach(async () => {
  await t.emulator.clear();
  await seedCenter(t.db, 'sandik');
  await seedCenter(t.db, 'mambalan', MAMBALAN);
  directory = new MemoryDirectory();
  directory.add({ uid: 'admin', email: 'admin@jaringan.id', claims: { admin: true } });
  directory.add({ uid: 'koor', email: 'koor@sandik.id', claims: { cc: { sandik: 'koordinator' } } });
  directory.add({ uid: 'koor2', email: 'koor2@sandik.id', claims: { cc: { sandik: 'koordinator' } } });
  directory.add({ uid: 'mod', email: 'mod@sandik.id', claims: { cc: { sandik: 'moderator' } } });
  directory.add({ uid: 'warga', email: 'warga@mail.id', claims: { other: 'kept' } });
  deps = { db: t.db, directory, now: () => NOW };
});

/** The refusal a call ends in: code, reason and both languages. */
async function refusalOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    expect(error).toBeInstanceOf(HttpsError);
    const e = error as HttpsError;
    const details = e.details as { reason: string; message: { id: string; en: string } };
    return {
      code: e.code,
      reason: details.reason,
      message: e.message,
      id: details.message.id,
      en: details.message.en
    };
  }
  throw new Error('expected a refusal');
}

describe('granting roles', () => {
  it('lets an admin make someone koordinator of any CC, merging with their other claims', async () => {
    await grantRole(deps, { uid: 'admin' }, { ccId: 'mambalan', uid: 'koor', role: 'koordinator' });
    await grantRole(deps, { uid: 'admin' }, { ccId: 'sandik', email: 'warga@mail.id', role: 'moderator' });
    expect(directory.claimsOf('koor')).toEqual({ cc: { sandik: 'koordinator', mambalan: 'koordinator' } });
    expect(directory.claimsOf('warga')).toEqual({ other: 'kept', cc: { sandik: 'moderator' } });
    const member = plain((await t.db.doc(paths.member('mambalan', 'koor')).get()).data());
    expect(member).toEqual({
      uid: 'koor',
      role: 'koordinator',
      email: 'koor@sandik.id',
      grantedBy: 'admin',
      grantedAt: NOW.toISOString()
    });
    // Stored as timestamps, as every instant is.
    expectTimestamps((await t.db.doc(paths.member('mambalan', 'koor')).get()).data(), ['grantedAt']);
    for (const entry of await auditEntries(t.db)) expectTimestamps(entry, ['at']);
    await expectNoIsoInstants(t.db);
  });

  it('lets a koordinator make a moderator in their own CC, with an audit entry', async () => {
    const result = await grantRole(
      deps,
      { uid: 'koor' },
      { ccId: 'sandik', uid: 'warga', role: 'moderator' }
    );
    expect(result).toEqual({ uid: 'warga', ccId: 'sandik', role: 'moderator', previousRole: null });
    const audit = await auditEntries(t.db);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'role.granted',
      actor: 'koor',
      ccId: 'sandik',
      details: { targetUid: 'warga', role: 'moderator', previousRole: null }
    });
  });

  it('refuses a koordinator in another CC', async () => {
    expect(
      await refusalOf(grantRole(deps, { uid: 'koor' }, { ccId: 'mambalan', uid: 'warga', role: 'moderator' }))
    ).toEqual({
      code: 'permission-denied',
      reason: 'not_coordinator',
      message:
        'Hanya admin jaringan atau koordinator CC "mambalan" yang boleh melakukan ini. / Only a network admin or a coordinator of "mambalan" may do this.',
      id: 'Hanya admin jaringan atau koordinator CC "mambalan" yang boleh melakukan ini.',
      en: 'Only a network admin or a coordinator of "mambalan" may do this.'
    });
    expect(directory.claimsOf('warga')).toEqual({ other: 'kept' });
  });

  it('refuses a moderator, whatever the role asked', async () => {
    for (const role of ['moderator', 'koordinator']) {
      const refused = await refusalOf(
        grantRole(deps, { uid: 'mod' }, { ccId: 'sandik', uid: 'warga', role })
      );
      expect(refused).toMatchObject({ code: 'permission-denied', reason: 'moderator_cannot_manage' });
      expect(refused.id).toContain('Moderator tidak boleh');
      expect(refused.en).toContain('A moderator may not');
    }
  });

  it('refuses a caller who lost their role since their token was issued', async () => {
    await directory.setClaims('koor', {});
    expect(
      await refusalOf(grantRole(deps, { uid: 'koor' }, { ccId: 'sandik', uid: 'warga', role: 'moderator' }))
    ).toMatchObject({
      reason: 'not_coordinator'
    });
  });

  it('refuses the signed-out, bad input, unknown CCs and unknown users, in both languages', async () => {
    expect(
      await refusalOf(grantRole(deps, undefined, { ccId: 'sandik', uid: 'warga', role: 'moderator' }))
    ).toMatchObject({
      code: 'unauthenticated',
      id: 'Silakan masuk terlebih dahulu.',
      en: 'Please sign in first.'
    });
    const bad = await refusalOf(
      grantRole(deps, { uid: 'admin' }, { ccId: 'sandik', uid: 'warga', role: 'admin' })
    );
    expect(bad).toMatchObject({ code: 'invalid-argument', reason: 'bad_input' });
    expect(bad.id).toMatch(/^Data tidak sah: role/);
    expect(bad.en).toMatch(/^Invalid data: role/);
    expect(
      await refusalOf(grantRole(deps, { uid: 'admin' }, { ccId: 'sandik', role: 'moderator' }))
    ).toMatchObject({
      reason: 'bad_input'
    });
    expect(
      await refusalOf(
        grantRole(deps, { uid: 'admin' }, { ccId: 'tidak-ada', uid: 'warga', role: 'moderator' })
      )
    ).toMatchObject({
      code: 'not-found',
      reason: 'unknown_center',
      en: 'Community Center "tidak-ada" was not found.'
    });
    expect(
      await refusalOf(grantRole(deps, { uid: 'admin' }, { ccId: 'sandik', uid: 'hantu', role: 'moderator' }))
    ).toMatchObject({
      code: 'not-found',
      reason: 'user_not_found'
    });
  });

  it('refuses claims that would exceed what Firebase Auth stores', async () => {
    const many: Record<string, string> = {};
    for (let i = 0; i < 40; i++) many[`cc-nomor-${i}`] = 'moderator';
    directory.add({ uid: 'busy', claims: { cc: many } });
    expect(
      await refusalOf(grantRole(deps, { uid: 'admin' }, { ccId: 'sandik', uid: 'busy', role: 'moderator' }))
    ).toMatchObject({
      code: 'resource-exhausted',
      reason: 'claims_too_large'
    });
  });
});

describe('inviting members', () => {
  it('creates the account when the email is new, and reuses it when not', async () => {
    const first = await inviteMember(
      deps,
      { uid: 'koor' },
      { ccId: 'sandik', email: ' Relawan@Sandik.ID ', role: 'moderator', displayName: 'Lalu Relawan' }
    );
    expect(first).toMatchObject({ created: true, role: 'moderator', ccId: 'sandik' });
    expect(await directory.byUid(first.uid)).toEqual({
      uid: first.uid,
      email: 'relawan@sandik.id',
      displayName: 'Lalu Relawan',
      claims: { cc: { sandik: 'moderator' } }
    });
    const again = await inviteMember(
      deps,
      { uid: 'admin' },
      { ccId: 'mambalan', email: 'relawan@sandik.id', role: 'moderator' }
    );
    expect(again).toMatchObject({ uid: first.uid, created: false });
    expect(directory.claimsOf(first.uid)).toEqual({ cc: { sandik: 'moderator', mambalan: 'moderator' } });
  });

  it('refuses a moderator before creating any account', async () => {
    const refused = await refusalOf(
      inviteMember(deps, { uid: 'mod' }, { ccId: 'sandik', email: 'x@y.id', role: 'moderator' })
    );
    expect(refused.reason).toBe('moderator_cannot_manage');
    expect(await directory.byEmail('x@y.id')).toBeNull();
  });
});

describe('revoking roles', () => {
  it('lets a koordinator revoke a moderator of their CC and removes the mirror', async () => {
    await grantRole(deps, { uid: 'koor' }, { ccId: 'sandik', uid: 'warga', role: 'moderator' });
    const result = await revokeRole(deps, { uid: 'koor' }, { ccId: 'sandik', uid: 'warga' });
    expect(result).toEqual({ uid: 'warga', ccId: 'sandik', role: null, previousRole: 'moderator' });
    expect(directory.claimsOf('warga')).toEqual({ other: 'kept' });
    expect((await t.db.doc(paths.member('sandik', 'warga')).get()).exists).toBe(false);
    expect((await auditEntries(t.db)).map((a) => a.action).sort()).toEqual(['role.granted', 'role.revoked']);
  });

  it('keeps the roles of other CCs', async () => {
    await grantRole(deps, { uid: 'admin' }, { ccId: 'mambalan', uid: 'koor', role: 'moderator' });
    await revokeRole(deps, { uid: 'admin' }, { ccId: 'mambalan', uid: 'koor' });
    expect(directory.claimsOf('koor')).toEqual({ cc: { sandik: 'koordinator' } });
  });

  it('refuses a koordinator revoking their own role, and a moderator revoking anyone', async () => {
    expect(await refusalOf(revokeRole(deps, { uid: 'koor' }, { ccId: 'sandik', uid: 'koor' }))).toMatchObject(
      {
        code: 'failed-precondition',
        reason: 'self_revoke'
      }
    );
    expect(await refusalOf(revokeRole(deps, { uid: 'mod' }, { ccId: 'sandik', uid: 'koor' }))).toMatchObject({
      reason: 'moderator_cannot_manage'
    });
    expect(directory.claimsOf('koor')).toEqual({ cc: { sandik: 'koordinator' } });
  });

  it('refuses a moderator demoting a koordinator through grantRole', async () => {
    expect(
      await refusalOf(grantRole(deps, { uid: 'mod' }, { ccId: 'sandik', uid: 'koor2', role: 'moderator' }))
    ).toMatchObject({
      reason: 'moderator_cannot_manage'
    });
  });

  it('lets a koordinator revoke another koordinator of the same CC (never beyond what they hold)', async () => {
    await revokeRole(deps, { uid: 'koor' }, { ccId: 'sandik', uid: 'koor2' });
    expect(directory.claimsOf('koor2')).toEqual({});
  });
});
