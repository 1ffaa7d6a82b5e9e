/** Compile-time checks: unknown variables and functions, arity of user functions, type
 * names after `is`, and operations whose operand types are already known to be wrong. */
import type { Block, Expr, FunctionDecl, Loc, RulesFile } from './ast';
import {
  ALL_METHODS,
  DOCUMENT_FUNCTIONS,
  GLOBAL_FUNCTIONS,
  NAMESPACE_FUNCTIONS,
  NAMESPACES
} from './builtins';
import type { RulesCompileError } from './contract';
import { TYPE_NAMES } from './evaluator';

interface CheckScope {
  vars: Set<string>;
  functions: Map<string, FunctionDecl>;
  parent: CheckScope | null;
}

const GLOBAL_VARS = ['request', 'resource'];

export function checkRules(file: RulesFile): RulesCompileError[] {
  const errors: RulesCompileError[] = [];
  const report = (loc: Loc, message: string): void => {
    errors.push({ file: loc.file, line: loc.line, column: loc.column, message });
  };
  if (!file.service) return errors;
  const root: CheckScope = { vars: new Set(GLOBAL_VARS), functions: new Map(), parent: null };
  checkBlock(file.service.body, root, file.version, report);
  return errors;
}

type Report = (loc: Loc, message: string) => void;

function hasVar(scope: CheckScope | null, name: string): boolean {
  for (let s = scope; s; s = s.parent) if (s.vars.has(name)) return true;
  return false;
}

function findFunction(scope: CheckScope | null, name: string): FunctionDecl | undefined {
  for (let s = scope; s; s = s.parent) {
    const f = s.functions.get(name);
    if (f) return f;
  }
  return undefined;
}

function checkBlock(block: Block, scope: CheckScope, version: '1' | '2', report: Report): void {
  for (const f of block.functions) {
    if (scope.functions.has(f.name)) report(f.loc, `Function ${f.name}() is declared twice in this block`);
    scope.functions.set(f.name, f);
  }
  for (const f of block.functions) {
    const local: CheckScope = { vars: new Set(), functions: new Map(), parent: scope };
    for (const p of f.params) {
      if (local.vars.has(p)) report(f.loc, `Parameter ${p} of ${f.name}() is declared twice`);
      local.vars.add(p);
    }
    for (const l of f.lets) {
      checkExpr(l.value, local, report);
      if (local.vars.has(l.name)) report(l.loc, `Variable ${l.name} is already defined in ${f.name}()`);
      local.vars.add(l.name);
    }
    checkExpr(f.body, local, report);
    if (callsItself(f.body, f.name))
      report(f.loc, `Function ${f.name}() calls itself: recursion is not allowed`);
  }
  for (const a of block.allows) {
    if (!a.condition) continue;
    checkExpr(a.condition, scope, report);
    const t = staticType(a.condition);
    if (t !== 'any' && t !== 'bool') report(a.condition.loc, `Condition must be a bool, got ${t}`);
  }
  for (const m of block.matches) {
    const vars = new Set<string>();
    let rests = 0;
    m.pattern.forEach((seg, i) => {
      if (seg.kind === 'literal') return;
      if (vars.has(seg.name)) report(m.loc, `Wildcard {${seg.name}} appears twice in one match path`);
      vars.add(seg.name);
      if (seg.kind === 'rest') {
        rests++;
        if (version === '1' && i !== m.pattern.length - 1)
          report(m.loc, `{${seg.name}=**} must be the last segment in rules_version '1'`);
      }
    });
    if (rests > 1) report(m.loc, 'A match path may contain only one {name=**} wildcard');
    checkBlock(m.body, { vars, functions: new Map(), parent: scope }, version, report);
  }
}

function callsItself(e: Expr, name: string): boolean {
  let found = false;
  walk(e, (x) => {
    if (x.kind === 'call' && x.callee.kind === 'ident' && x.callee.name === name) found = true;
  });
  return found;
}

function walk(e: Expr, visit: (e: Expr) => void): void {
  visit(e);
  switch (e.kind) {
    case 'list':
      e.items.forEach((x) => walk(x, visit));
      break;
    case 'map':
      e.entries.forEach((x) => (walk(x.key, visit), walk(x.value, visit)));
      break;
    case 'path':
      for (const seg of e.parts) for (const p of seg) if (p.kind === 'expr') walk(p.expr, visit);
      break;
    case 'member':
      walk(e.object, visit);
      break;
    case 'index':
      walk(e.object, visit);
      walk(e.index, visit);
      break;
    case 'range':
      walk(e.object, visit);
      walk(e.from, visit);
      walk(e.to, visit);
      break;
    case 'call':
      walk(e.callee, visit);
      e.args.forEach((x) => walk(x, visit));
      break;
    case 'unary':
      walk(e.operand, visit);
      break;
    case 'binary':
      walk(e.left, visit);
      walk(e.right, visit);
      break;
    case 'is':
      walk(e.operand, visit);
      break;
    case 'ternary':
      walk(e.test, visit);
      walk(e.then, visit);
      walk(e.otherwise, visit);
      break;
    default:
      break;
  }
}

function checkExpr(e: Expr, scope: CheckScope, report: Report): void {
  switch (e.kind) {
    case 'literal':
      if (e.value.t === 'int' && (e.value.v > 2n ** 63n - 1n || e.value.v < -(2n ** 63n)))
        report(e.loc, 'Integer literal out of the 64-bit range');
      return;
    case 'ident':
      if (!hasVar(scope, e.name)) {
        if (NAMESPACES.has(e.name)) report(e.loc, `${e.name} is a namespace: call one of its functions`);
        else report(e.loc, `Unknown variable '${e.name}'`);
      }
      return;
    case 'call': {
      e.args.forEach((a) => checkExpr(a, scope, report));
      const c = e.callee;
      if (c.kind === 'ident') {
        const f = findFunction(scope, c.name);
        if (f) {
          if (f.params.length !== e.args.length)
            report(e.loc, `Function ${c.name}() takes ${f.params.length} argument(s), got ${e.args.length}`);
        } else if (DOCUMENT_FUNCTIONS.has(c.name) || GLOBAL_FUNCTIONS.has(c.name)) {
          if (e.args.length !== 1)
            report(e.loc, `Function ${c.name}() takes 1 argument, got ${e.args.length}`);
        } else report(c.loc, `Function not found: ${c.name}()`);
        return;
      }
      if (c.kind === 'member') {
        if (c.object.kind === 'ident' && NAMESPACES.has(c.object.name) && !hasVar(scope, c.object.name)) {
          if (!NAMESPACE_FUNCTIONS[c.object.name]?.has(c.name))
            report(c.loc, `Function not found: ${c.object.name}.${c.name}()`);
          return;
        }
        checkExpr(c.object, scope, report);
        if (!ALL_METHODS.has(c.name)) report(c.loc, `Unknown method ${c.name}()`);
        else checkMethodReceiver(c.object, c.name, c.loc, report);
        return;
      }
      report(e.loc, 'Only functions and methods can be called');
      return;
    }
    case 'is':
      checkExpr(e.operand, scope, report);
      if (!TYPE_NAMES.has(e.typeName)) report(e.loc, `Unknown type '${e.typeName}' after is`);
      return;
    case 'unary': {
      checkExpr(e.operand, scope, report);
      const t = staticType(e.operand);
      if (e.op === '!' && t !== 'any' && t !== 'bool') report(e.loc, `Type error: ! needs a bool, got ${t}`);
      if (e.op === '-' && t !== 'any' && t !== 'int' && t !== 'float')
        report(e.loc, `Type error: - needs a number, got ${t}`);
      return;
    }
    case 'binary': {
      checkExpr(e.left, scope, report);
      checkExpr(e.right, scope, report);
      const l = staticType(e.left);
      const r = staticType(e.right);
      const problem = binaryTypeProblem(e.op, l, r);
      if (problem) report(e.loc, problem);
      return;
    }
    case 'ternary': {
      checkExpr(e.test, scope, report);
      checkExpr(e.then, scope, report);
      checkExpr(e.otherwise, scope, report);
      const t = staticType(e.test);
      if (t !== 'any' && t !== 'bool')
        report(e.test.loc, `Type error: condition of ?: must be a bool, got ${t}`);
      return;
    }
    case 'member':
      checkExpr(e.object, scope, report);
      return;
    case 'index':
      checkExpr(e.object, scope, report);
      checkExpr(e.index, scope, report);
      return;
    case 'range':
      checkExpr(e.object, scope, report);
      checkExpr(e.from, scope, report);
      checkExpr(e.to, scope, report);
      return;
    case 'list':
      e.items.forEach((x) => checkExpr(x, scope, report));
      return;
    case 'map':
      for (const { key, value } of e.entries) {
        checkExpr(key, scope, report);
        checkExpr(value, scope, report);
        const kt = staticType(key);
        if (kt !== 'any' && kt !== 'string') report(key.loc, `Map keys must be strings, got ${kt}`);
      }
      return;
    case 'path':
      for (const seg of e.parts) for (const p of seg) if (p.kind === 'expr') checkExpr(p.expr, scope, report);
      return;
  }
}

const METHOD_RECEIVERS: Record<string, string[]> = {
  matches: ['string'],
  split: ['string'],
  lower: ['string'],
  upper: ['string'],
  trim: ['string'],
  replace: ['string'],
  toUtf8: ['string'],
  hasAll: ['list'],
  hasAny: ['list'],
  hasOnly: ['list'],
  toSet: ['list'],
  join: ['list'],
  concat: ['list'],
  removeAll: ['list'],
  keys: ['map'],
  values: ['map'],
  diff: ['map']
};

function checkMethodReceiver(obj: Expr, name: string, loc: Loc, report: Report): void {
  const t = staticType(obj);
  const ok = METHOD_RECEIVERS[name];
  if (t !== 'any' && ok && !ok.includes(t)) report(loc, `Type error: ${t} has no method ${name}()`);
}

/** The type an expression always has, or 'any' when it depends on data. */
export function staticType(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return e.value.t;
    case 'list':
      return 'list';
    case 'map':
      return 'map';
    case 'path':
      return 'path';
    case 'is':
      return 'bool';
    case 'unary': {
      if (e.op === '!') return 'bool';
      const t = staticType(e.operand);
      return t === 'int' || t === 'float' ? t : 'any';
    }
    case 'binary': {
      if (['&&', '||', '==', '!=', '<', '<=', '>', '>=', 'in'].includes(e.op)) return 'bool';
      const l = staticType(e.left);
      const r = staticType(e.right);
      if (l === 'int' && r === 'int') return 'int';
      if ((l === 'int' || l === 'float') && (r === 'int' || r === 'float')) return 'float';
      if (e.op === '+' && l === 'string' && r === 'string') return 'string';
      if (e.op === '+' && l === 'list' && r === 'list') return 'list';
      return 'any';
    }
    case 'call':
      if (e.callee.kind === 'member') {
        const m = e.callee.name;
        if (['size', 'toMillis', 'year', 'month', 'day', 'hours', 'minutes'].includes(m)) return 'int';
        if (['matches', 'hasAll', 'hasAny', 'hasOnly'].includes(m)) return 'bool';
        if (['lower', 'upper', 'trim', 'join', 'replace'].includes(m)) return 'string';
      }
      if (e.callee.kind === 'ident' && ['exists', 'existsAfter'].includes(e.callee.name)) return 'bool';
      return 'any';
    default:
      return 'any';
  }
}

const NUMERIC = new Set(['int', 'float']);

function binaryTypeProblem(op: string, l: string, r: string): string | null {
  if (l === 'any' || r === 'any') {
    if ((op === '&&' || op === '||') && ((l !== 'any' && l !== 'bool') || (r !== 'any' && r !== 'bool')))
      return `Type error: ${op} needs bool operands, got ${l} ${op} ${r}`;
    if (op === 'in' && r !== 'any' && !['list', 'map', 'set'].includes(r))
      return `Type error: 'in' needs a list, set or map on the right, got ${r}`;
    return null;
  }
  switch (op) {
    case '&&':
    case '||':
      return l === 'bool' && r === 'bool'
        ? null
        : `Type error: ${op} needs bool operands, got ${l} ${op} ${r}`;
    case '==':
    case '!=':
      return null;
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (NUMERIC.has(l) && NUMERIC.has(r)) return null;
      return l === r && ['string', 'bytes', 'bool'].includes(l)
        ? null
        : `Type error: cannot compare ${l} ${op} ${r}`;
    case 'in':
      return ['list', 'map', 'set'].includes(r)
        ? null
        : `Type error: 'in' needs a list, set or map on the right, got ${r}`;
    case '+':
      if (NUMERIC.has(l) && NUMERIC.has(r)) return null;
      if (l === r && (l === 'string' || l === 'list')) return null;
      return `Type error: cannot apply + to ${l} and ${r}`;
    default:
      return NUMERIC.has(l) && NUMERIC.has(r) ? null : `Type error: cannot apply ${op} to ${l} and ${r}`;
  }
}
