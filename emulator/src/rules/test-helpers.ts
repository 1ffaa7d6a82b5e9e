/** Small builders shared by the rules unit tests. */
import type { AuthorizeRequest, RestValue, RulesContext, RulesQuery, StoredDocument } from './contract';
import { Lazy, type EvalEnv, type Scope, evaluate } from './evaluator';
import { compileRules } from './index';
import { parseExpression } from './parser';
import { type Value, fromJson, show } from './values';

export const TIME = '2026-12-03T10:00:00.123456789Z';

/** Plain JS → REST value: integers stay integers, other numbers are doubles. */
export function rest(x: unknown): RestValue {
  if (x === null) return { nullValue: null };
  if (typeof x === 'boolean') return { booleanValue: x };
  if (typeof x === 'number') return Number.isInteger(x) ? { integerValue: String(x) } : { doubleValue: x };
  if (typeof x === 'string') return { stringValue: x };
  if (x instanceof Date) return { timestampValue: x.toISOString() };
  if (Array.isArray(x)) return { arrayValue: { values: x.map(rest) } };
  const fields: Record<string, RestValue> = {};
  for (const [k, v] of Object.entries(x as Record<string, unknown>)) fields[k] = rest(v);
  return { mapValue: { fields } };
}

export function doc(path: string, data: Record<string, unknown>): StoredDocument {
  const fields: Record<string, RestValue> = {};
  for (const [k, v] of Object.entries(data)) fields[k] = rest(v);
  return { path, fields, createTime: TIME, updateTime: TIME };
}

export function contextOf(
  docs: StoredDocument[],
  after: StoredDocument[] = docs
): RulesContext & { calls: number } {
  const ctx = {
    calls: 0,
    get(path: string) {
      ctx.calls++;
      return docs.find((d) => d.path === path) ?? null;
    },
    getAfter(path: string) {
      ctx.calls++;
      return after.find((d) => d.path === path) ?? null;
    }
  };
  return ctx;
}

/** Wraps statements in the usual service / databases boilerplate. */
export function rules(body: string, version = '2'): string {
  return `rules_version = '${version}';
service cloud.firestore {
  match /databases/{database}/documents {
${body}
  }
}
`;
}

export function compile(src: string) {
  const r = compileRules([{ name: 'firestore.rules', content: src }]);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}:${e.column} ${e.message}`).join('\n'));
  return r.rules;
}

export function request(
  partial: Partial<AuthorizeRequest> & Pick<AuthorizeRequest, 'method' | 'path'>
): AuthorizeRequest {
  return { auth: null, time: TIME, resource: null, ...partial };
}

export function listQuery(
  collection: string,
  structured: Record<string, unknown> = {},
  group = false
): { path: string; query: RulesQuery } {
  const segs = collection.split('/');
  const collectionId = segs.pop() as string;
  return {
    path: collection,
    query: {
      parent: segs.join('/'),
      collectionId,
      allDescendants: group,
      structuredQuery: { from: [{ collectionId, allDescendants: group }], ...structured }
    }
  };
}

export const eq = (field: string, value: unknown) => ({
  fieldFilter: { field: { fieldPath: field }, op: 'EQUAL', value: rest(value) }
});
export const op = (field: string, o: string, value: unknown) => ({
  fieldFilter: { field: { fieldPath: field }, op: o, value: rest(value) }
});
export const and = (...filters: unknown[]) => ({ compositeFilter: { op: 'AND', filters } });
export const or = (...filters: unknown[]) => ({ compositeFilter: { op: 'OR', filters } });

/** Evaluates one expression with `request`, `resource` and extra variables bound. */
export function evalExpr(
  src: string,
  vars: Record<string, unknown> = {},
  docs: StoredDocument[] = []
): Value {
  const scope: Scope = { vars: new Map(), functions: new Map(), parent: null };
  for (const [k, v] of Object.entries(vars)) scope.vars.set(k, Lazy.of(isValue(v) ? v : fromJson(v)));
  const env: EvalEnv = {
    docs: contextOf(docs),
    budget: { remaining: 10 },
    ownCalls: 10,
    cache: new Map(),
    depth: 0
  };
  return evaluate(parseExpression(src), scope, env);
}

function isValue(v: unknown): v is Value {
  return typeof v === 'object' && v !== null && 't' in v && typeof (v as { t: unknown }).t === 'string';
}

/** Evaluates and renders the value, or 'error: …'. */
export function run(src: string, vars: Record<string, unknown> = {}): string {
  try {
    return show(evalExpr(src, vars));
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}
