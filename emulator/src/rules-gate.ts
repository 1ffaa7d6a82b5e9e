/**
 * Where every non-owner request meets the security rules (see rules/contract.ts). With no
 * rules loaded everything is allowed; with rules that failed to compile everything is denied.
 */
import { EmulatorError } from './errors';
import type { AuthorizeRequest, CompileResult, RulesAuth, RulesContext } from './rules/contract';

export interface Caller {
  /** `Authorization: Bearer owner`: an admin request that bypasses the rules. */
  owner: boolean;
  auth: RulesAuth | null;
}

export const OWNER: Caller = { owner: true, auth: null };

/** Single-document requests and queries may call get()/exists() 10 times, commits 20 times. */
export const SINGLE_BUDGET = 10;
export const COMMIT_BUDGET = 20;

export class RulesGate {
  private current: CompileResult | null = null;

  set(rules: CompileResult | null): void {
    this.current = rules;
  }

  get state(): CompileResult | null {
    return this.current;
  }

  /** Throws PERMISSION_DENIED unless the caller may do what the request asks. */
  check(
    caller: Caller,
    request: AuthorizeRequest,
    context: RulesContext,
    budget?: { remaining: number }
  ): void {
    if (caller.owner || this.current === null) return;
    if (!this.current.ok) {
      const first = this.current.errors[0];
      const where = first ? ` (${first.file}:${first.line}:${first.column}: ${first.message})` : '';
      throw new EmulatorError(
        'PERMISSION_DENIED',
        `Security rules failed to compile, so every request is denied${where}. / Aturan keamanan gagal dikompilasi; semua permintaan ditolak.`
      );
    }
    const decision = this.current.rules.authorize(request, context, budget ?? { remaining: SINGLE_BUDGET });
    if (!decision.allowed) {
      throw new EmulatorError(
        'PERMISSION_DENIED',
        decision.message || `Missing or insufficient permissions: ${request.method} ${request.path}.`
      );
    }
  }
}

/** Reads the claims of an unsigned (emulator) Firebase ID token without verifying it. */
export function callerFromAuthorization(header: string | undefined): Caller {
  if (!header) return { owner: false, auth: null };
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match)
    throw new EmulatorError('UNAUTHENTICATED', 'The Authorization header must be "Bearer <token>".');
  const token = (match[1] ?? '').trim();
  if (token === 'owner') return OWNER;
  const parts = token.split('.');
  if (parts.length < 2)
    throw new EmulatorError('UNAUTHENTICATED', 'The bearer token is not a Firebase ID token (JWT).');
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new EmulatorError('UNAUTHENTICATED', 'The bearer token payload is not valid JSON.');
  }
  if (typeof payload !== 'object' || payload === null) {
    throw new EmulatorError('UNAUTHENTICATED', 'The bearer token payload is not an object.');
  }
  const claims = payload as Record<string, unknown>;
  const uid = String(claims.user_id ?? claims.sub ?? claims.uid ?? '');
  if (uid === '') throw new EmulatorError('UNAUTHENTICATED', 'The bearer token has no sub / user_id claim.');
  return { owner: false, auth: { uid, token: claims } };
}
