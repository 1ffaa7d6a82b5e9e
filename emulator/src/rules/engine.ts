/** Deciding one request: find the allow statements whose match paths cover it, evaluate
 * them (OR), and say which rule decided. */
import type { AllowMethod, AllowStatement, Block, Loc, RulesFile } from './ast';
import type {
  AuthorizeRequest,
  CompiledRules,
  RulesCompileError,
  RulesContext,
  RulesDecision,
  RulesMethod
} from './contract';
import { type EvalEnv, Lazy, type Scope, evaluateCondition } from './evaluator';
import { listCheck } from './list-queries';
import { type PathSeg, concrete, matchPrefix } from './matcher';
import {
  type Value,
  NULL,
  RulesEvalError,
  documentPathSegments,
  fromJson,
  parseTimestamp,
  resourceValue,
  str
} from './values';

export const SINGLE_REQUEST_CALL_LIMIT = 10;

const COVERS: Record<AllowMethod, RulesMethod[]> = {
  read: ['get', 'list'],
  write: ['create', 'update', 'delete'],
  get: ['get'],
  list: ['list'],
  create: ['create'],
  update: ['update'],
  delete: ['delete']
};

const at = (loc: Loc): string => `${loc.file}:${loc.line}:${loc.column}`;

type Outcome =
  | { kind: 'allow'; allow: AllowStatement }
  | { kind: 'false'; allow: AllowStatement }
  | { kind: 'error'; allow: AllowStatement; error: RulesEvalError }
  | { kind: 'unknown'; allow: AllowStatement; reason: string };

interface Applicable {
  allow: AllowStatement;
  scope: Scope;
}

export class RulesEngine implements CompiledRules {
  constructor(private readonly files: RulesFile[]) {}

  authorize(
    request: AuthorizeRequest,
    context: RulesContext,
    callBudget?: { remaining: number }
  ): RulesDecision {
    try {
      return this.decide(request, context, callBudget);
    } catch (e) {
      // A bug or an unexpected value must deny, never answer 500 or allow.
      return deny(
        `${request.method} on ${request.path}`,
        `internal rules engine error: ${(e as Error).message}`
      );
    }
  }

  private decide(
    request: AuthorizeRequest,
    context: RulesContext,
    callBudget?: { remaining: number }
  ): RulesDecision {
    const head = `${request.method} on ${request.path}`;
    const names = this.files.map((f) => f.file).join(', ');
    const budget = callBudget ?? { remaining: SINGLE_REQUEST_CALL_LIMIT };
    const env: EvalEnv = {
      docs: context,
      budget,
      ownCalls: SINGLE_REQUEST_CALL_LIMIT,
      cache: new Map(),
      depth: 0
    };

    let matchPath: PathSeg[];
    let scenarios: Value[];
    let labels: string[] = [];
    let query: Value = { t: 'map', v: new Map() };
    if (request.method === 'list') {
      if (!request.query) return deny(head, 'a list request carries no query');
      const check = listCheck(request.query);
      if (check.problem) return deny(head, `the query cannot be checked: ${check.problem}`);
      matchPath = check.matchPath;
      scenarios = check.scenarios;
      labels = check.labels;
      query = check.query;
    } else {
      matchPath = concrete(documentPathSegments(request.path));
      scenarios = [request.resource ? resourceValue(request.resource) : NULL];
    }

    let requestValue: Value;
    try {
      requestValue = buildRequest(request, query);
    } catch (e) {
      if (e instanceof RulesEvalError) return deny(head, e.message);
      throw e;
    }

    let firstAllow: AllowStatement | null = null;
    const failures: Outcome[] = [];
    let failedFor = '';
    for (const [i, resource] of scenarios.entries()) {
      const applicable = this.applicable(matchPath, request.method, requestValue, resource);
      if (applicable.length === 0) return deny(head, `no allow statement matched (${names})`);
      const outcomes: Outcome[] = [];
      let allowed: AllowStatement | null = null;
      for (const { allow, scope } of applicable) {
        const o = evaluateAllow(allow, scope, env);
        if (o.kind === 'allow') {
          allowed = allow;
          break;
        }
        outcomes.push(o);
      }
      if (!allowed) {
        failures.push(...outcomes);
        if (scenarios.length > 1) failedFor = `for the documents where ${labels[i] ?? '?'}: `;
        break;
      }
      firstAllow ??= allowed;
    }
    if (failures.length === 0 && firstAllow)
      return {
        allowed: true,
        message: `${head} allowed by allow ${firstAllow.methods.join(', ')} at ${at(firstAllow.loc)}`
      };
    return deny(head, failedFor + failures.map(describe).join('; '));
  }

  private applicable(path: PathSeg[], method: RulesMethod, request: Value, resource: Value): Applicable[] {
    const out: Applicable[] = [];
    for (const file of this.files) {
      if (!file.service) continue;
      const root: Scope = {
        vars: new Map([
          ['request', Lazy.of(request)],
          ['resource', Lazy.of(resource)]
        ]),
        functions: new Map(file.service.body.functions.map((f) => [f.name, f])),
        parent: null
      };
      collect(file.service.body, path, root, file.version, method, out);
    }
    return out;
  }
}

function collect(
  block: Block,
  path: PathSeg[],
  scope: Scope,
  version: '1' | '2',
  method: RulesMethod,
  out: Applicable[]
): void {
  for (const m of block.matches) {
    for (const r of matchPrefix(m.pattern, path, version)) {
      const vars = new Map<string, Lazy>();
      for (const [k, v] of r.bindings) vars.set(k, Lazy.of(v));
      const inner: Scope = {
        vars,
        functions: new Map(m.body.functions.map((f) => [f.name, f])),
        parent: scope
      };
      if (r.rest.length === 0) {
        for (const allow of m.body.allows)
          if (allow.methods.some((am) => COVERS[am].includes(method))) out.push({ allow, scope: inner });
      }
      collect(m.body, r.rest, inner, version, method, out);
    }
  }
}

function evaluateAllow(allow: AllowStatement, scope: Scope, env: EvalEnv): Outcome {
  if (!allow.condition) return { kind: 'allow', allow };
  try {
    const v = evaluateCondition(allow.condition, scope, env);
    if (v.t === 'bool') return { kind: v.v ? 'allow' : 'false', allow };
    if (v.t === 'unknown') return { kind: 'unknown', allow, reason: v.reason };
    return {
      kind: 'error',
      allow,
      error: new RulesEvalError('Condition is not a bool', allow.condition.loc)
    };
  } catch (e) {
    if (e instanceof RulesEvalError) return { kind: 'error', allow, error: e };
    if (e instanceof RangeError)
      return { kind: 'error', allow, error: new RulesEvalError(e.message, allow.loc) };
    throw e;
  }
}

function describe(o: Outcome): string {
  const rule = `allow ${o.allow.methods.join(', ')} at ${at(o.allow.loc)}`;
  switch (o.kind) {
    case 'false':
      return `${rule} evaluated to false`;
    case 'error':
      return `error at ${o.error.loc ? at(o.error.loc) : at(o.allow.loc)}: ${o.error.message} (${rule})`;
    case 'unknown':
      return `${rule} cannot be proven for every document the query could return: ${o.reason}`;
    case 'allow':
      return `${rule} allowed`;
  }
}

function deny(head: string, why: string): RulesDecision {
  return { allowed: false, message: `PERMISSION_DENIED: ${head} denied: ${why}` };
}

function buildRequest(request: AuthorizeRequest, query: Value): Value {
  const path =
    request.method === 'list' && request.query
      ? documentPathSegments(
          [request.query.parent, request.query.collectionId].filter((s) => s !== '').join('/')
        )
      : documentPathSegments(request.path);
  const auth: Value = request.auth
    ? {
        t: 'map',
        v: new Map<string, Value>([
          ['uid', str(request.auth.uid)],
          ['token', fromJson(request.auth.token)]
        ])
      }
    : NULL;
  return {
    t: 'map',
    v: new Map<string, Value>([
      ['auth', auth],
      ['method', str(request.method)],
      ['path', { t: 'path', v: path }],
      ['time', { t: 'timestamp', v: parseTimestamp(request.time) }],
      ['resource', request.requestResource ? resourceValue(request.requestResource) : NULL],
      ['query', query]
    ])
  };
}

/** Rules that failed to compile: every request is denied and told why. */
export function denyAll(errors: RulesCompileError[]): CompiledRules {
  const first = errors[0];
  const where = first ? `${first.file}:${first.line}:${first.column}: ${first.message}` : 'no rules';
  return {
    authorize(request) {
      return deny(`${request.method} on ${request.path}`, `the rules do not compile (${where})`);
    }
  };
}
