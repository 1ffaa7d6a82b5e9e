/** What went wrong at sign-in, from Firebase Auth's error code, in the few kinds people can act on. */
export type SignInProblem = 'credentials' | 'too-many' | 'network' | 'other';

export function signInProblem(error: unknown): SignInProblem {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'auth/invalid-credential':
    case 'auth/wrong-password':
    case 'auth/user-not-found':
    case 'auth/invalid-email':
    case 'auth/user-disabled':
      return 'credentials';
    case 'auth/too-many-requests':
      return 'too-many';
    case 'auth/network-request-failed':
      return 'network';
    default:
      return 'other';
  }
}
