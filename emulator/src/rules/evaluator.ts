/** Expression evaluation: errors are RulesEvalError (a statement that errs does not allow),
 * `&&`/`||` absorb an error or unknown in the branch that is not needed. */
import type { Expr, FunctionDecl } from './ast';
import {
  DOCUMENT_FUNCTIONS,
  GLOBAL_FUNCTIONS,
  NAMESPACES,
  callGlobal,
  callMethod,
  callNamespace,
  checkInt
} from './builtins';
import type { RulesContext, StoredDocument } from './contract';
import {
  type FieldFacts,
  type Value,
  FALSE,
  NULL,
  RulesEvalError,
  TIMESTAMP_MAX,
  TIMESTAMP_MIN,
  TRUE,
  bool,
  compareValues,
  isSymbolic,
  resourceValue,
  show,
  str,
  typeName,
  unknown,
  valuesEqual
} from './values';

/** A binding evaluated on first use, so that an unused `let` cannot fail a rule. */
export class Lazy {
  private state: { value: Value } | { error: unknown } | null = null;
  constructor(private readonly compute: () => Value) {}
  static of(value: Value): Lazy {
    const l = new Lazy(() => value);
    l.state = { value };
    return l;
  }
  get(): Value {
    if (!this.state) {
      try {
        this.state = { value: this.compute() };
      } catch (e) {
        this.state = { error: e };
      }
    }
    if ('error' in this.state) throw this.state.error;
    return this.state.value;
  }
}

export interface Scope {
  vars: Map<string, Lazy>;
  functions: Map<string, FunctionDecl>;
  parent: Scope | null;
}

export interface EvalEnv {
  docs: RulesContext;
  /** get()/exists() calls left for this request (shared across a commit by the caller). */
  budget: { remaining: number };
  /** Calls left for this one write or read: 10 even inside a commit that may make 20. */
  ownCalls: number;
  /** Documents already fetched in this request: repeated lookups are free, as in Cloud Firestore. */
  cache: Map<string, StoredDocument | null>;
  depth: number;
}

export const MAX_CALL_DEPTH = 20;
export const TYPE_NAMES = new Set([
  'bool',
  'bytes',
  'duration',
  'float',
  'int',
  'latlng',
  'list',
  'map',
  'map_diff',
  'number',
  'path',
  'set',
  'string',
  'timestamp'
]);

export function evaluate(e: Expr, scope: Scope, env: EvalEnv): Value {
  try {
    return evalNode(e, scope, env);
  } catch (err) {
    if (err instanceof RulesEvalError && !err.loc) throw new RulesEvalError(err.message, e.loc);
    throw err;
  }
}

function lookupVar(scope: Scope | null, name: string): Lazy | undefined {
  for (let s = scope; s; s = s.parent) {
    const v = s.vars.get(name);
    if (v) return v;
  }
  return undefined;
}

function lookupFunction(scope: Scope | null, name: string): { decl: FunctionDecl; scope: Scope } | undefined {
  for (let s = scope; s; s = s.parent) {
    const f = s.functions.get(name);
    if (f) return { decl: f, scope: s };
  }
  return undefined;
}

function evalNode(e: Expr, scope: Scope, env: EvalEnv): Value {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'ident': {
      const v = lookupVar(scope, e.name);
      if (!v) throw new RulesEvalError(`Variable ${e.name} is not defined`);
      return v.get();
    }
    case 'list':
      return { t: 'list', v: e.items.map((x) => evaluate(x, scope, env)) };
    case 'map': {
      const m = new Map<string, Value>();
      for (const { key, value } of e.entries) {
        const k = evaluate(key, scope, env);
        if (k.t !== 'string') throw new RulesEvalError(`Map keys must be strings, got ${typeName(k)}`);
        m.set(k.v, evaluate(value, scope, env));
      }
      return { t: 'map', v: m };
    }
    case 'path': {
      const segs: string[] = [];
      for (const parts of e.parts) {
        let seg = '';
        for (const p of parts) {
          if (p.kind === 'text') {
            seg += p.text;
            continue;
          }
          const v = evaluate(p.expr, scope, env);
          if (isSymbolic(v)) return symbolicReason(v);
          if (v.t === 'path' && parts.length === 1) {
            segs.push(...v.v);
            seg = '';
            break;
          }
          seg += interpolated(v);
        }
        if (seg !== '') segs.push(seg);
      }
      return { t: 'path', v: segs };
    }
    case 'member':
      return member(evaluate(e.object, scope, env), e.name);
    case 'index':
      return index(evaluate(e.object, scope, env), evaluate(e.index, scope, env));
    case 'range': {
      const obj = evaluate(e.object, scope, env);
      const from = evaluate(e.from, scope, env);
      const to = evaluate(e.to, scope, env);
      if (isSymbolic(obj) || isSymbolic(from) || isSymbolic(to)) return symbolicReason(obj, from, to);
      if (obj.t !== 'list' || from.t !== 'int' || to.t !== 'int')
        throw new RulesEvalError(
          `Range needs list[int:int], got ${typeName(obj)}[${typeName(from)}:${typeName(to)}]`
        );
      const a = Number(from.v);
      const b = Number(to.v);
      if (a < 0 || b > obj.v.length || a > b) throw new RulesEvalError('Index out of range');
      return { t: 'list', v: obj.v.slice(a, b) };
    }
    case 'call':
      return call(e, scope, env);
    case 'unary': {
      const v = evaluate(e.operand, scope, env);
      if (isSymbolic(v)) return symbolicReason(v);
      if (e.op === '!') {
        if (v.t !== 'bool') throw new RulesEvalError(`Unsupported operation: !${typeName(v)}`);
        return bool(!v.v);
      }
      if (v.t === 'int') return checkInt(-v.v);
      if (v.t === 'float') return { t: 'float', v: -v.v };
      if (v.t === 'duration') return { t: 'duration', v: -v.v };
      throw new RulesEvalError(`Unsupported operation: -${typeName(v)}`);
    }
    case 'binary':
      if (e.op === '&&' || e.op === '||') return logical(e.op, e.left, e.right, scope, env);
      return binary(e.op, evaluate(e.left, scope, env), evaluate(e.right, scope, env));
    case 'is':
      return isType(evaluate(e.operand, scope, env), e.typeName);
    case 'ternary': {
      const test = evaluate(e.test, scope, env);
      if (isSymbolic(test)) return symbolicReason(test);
      if (test.t !== 'bool') throw new RulesEvalError(`Condition of ?: must be bool, got ${typeName(test)}`);
      return evaluate(test.v ? e.then : e.otherwise, scope, env);
    }
  }
}

function interpolated(v: Value): string {
  if (v.t === 'string') return v.v;
  if (v.t === 'int') return v.v.toString();
  throw new RulesEvalError(`Cannot use ${typeName(v)} in a path`);
}

function symbolicReason(...vals: Value[]): Value {
  for (const v of vals) if (v.t === 'unknown') return v;
  const s = vals.find(isSymbolic);
  return unknown(`${s ? show(s) : 'a value'} has no single value fixed by the query`);
}

export function member(obj: Value, name: string): Value {
  switch (obj.t) {
    case 'map': {
      const v = obj.v.get(name);
      if (v === undefined) throw new RulesEvalError(`Property ${name} is undefined on object.`);
      return v;
    }
    case 'symmap':
      return obj.fields.get(name) ?? unknown(`${obj.name}.${name} is not constrained by the query`);
    case 'unknown':
      return obj;
    case 'sym':
      return symbolicReason(obj);
    case 'null':
      throw new RulesEvalError(`Null value error: cannot read property ${name} of null.`);
    default:
      throw new RulesEvalError(`Property ${name} is undefined on object of type ${typeName(obj)}.`);
  }
}

function index(obj: Value, idx: Value): Value {
  if (obj.t === 'unknown') return obj;
  if (idx.t === 'unknown' || idx.t === 'sym' || idx.t === 'symmap') return symbolicReason(idx);
  if (obj.t === 'symmap' && idx.t === 'string') return member(obj, idx.v);
  if (obj.t === 'sym') return symbolicReason(obj);
  if (obj.t === 'map') {
    if (idx.t !== 'string') throw new RulesEvalError(`Map index must be a string, got ${typeName(idx)}`);
    return member(obj, idx.v);
  }
  if (obj.t === 'list' || obj.t === 'path') {
    if (idx.t !== 'int') throw new RulesEvalError(`Index must be an int, got ${typeName(idx)}`);
    const i = Number(idx.v);
    const item = obj.v[i];
    if (i < 0 || item === undefined) throw new RulesEvalError(`Index out of range: ${i}`);
    return typeof item === 'string' ? str(item) : item;
  }
  if (obj.t === 'null') throw new RulesEvalError('Null value error: cannot index null.');
  throw new RulesEvalError(`Cannot index a ${typeName(obj)}`);
}

function asCondition(v: Value): Value {
  if (v.t === 'bool' || v.t === 'unknown') return v;
  if (v.t === 'sym' || v.t === 'symmap') return symbolicReason(v);
  throw new RulesEvalError(`Expected a bool, got ${typeName(v)}`);
}

function logical(op: '&&' | '||', left: Expr, right: Expr, scope: Scope, env: EvalEnv): Value {
  const decisive = op === '||';
  let lv: Value | null = null;
  let lerr: unknown = null;
  try {
    lv = asCondition(evaluate(left, scope, env));
    if (lv.t === 'bool') return lv.v === decisive ? lv : asCondition(evaluate(right, scope, env));
  } catch (err) {
    if (!(err instanceof RulesEvalError)) throw err;
    lerr = err;
  }
  // The left side erred or is unknown: only a decisive right side saves the expression.
  const rv = asCondition(evaluate(right, scope, env));
  if (rv.t === 'bool' && rv.v === decisive) return rv;
  if (lerr) throw lerr;
  return lv ?? FALSE;
}

const ARITH = new Set(['+', '-', '*', '/', '%']);

export function binary(op: string, a: Value, b: Value): Value {
  if (isSymbolic(a) || isSymbolic(b)) return symbolicBinary(op, a, b);
  switch (op) {
    case '==':
      return bool(valuesEqual(a, b));
    case '!=':
      return bool(!valuesEqual(a, b));
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const c = compareValues(a, b);
      if (c === null) throw new RulesEvalError(`Unsupported operation: ${typeName(a)} ${op} ${typeName(b)}`);
      if (Number.isNaN(c)) return FALSE;
      return bool(op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0);
    }
    case 'in':
      if (b.t === 'list' || b.t === 'set') return bool(b.v.some((x) => valuesEqual(a, x)));
      if (b.t === 'map') {
        if (a.t !== 'string') throw new RulesEvalError(`Map keys are strings, got ${typeName(a)}`);
        return bool(b.v.has(a.v));
      }
      throw new RulesEvalError(`Unsupported operation: ${typeName(a)} in ${typeName(b)}`);
  }
  if (ARITH.has(op)) return arithmetic(op, a, b);
  throw new RulesEvalError(`Unknown operator ${op}`);
}

function arithmetic(op: string, a: Value, b: Value): Value {
  if (a.t === 'int' && b.t === 'int') {
    switch (op) {
      case '+':
        return checkInt(a.v + b.v);
      case '-':
        return checkInt(a.v - b.v);
      case '*':
        return checkInt(a.v * b.v);
      case '/':
        if (b.v === 0n) throw new RulesEvalError('Division by zero');
        return checkInt(a.v / b.v);
      case '%':
        if (b.v === 0n) throw new RulesEvalError('Modulo by zero');
        return checkInt(a.v % b.v);
    }
  }
  if ((a.t === 'int' || a.t === 'float') && (b.t === 'int' || b.t === 'float')) {
    const x = Number(a.v);
    const y = Number(b.v);
    const v = op === '+' ? x + y : op === '-' ? x - y : op === '*' ? x * y : op === '/' ? x / y : x % y;
    return { t: 'float', v };
  }
  if (op === '+') {
    if (a.t === 'string' && b.t === 'string') return str(a.v + b.v);
    if (a.t === 'list' && b.t === 'list') return { t: 'list', v: [...a.v, ...b.v] };
    if (a.t === 'timestamp' && b.t === 'duration') return timestamp(a.v + b.v);
    if (a.t === 'duration' && b.t === 'timestamp') return timestamp(a.v + b.v);
    if (a.t === 'duration' && b.t === 'duration') return { t: 'duration', v: a.v + b.v };
  }
  if (op === '-') {
    if (a.t === 'timestamp' && b.t === 'duration') return timestamp(a.v - b.v);
    if (a.t === 'timestamp' && b.t === 'timestamp') return { t: 'duration', v: a.v - b.v };
    if (a.t === 'duration' && b.t === 'duration') return { t: 'duration', v: a.v - b.v };
  }
  throw new RulesEvalError(`Unsupported operation: ${typeName(a)} ${op} ${typeName(b)}`);
}

function timestamp(v: bigint): Value {
  if (v < TIMESTAMP_MIN || v > TIMESTAMP_MAX) throw new RulesEvalError('Timestamp out of range');
  return { t: 'timestamp', v };
}

// ---- symbolic values (list queries) ----

/** The number a field is fixed to by `field == number`, whatever its stored type. */
function numericPoint(v: Value): Value | null {
  if (v.t !== 'sym' || !v.facts.lower?.inclusive || !v.facts.upper?.inclusive) return null;
  const { value } = v.facts.lower;
  if (value.t !== 'int' && value.t !== 'float') return null;
  return compareValues(value, v.facts.upper.value) === 0 ? value : null;
}

const COMPARISONS = new Set(['==', '!=', '<', '<=', '>', '>=', 'in']);

function symbolicBinary(op: string, a: Value, b: Value): Value {
  if (a.t === 'unknown') return a;
  if (b.t === 'unknown') return b;
  // Comparisons treat int and float alike, so the fixed number decides them (arithmetic would not:
  // 3 / 2 is 1 for an int and 1.5 for a float).
  if (COMPARISONS.has(op)) {
    const x = numericPoint(a) ?? a;
    const y = numericPoint(b) ?? b;
    if ((x !== a || y !== b) && !isSymbolic(x) && !isSymbolic(y)) return binary(op, x, y);
  }
  if (op === '==' || op === '!=') {
    const eq = symbolicEquals(a, b);
    if (eq === null) return symbolicReason(a, b);
    return bool(op === '==' ? eq : !eq);
  }
  if (op === '<' || op === '<=' || op === '>' || op === '>=') {
    let r: boolean | null = null;
    if (a.t === 'sym' && !isSymbolic(b)) r = decideCompare(a.facts, op, b);
    else if (b.t === 'sym' && !isSymbolic(a)) r = decideCompare(b.facts, flip(op), a);
    return r === null ? symbolicReason(a, b) : bool(r);
  }
  if (op === 'in' && !isSymbolic(a)) {
    if (b.t === 'sym' && b.facts.contains.some((x) => valuesEqual(x, a))) return TRUE;
    if (b.t === 'symmap' && a.t === 'string' && b.fields.has(a.v)) return TRUE;
  }
  return symbolicReason(a, b);
}

function flip(op: string): string {
  return op === '<' ? '>' : op === '<=' ? '>=' : op === '>' ? '<' : '<=';
}

function symbolicEquals(a: Value, b: Value): boolean | null {
  if (a.t === 'symmap' || b.t === 'symmap') {
    const other = a.t === 'symmap' ? b : a;
    return other.t === 'null' ? false : null;
  }
  const [sym, c] = a.t === 'sym' ? [a, b] : [b as Extract<Value, { t: 'sym' }>, a];
  if (!isSymbolic(c)) {
    const f = sym.facts;
    if (f.notEqual.some((x) => valuesEqual(x, c))) return false;
    if (c.t === 'null' && (f.lower || f.upper || f.contains.length > 0)) return false;
    if (f.contains.length > 0 && c.t !== 'list') return false;
    if (decideCompare(f, '<', c) === true || decideCompare(f, '>', c) === true) return false;
  }
  return null;
}

function decideCompare(f: FieldFacts, op: string, c: Value): boolean | null {
  const cl = f.lower ? compareValues(f.lower.value, c) : null;
  const cu = f.upper ? compareValues(f.upper.value, c) : null;
  const li = f.lower?.inclusive ?? false;
  const ui = f.upper?.inclusive ?? false;
  const has = (x: number | null): x is number => x !== null && !Number.isNaN(x);
  switch (op) {
    case '<':
      if (has(cu) && (cu < 0 || (cu === 0 && !ui))) return true;
      if (has(cl) && (cl > 0 || (cl === 0 && li))) return false;
      return null;
    case '<=':
      if (has(cu) && cu <= 0) return true;
      if (has(cl) && (cl > 0 || (cl === 0 && !li))) return false;
      return null;
    case '>':
      if (has(cl) && (cl > 0 || (cl === 0 && !li))) return true;
      if (has(cu) && (cu < 0 || (cu === 0 && ui))) return false;
      return null;
    case '>=':
      if (has(cl) && cl >= 0) return true;
      if (has(cu) && (cu < 0 || (cu === 0 && !ui))) return false;
      return null;
  }
  return null;
}

export function isType(v: Value, type: string): Value {
  if (v.t === 'unknown') return v;
  if (v.t === 'symmap') return bool(type === 'map');
  if (v.t === 'sym') {
    const known = v.facts.lower?.value ?? v.facts.upper?.value;
    if (v.facts.contains.length > 0) return bool(type === 'list');
    if (known) {
      if (known.t === 'int' || known.t === 'float') {
        if (type === 'number') return TRUE;
        if (type === 'int' || type === 'float') return symbolicReason(v);
        return FALSE;
      }
      return bool(known.t === type);
    }
    return symbolicReason(v);
  }
  if (type === 'number') return bool(v.t === 'int' || v.t === 'float');
  return bool(typeName(v) === type);
}

// ---- calls ----

function call(e: Extract<Expr, { kind: 'call' }>, scope: Scope, env: EvalEnv): Value {
  const callee = e.callee;
  if (callee.kind === 'ident') {
    const fn = lookupFunction(scope, callee.name);
    const args = e.args.map((a) => evaluate(a, scope, env));
    if (fn) return callUser(fn.decl, fn.scope, args, env);
    if (DOCUMENT_FUNCTIONS.has(callee.name)) return documentCall(callee.name, args, env);
    if (GLOBAL_FUNCTIONS.has(callee.name)) {
      if (args.some(isSymbolic)) return symbolicReason(...args);
      return callGlobal(callee.name, args);
    }
    throw new RulesEvalError(`Function not found error: Name: [${callee.name}]`);
  }
  if (callee.kind === 'member') {
    if (
      callee.object.kind === 'ident' &&
      NAMESPACES.has(callee.object.name) &&
      !lookupVar(scope, callee.object.name)
    ) {
      const args = e.args.map((a) => evaluate(a, scope, env));
      if (args.some(isSymbolic)) return symbolicReason(...args);
      return callNamespace(callee.object.name, callee.name, args);
    }
    const recv = evaluate(callee.object, scope, env);
    const args = e.args.map((a) => evaluate(a, scope, env));
    if (recv.t === 'symmap' && callee.name === 'get' && args[0]?.t === 'string') {
      return (
        recv.fields.get(args[0].v) ?? unknown(`${recv.name}.${args[0].v} is not constrained by the query`)
      );
    }
    if (isSymbolic(recv) || args.some(isSymbolic)) return symbolicReason(recv, ...args);
    if (recv.t === 'null')
      throw new RulesEvalError(`Null value error: cannot call ${callee.name}() on null.`);
    return callMethod(recv, callee.name, args);
  }
  throw new RulesEvalError('Only functions and methods can be called');
}

export function callUser(decl: FunctionDecl, closure: Scope, args: Value[], env: EvalEnv): Value {
  if (args.length !== decl.params.length)
    throw new RulesEvalError(
      `Function ${decl.name}() takes ${decl.params.length} argument(s), got ${args.length}`
    );
  if (env.depth >= MAX_CALL_DEPTH)
    throw new RulesEvalError(`Maximum function call depth (${MAX_CALL_DEPTH}) exceeded in ${decl.name}()`);
  const local: Scope = { vars: new Map(), functions: new Map(), parent: closure };
  decl.params.forEach((p, i) => local.vars.set(p, Lazy.of(args[i] as Value)));
  for (const l of decl.lets) local.vars.set(l.name, new Lazy(() => evaluate(l.value, local, env)));
  env.depth++;
  try {
    return evaluate(decl.body, local, env);
  } finally {
    env.depth--;
  }
}

function documentCall(name: string, args: Value[], env: EvalEnv): Value {
  if (args.length !== 1) throw new RulesEvalError(`${name}() takes 1 argument, got ${args.length}`);
  const p = args[0] as Value;
  if (isSymbolic(p)) return symbolicReason(p);
  if (p.t !== 'path') throw new RulesEvalError(`${name}() expects a path, got ${typeName(p)}`);
  const segs = p.v;
  if (segs[0] !== 'databases' || segs[2] !== 'documents' || segs.length < 5 || (segs.length - 3) % 2 !== 0)
    throw new RulesEvalError(
      `${name}(): '/${segs.join('/')}' is not a document path under /databases/{db}/documents`
    );
  const rel = segs.slice(3).join('/');
  const after = name === 'getAfter' || name === 'existsAfter';
  const key = `${after ? 'after' : 'before'}:${rel}`;
  let doc: StoredDocument | null;
  if (env.cache.has(key)) doc = env.cache.get(key) ?? null;
  else {
    if (env.budget.remaining <= 0 || env.ownCalls <= 0)
      throw new RulesEvalError(
        'Exceeded the limit of get()/exists() calls (10 for a single request or query, 20 for a commit or transaction)'
      );
    env.budget.remaining--;
    env.ownCalls--;
    doc = after ? env.docs.getAfter(rel) : env.docs.get(rel);
    env.cache.set(key, doc);
  }
  if (name === 'get' || name === 'getAfter') return doc ? resourceValue(doc) : NULL;
  return bool(doc !== null);
}

/** Evaluates an allow condition to a bool, an unknown (list queries) or a RulesEvalError. */
export function evaluateCondition(e: Expr, scope: Scope, env: EvalEnv): Value {
  return asCondition(evaluate(e, scope, env));
}
