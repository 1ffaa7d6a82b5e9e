import { describe, expect, it } from 'vitest';
import { centerIds, isStaffAnywhere, rolesFromClaims, roleIn } from './roles';
import { signInProblem } from './sign-in';

describe('rolesFromClaims', () => {
  it('reads CC roles and the admin flag from a password account', () => {
    const roles = rolesFromClaims(
      { cc: { sandik: 'moderator', mambalan: 'koordinator' }, admin: true },
      'password'
    );
    expect(roles).toEqual({ admin: true, centers: { mambalan: 'koordinator', sandik: 'moderator' } });
    expect(centerIds(roles)).toEqual(['mambalan', 'sandik']);
    expect(roleIn(roles, 'sandik')).toBe('moderator');
    expect(roleIn(roles, 'lain')).toBeNull();
    expect(isStaffAnywhere(roles)).toBe(true);
  });

  it('ignores every claim of an anonymous account, as the rules do', () => {
    expect(rolesFromClaims({ cc: { sandik: 'moderator' }, admin: true }, 'anonymous')).toEqual({
      admin: false,
      centers: {}
    });
  });

  it('treats malformed claims as no role', () => {
    expect(rolesFromClaims({ cc: 'sandik', admin: 'true' }, 'password')).toEqual({
      admin: false,
      centers: {}
    });
    expect(rolesFromClaims({ cc: { sandik: 'admin', 'Bad Id': 'moderator' } }, 'password').centers).toEqual(
      {}
    );
    expect(rolesFromClaims({ cc: ['sandik'] }, 'password').centers).toEqual({});
    // `toString` is not a CC this account holds, whatever the prototype says.
    expect(roleIn(rolesFromClaims({}, 'password'), 'toString')).toBeNull();
  });
});

describe('signInProblem', () => {
  it('sorts Firebase Auth errors into what the page can say', () => {
    expect(signInProblem({ code: 'auth/invalid-credential' })).toBe('credentials');
    expect(signInProblem({ code: 'auth/too-many-requests' })).toBe('too-many');
    expect(signInProblem({ code: 'auth/network-request-failed' })).toBe('network');
    expect(signInProblem(new Error('boom'))).toBe('other');
  });
});
