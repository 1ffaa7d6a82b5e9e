import { describe, expect, it } from 'vitest';
import { compileRules } from './index';
import { TIME, compile, contextOf, doc, request, rules } from './test-helpers';

const none = contextOf([]);
const user = (uid: string, claims: Record<string, unknown> = {}) => ({ uid, token: { sub: uid, ...claims } });

describe('matching', () => {
  const engine = compile(
    rules(`
    match /centers/{cc} {
      allow read: if true;
      match /complaints/{id} {
        allow get: if cc == 'sandik' && id == 'c1';
      }
    }
    match /posts/{rest=**} {
      allow get: if rest == /a/b || rest[0] == 'p1';
    }
    match /{any=**}/notes/{n} {
      allow get: if n == 'open';
    }`)
  );
  const decide = (method: 'get' | 'create', path: string) =>
    engine.authorize(request({ method, path }), none).allowed;

  it('binds wildcards and nests match blocks', () => {
    expect(decide('get', 'centers/x')).toBe(true);
    expect(decide('get', 'centers/sandik/complaints/c1')).toBe(true);
    expect(decide('get', 'centers/sandik/complaints/c2')).toBe(false);
  });
  it('does not cascade to sub-collections', () => {
    expect(decide('get', 'centers/x/complaints/c1')).toBe(false);
    expect(decide('get', 'centers/x/other/y')).toBe(false);
  });
  it('read covers get but not writes', () => {
    expect(decide('create', 'centers/x')).toBe(false);
  });
  it('{x=**} binds a path of the rest', () => {
    expect(decide('get', 'posts/p1')).toBe(true);
    expect(decide('get', 'posts/a/b')).toBe(true);
    expect(decide('get', 'posts/p2/c/d')).toBe(false);
  });
  it('{x=**} matches zero or more segments in version 2', () => {
    expect(decide('get', 'notes/open')).toBe(true);
    expect(decide('get', 'a/b/notes/open')).toBe(true);
    expect(decide('get', 'a/b/notes/closed')).toBe(false);
  });
  it('{x=**} needs at least one segment in version 1', () => {
    const v1 = compile(rules(`match /{any=**} { allow get: if true; }`, '1'));
    expect(v1.authorize(request({ method: 'get', path: 'a/b' }), none).allowed).toBe(true);
    const v1group = compile(rules(`match /a/{rest=**} { allow get: if true; }`, '1'));
    expect(v1group.authorize(request({ method: 'get', path: 'a/b' }), none).allowed).toBe(true);
  });
  it('several statements OR together, an erring one does not block another', () => {
    const e = compile(
      rules(`match /c/{id} {
        allow get: if resource.data.missing.deep == 1;
        allow get: if false;
        allow read: if id == 'ok';
      }`)
    );
    const d = doc('c/ok', {});
    expect(e.authorize(request({ method: 'get', path: 'c/ok', resource: d }), none).allowed).toBe(true);
    const denied = e.authorize(request({ method: 'get', path: 'c/no', resource: doc('c/no', {}) }), none);
    expect(denied.allowed).toBe(false);
    expect(denied.message).toBe(
      'PERMISSION_DENIED: get on c/no denied: error at firestore.rules:5:37: Property missing is undefined on object. (allow get at firestore.rules:5:9); ' +
        'allow get at firestore.rules:6:9 evaluated to false; allow read at firestore.rules:7:9 evaluated to false'
    );
  });
  it('says when no statement matched', () => {
    const d = engine.authorize(request({ method: 'create', path: 'centers/sandik/complaints/x' }), none);
    expect(d).toEqual({
      allowed: false,
      message:
        'PERMISSION_DENIED: create on centers/sandik/complaints/x denied: no allow statement matched (firestore.rules)'
    });
  });
  it('names the deciding rule when allowed', () => {
    expect(engine.authorize(request({ method: 'get', path: 'centers/x' }), none).message).toBe(
      'get on centers/x allowed by allow read at firestore.rules:6:7'
    );
  });
  it('a malformed stored value denies instead of throwing', () => {
    const bad = doc('c/x', {});
    bad.fields.n = { integerValue: 'not-a-number' };
    const e = compile(rules('match /c/{id} { allow get: if true; }'));
    const d = e.authorize(request({ method: 'get', path: 'c/x', resource: bad }), none);
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/^PERMISSION_DENIED: get on c\/x denied: internal rules engine error: /);
  });
  it('an unconditional allow allows', () => {
    const e = compile(rules('match /open/{id} { allow read, write; }'));
    expect(e.authorize(request({ method: 'delete', path: 'open/x' }), none).allowed).toBe(true);
  });
});

describe('request and resource', () => {
  const engine = compile(
    rules(`
    match /centers/{cc}/complaints/{id} {
      function isStaff() {
        return request.auth != null && request.auth.token.get('cc', {}).get(cc, '') in ['moderator', 'staff'];
      }
      function validNew(data) {
        let allowed = ['title', 'status', 'reporter', 'createdAt', 'people'];
        return data.keys().hasOnly(allowed)
          && data.keys().hasAll(['title', 'reporter'])
          && data.title is string && data.title.size() >= 3 && data.title.size() <= 20
          && data.reporter == request.auth.uid
          && data.get('status', 'baru') == 'baru'
          && (!('people' in data) || (data.people is int && data.people > 0))
          && data.createdAt == request.time;
      }
      allow get: if isStaff() || resource.data.reporter == request.auth.uid;
      allow create: if request.auth != null && validNew(request.resource.data);
      allow update: if isStaff()
        && request.resource.data.diff(resource.data).affectedKeys().hasOnly(['status'])
        && request.resource.data.status in ['baru', 'diproses', 'selesai'];
      allow delete: if request.auth.token.admin == true;
      allow get: if request.method == 'get' && request.path == /databases/$(database)/documents/centers/$(cc)/complaints/$(id)
        && id == 'by-path';
    }`)
  );
  const base = {
    title: 'Jalan rusak',
    reporter: 'u1',
    status: 'baru',
    createdAt: new Date('2026-12-03T10:00:00.123Z')
  };
  const created = (data: Record<string, unknown>) => {
    const d = doc('centers/sandik/complaints/c1', {});
    d.fields = doc('x', data).fields;
    d.fields.createdAt = { timestampValue: TIME };
    return d;
  };
  const create = (data: Record<string, unknown>, auth = user('u1')) =>
    engine.authorize(
      request({
        method: 'create',
        path: 'centers/sandik/complaints/c1',
        auth,
        requestResource: created(data)
      }),
      none
    ).allowed;

  it('validates fields on create', () => {
    expect(create(base)).toBe(true);
    expect(create({ ...base, people: 3 })).toBe(true);
    expect(create({ ...base, people: 0 })).toBe(false);
    expect(create({ ...base, people: 2.5 })).toBe(false);
    expect(create({ ...base, title: 'ab' })).toBe(false);
    expect(create({ ...base, title: 42 })).toBe(false);
    expect(create({ ...base, extra: true })).toBe(false);
    expect(create({ ...base, status: 'selesai' })).toBe(false);
    expect(create({ title: 'Jalan rusak', reporter: 'u1' })).toBe(true);
    expect(create(base, user('u2'))).toBe(false);
    expect(
      engine.authorize(
        request({ method: 'create', path: 'centers/sandik/complaints/c1', requestResource: created(base) }),
        none
      ).allowed
    ).toBe(false);
  });

  it('server-owned timestamp must equal request.time', () => {
    const d = created(base);
    d.fields.createdAt = { timestampValue: '2026-12-03T10:00:00Z' };
    expect(
      engine.authorize(
        request({ method: 'create', path: d.path, auth: user('u1'), requestResource: d }),
        none
      ).allowed
    ).toBe(false);
  });

  it('reads custom claims from the token', () => {
    const stored = doc('centers/sandik/complaints/c1', { ...base, reporter: 'u9' });
    const get = (auth: ReturnType<typeof user> | null) =>
      engine.authorize(request({ method: 'get', path: stored.path, auth, resource: stored }), none).allowed;
    expect(get(user('m', { cc: { sandik: 'moderator' } }))).toBe(true);
    expect(get(user('m', { cc: { mambalan: 'moderator' } }))).toBe(false);
    expect(get(user('u9'))).toBe(true);
    expect(get(null)).toBe(false);
  });

  it('restricts updates through diff().affectedKeys()', () => {
    const before = doc('centers/sandik/complaints/c1', {
      title: 'Jalan rusak',
      reporter: 'u1',
      status: 'baru'
    });
    const after = (data: Record<string, unknown>) =>
      doc(before.path, { title: 'Jalan rusak', reporter: 'u1', ...data });
    const staff = user('m', { cc: { sandik: 'staff' } });
    const update = (data: Record<string, unknown>) =>
      engine.authorize(
        request({
          method: 'update',
          path: before.path,
          auth: staff,
          resource: before,
          requestResource: after(data)
        }),
        none
      ).allowed;
    expect(update({ status: 'diproses' })).toBe(true);
    expect(update({ status: 'ditutup' })).toBe(false);
    expect(update({ status: 'diproses', title: 'Lain' })).toBe(false);
    expect(update({ status: 'baru', note: 'x' })).toBe(false);
  });

  it('request.method and request.path', () => {
    const stored = doc('centers/sandik/complaints/by-path', {});
    expect(
      engine.authorize(request({ method: 'get', path: stored.path, resource: stored }), none).allowed
    ).toBe(true);
  });

  it('request.auth.token.admin on a missing claim is an error, so delete is denied', () => {
    const d = engine.authorize(
      request({
        method: 'delete',
        path: 'centers/sandik/complaints/c1',
        auth: user('u1'),
        resource: doc('x/y', {})
      }),
      none
    );
    expect(d.allowed).toBe(false);
    expect(d.message).toMatch(/error at firestore\.rules:\d+:\d+: Property admin is undefined on object/);
  });
});

describe('get(), exists(), getAfter(), existsAfter()', () => {
  const engine = compile(
    rules(`
    function member(cc) {
      return get(/databases/$(database)/documents/centers/$(cc)/members/$(request.auth.uid));
    }
    match /centers/{cc}/complaints/{id} {
      allow get: if member(cc).data.role == 'staff';
      allow delete: if exists(/databases/$(database)/documents/centers/$(cc)/members/$(request.auth.uid));
      allow create: if getAfter(/databases/$(database)/documents/centers/$(cc)).data.count == 1
        && existsAfter(/databases/$(database)/documents/centers/$(cc));
    }
    match /many/{id} {
      allow get: if exists(/databases/$(database)/documents/m/a0) || exists(/databases/$(database)/documents/m/a1)
        || exists(/databases/$(database)/documents/m/a2) || exists(/databases/$(database)/documents/m/a3)
        || exists(/databases/$(database)/documents/m/a4) || exists(/databases/$(database)/documents/m/a5)
        || exists(/databases/$(database)/documents/m/a6) || exists(/databases/$(database)/documents/m/a7)
        || exists(/databases/$(database)/documents/m/a8) || exists(/databases/$(database)/documents/m/a9)
        || exists(/databases/$(database)/documents/m/a10) || exists(/databases/$(database)/documents/m/a0);
    }`)
  );
  const members = [
    doc('centers/sandik/members/s1', { role: 'staff' }),
    doc('centers/sandik/members/v1', { role: 'viewer' })
  ];
  it('reads a membership document', () => {
    const ctx = contextOf(members);
    const get = (uid: string) =>
      engine.authorize(request({ method: 'get', path: 'centers/sandik/complaints/c', auth: user(uid) }), ctx)
        .allowed;
    expect(get('s1')).toBe(true);
    expect(get('v1')).toBe(false);
    const missing = engine.authorize(
      request({ method: 'get', path: 'centers/sandik/complaints/c', auth: user('x') }),
      ctx
    );
    expect(missing.allowed).toBe(false);
    expect(missing.message).toMatch(/Null value error/);
  });
  it('exists()', () => {
    const ctx = contextOf(members);
    const del = (uid: string) =>
      engine.authorize(
        request({ method: 'delete', path: 'centers/sandik/complaints/c', auth: user(uid) }),
        ctx
      ).allowed;
    expect(del('v1')).toBe(true);
    expect(del('nobody')).toBe(false);
  });
  it('getAfter() sees the state after the write', () => {
    const before = [doc('centers/sandik', { count: 0 })];
    const after = [doc('centers/sandik', { count: 1 })];
    const d = (ctx = contextOf(before, after)) =>
      engine.authorize(
        request({ method: 'create', path: 'centers/sandik/complaints/c', auth: user('u') }),
        ctx
      ).allowed;
    expect(d()).toBe(true);
    expect(d(contextOf(after, before))).toBe(false);
  });
  it('limits calls: 10 per single request, repeated documents are free', () => {
    const ctx = contextOf([]);
    const res = engine.authorize(request({ method: 'get', path: 'many/x' }), ctx);
    expect(res.allowed).toBe(false);
    expect(res.message).toMatch(/Exceeded the limit of get\(\)\/exists\(\) calls \(10 for a single request/);
    expect(ctx.calls).toBe(10);
    const found = contextOf([doc('m/a9', {})]);
    const budget = { remaining: 20 };
    expect(engine.authorize(request({ method: 'get', path: 'many/x' }), found, budget).allowed).toBe(true);
    expect(budget.remaining).toBe(10);
  });
  it('limits calls inside a commit: 20 shared, still 10 for each write', () => {
    const found = contextOf([doc('m/a9', {})]);
    const budget = { remaining: 20 };
    const write = () => engine.authorize(request({ method: 'get', path: 'many/x' }), found, budget);
    expect(write().allowed).toBe(true);
    expect(write().allowed).toBe(true);
    expect(budget.remaining).toBe(0);
    expect(write().message).toMatch(/Exceeded the limit of get\(\)\/exists\(\) calls/);
    const late = contextOf([doc('m/a10', {})]);
    const eleven = engine.authorize(request({ method: 'get', path: 'many/x' }), late, { remaining: 20 });
    expect(eleven.allowed).toBe(false);
    expect(eleven.message).toMatch(/Exceeded the limit/);
  });
});

describe('compile errors', () => {
  const errorsOf = (src: string) => {
    const r = compileRules([{ name: 'firestore.rules', content: src }]);
    return r.ok ? [] : r.errors.map((e) => `${e.line}:${e.column} ${e.message}`);
  };
  it('reports syntax errors with line and column', () => {
    expect(errorsOf(rules('match /a/{b} { allow read: if true && ; }'))).toEqual(["4:39 Unexpected ';'"]);
    expect(errorsOf(rules('match /a/{b} { allow reed: if true; }'))).toEqual([
      "4:22 Unknown method 'reed': expected read, write, get, list, create, update or delete"
    ]);
    expect(errorsOf("rules_version = '3';")).toEqual(["1:17 rules_version must be '1' or '2'"]);
    expect(errorsOf('service firebase.storage { }')).toEqual([
      "1:1 Unsupported service 'firebase.storage': expected cloud.firestore"
    ]);
    expect(errorsOf(rules("match /a/{b} { allow read: if 'x; }"))).toEqual(['4:31 Unterminated string']);
  });
  it('reports unknown functions, variables and types', () => {
    expect(errorsOf(rules('match /a/{b} { allow read: if isAdmin(); }'))).toEqual([
      '4:31 Function not found: isAdmin()'
    ]);
    expect(errorsOf(rules('match /a/{b} { allow read: if c == 1; }'))).toEqual(["4:31 Unknown variable 'c'"]);
    expect(errorsOf(rules('match /a/{b} { allow read: if b is text; }'))).toEqual([
      "4:33 Unknown type 'text' after is"
    ]);
    expect(errorsOf(rules("match /a/{b} { allow read: if b.startsWith('x'); }"))).toEqual([
      '4:33 Unknown method startsWith()'
    ]);
    expect(errorsOf(rules('match /a/{b} { allow read: if math.cube(2) == 8; }'))).toEqual([
      '4:36 Function not found: math.cube()'
    ]);
    expect(errorsOf(rules('function f(x) { return x; } match /a/{b} { allow read: if f(1, 2); }'))).toEqual([
      '4:59 Function f() takes 1 argument(s), got 2'
    ]);
  });
  it('reports type errors visible without data', () => {
    expect(errorsOf(rules('match /a/{b} { allow read: if 1; }'))).toEqual([
      '4:31 Condition must be a bool, got int'
    ]);
    expect(errorsOf(rules("match /a/{b} { allow read: if 1 + 'a' == 2; }"))).toEqual([
      '4:33 Type error: cannot apply + to int and string'
    ]);
    expect(errorsOf(rules("match /a/{b} { allow read: if b == 'x' && 'y'; }"))).toEqual([
      '4:40 Type error: && needs bool operands, got bool && string'
    ]);
    expect(errorsOf(rules('match /a/{b} { allow read: if 1 in 2; }'))).toEqual([
      "4:33 Type error: 'in' needs a list, set or map on the right, got int"
    ]);
  });
  it('function scope: match variables of the declaring block only', () => {
    expect(errorsOf(rules('function f() { return b == 1; } match /a/{b} { allow read: if f(); }'))).toEqual([
      "4:23 Unknown variable 'b'"
    ]);
    expect(errorsOf(rules('match /a/{b} { function f() { return b == 1; } allow read: if f(); }'))).toEqual(
      []
    );
    expect(errorsOf(rules('function f() { return f(); } match /a/{b} { allow read: if f(); }'))).toEqual([
      '4:1 Function f() calls itself: recursion is not allowed'
    ]);
  });
  it('version 1 wants {x=**} last', () => {
    expect(errorsOf(rules('match /{p=**}/a/{b} { allow read; }', '1'))).toEqual([
      "4:1 {p=**} must be the last segment in rules_version '1'"
    ]);
  });
  it('the denial of a failed compile names the error', async () => {
    const { denyAll } = await import('./engine');
    const d = denyAll([{ file: 'firestore.rules', line: 3, column: 9, message: 'Unexpected ;' }]).authorize(
      request({ method: 'get', path: 'a/b' }),
      none
    );
    expect(d).toEqual({
      allowed: false,
      message:
        'PERMISSION_DENIED: get on a/b denied: the rules do not compile (firestore.rules:3:9: Unexpected ;)'
    });
  });
});
