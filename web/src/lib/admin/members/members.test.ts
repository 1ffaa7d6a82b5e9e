import { describe, expect, it } from 'vitest';
import { refusalCode, refusalMessage } from '../refusals';
import { checkInvite, emptyInviteForm, mayManage, memberFromData, otherRole } from './members';

describe('the members mirror', () => {
  it('reads a member with the grant time as an ISO instant', () => {
    const at = new Date('2026-11-30T02:00:00.000Z');
    expect(
      memberFromData('u1', {
        uid: 'u1',
        role: 'koordinator',
        email: 'baiq@example.org',
        grantedBy: 'admin',
        grantedAt: { toDate: () => at }
      })
    ).toEqual({
      uid: 'u1',
      role: 'koordinator',
      email: 'baiq@example.org',
      displayName: '',
      grantedBy: 'admin',
      grantedAt: '2026-11-30T02:00:00.000Z'
    });
    expect(memberFromData('u2', { role: 'owner' }).role).toBeNull();
  });

  it('offers the other role, and never lets a koordinator manage themselves', () => {
    expect(otherRole('moderator')).toBe('koordinator');
    expect(otherRole('koordinator')).toBe('moderator');
    const me = memberFromData('k1', { role: 'koordinator' });
    expect(mayManage({ uid: 'k1', admin: false }, me)).toBe(false);
    expect(mayManage({ uid: 'k1', admin: true }, me)).toBe(true);
    expect(mayManage({ uid: 'k2', admin: false }, me)).toBe(true);
  });
});

describe('an invite', () => {
  it('is checked with core’s email rule and normalised', () => {
    expect(
      checkInvite('sandik', { email: ' Baiq@Example.ORG ', displayName: ' Baiq Nur ', role: 'moderator' })
    ).toEqual({
      ok: true,
      request: { ccId: 'sandik', email: 'baiq@example.org', role: 'moderator', displayName: 'Baiq Nur' }
    });
    expect(checkInvite('sandik', { ...emptyInviteForm(), email: 'a@b.id' })).toEqual({
      ok: true,
      request: { ccId: 'sandik', email: 'a@b.id', role: 'moderator' }
    });
  });

  it('refuses a bad email and an unknown role', () => {
    const check = checkInvite('sandik', { email: 'baiq@', displayName: '', role: 'admin' });
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.messages.email?.[0]).toEqual({
      id: 'Alamat email tidak sah.',
      en: 'Invalid email address.'
    });
    expect(check.messages.role?.[0]?.en).toBe('Choose a role.');
  });
});

describe('a refusal', () => {
  it('shows the function’s own words', () => {
    const error = {
      code: 'functions/permission-denied',
      details: {
        reason: 'self_revoke',
        message: {
          id: 'Anda tidak boleh mencabut peran Anda sendiri.',
          en: 'You may not revoke your own role.'
        }
      }
    };
    expect(refusalCode(error)).toBe('permission-denied');
    expect(refusalMessage(error)).toEqual({
      id: 'Anda tidak boleh mencabut peran Anda sendiri.',
      en: 'You may not revoke your own role.'
    });
  });

  it('falls back to a message by code', () => {
    expect(refusalMessage({ code: 'permission-denied' }).en).toBe('Refused: your account may not do this.');
    expect(refusalMessage({ code: 'functions/unavailable' }).id).toBe(
      'Server tidak terjangkau. Periksa sinyal lalu coba lagi.'
    );
    expect(refusalMessage(new Error('x')).en).toBe('Failed (unknown). Try again.');
  });
});
