import { describe, expect, it } from 'vitest';
import { parseFieldPath } from '../paths';
import { and, compile, contextOf, doc, eq, listQuery, op, or, request, rest, rules } from './test-helpers';

const engine = compile(
  rules(`
    match /centers/{cc}/complaints/{id} {
      allow list: if request.auth != null && resource.data.reporter == request.auth.uid;
      allow list: if request.auth.token.get('cc', {}).get(cc, '') == 'staff' && request.query.limit <= 50;
    }
    match /posts/{id} {
      allow list: if resource.data.status in ['published', 'archived'] && resource.data.year >= 2020;
    }
    match /events/{id} {
      allow list: if resource.data.tags is list && 'public' in resource.data.tags;
    }
    match /agendas/{id} {
      allow list: if resource.data.state != 'draft';
    }
    match /shares/{id} {
      allow list: if get(/databases/$(database)/documents/centers/$(resource.data.cc)/members/$(request.auth.uid)).data.role == 'staff';
    }
    match /orders/{id} {
      allow list: if request.query.orderBy.createdAt == 'DESC' && request.query.offset == 0;
    }
    match /byname/{id} {
      allow list: if resource.id == 'only' || resource.__name__ == /databases/$(database)/documents/byname/other;
    }
    match /{path=**}/events/{id} {
      allow list: if resource.data.public == true;
    }
    match /nested/{id} {
      allow list: if resource.data.meta.owner == request.auth.uid;
    }
  `)
);

const members = contextOf([
  doc('centers/sandik/members/s1', { role: 'staff' }),
  doc('centers/mambalan/members/s1', { role: 'viewer' })
]);
const uid = (u: string, claims: Record<string, unknown> = {}) => ({ uid: u, token: { sub: u, ...claims } });

function list(
  collection: string,
  structured: Record<string, unknown>,
  auth: ReturnType<typeof uid> | null = uid('u1'),
  group = false
) {
  const q = listQuery(collection, structured, group);
  return engine.authorize(request({ method: 'list', path: q.path, auth, query: q.query }), members);
}
const allowed = (...args: Parameters<typeof list>) => list(...args).allowed;

describe('rules are not filters: equality', () => {
  it('allows a query constrained to the caller', () => {
    expect(allowed('centers/sandik/complaints', { where: eq('reporter', 'u1') })).toBe(true);
  });
  it('denies the same query without the constraint, and says why', () => {
    const d = list('centers/sandik/complaints', {});
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('resource.data.reporter is not constrained by the query');
    expect(d.message).toContain('allow list at firestore.rules:6:7');
  });
  it('denies a constraint to someone else', () => {
    expect(allowed('centers/sandik/complaints', { where: eq('reporter', 'u2') })).toBe(false);
  });
  it('another statement may allow through claims and request.query.limit', () => {
    const staff = uid('s', { cc: { sandik: 'staff' } });
    expect(allowed('centers/sandik/complaints', { limit: 20 }, staff)).toBe(true);
    expect(allowed('centers/sandik/complaints', { limit: { value: 50 } }, staff)).toBe(true);
    expect(allowed('centers/sandik/complaints', { limit: 51 }, staff)).toBe(false);
    expect(allowed('centers/sandik/complaints', {}, staff)).toBe(false);
    expect(allowed('centers/mambalan/complaints', { limit: 20 }, staff)).toBe(false);
  });
  it('unauthenticated: request.auth.uid errors but is short-circuited by request.auth != null', () => {
    const d = list('centers/sandik/complaints', { where: eq('reporter', 'u1') }, null);
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('evaluated to false');
  });
});

describe('in, ranges, array-contains, !=, OR', () => {
  it('in: the rule must hold for every listed value', () => {
    const where = (values: string[]) =>
      and(op('status', 'IN', values), op('year', 'GREATER_THAN_OR_EQUAL', 2021));
    expect(allowed('posts', { where: where(['published', 'archived']) })).toBe(true);
    expect(allowed('posts', { where: where(['published', 'draft']) })).toBe(false);
  });
  it('range bounds prove comparisons', () => {
    const q = (o: string, y: unknown) => ({ where: and(eq('status', 'published'), op('year', o, y)) });
    // year > 2019 does not prove year >= 2020: a float such as 2019.5 would pass the query
    expect(allowed('posts', q('GREATER_THAN', 2019))).toBe(false);
    expect(allowed('posts', q('GREATER_THAN', 2020))).toBe(true);
    expect(allowed('posts', q('GREATER_THAN_OR_EQUAL', 2020))).toBe(true);
    expect(allowed('posts', q('GREATER_THAN_OR_EQUAL', 2019.5))).toBe(false);
    expect(allowed('posts', q('GREATER_THAN_OR_EQUAL', 2019))).toBe(false);
    expect(allowed('posts', q('LESS_THAN', 2030))).toBe(false);
    expect(allowed('posts', { where: eq('status', 'published') })).toBe(false);
  });
  it('equality on the range field also proves it', () => {
    expect(allowed('posts', { where: and(eq('status', 'archived'), eq('year', 2024)) })).toBe(true);
    expect(allowed('posts', { where: and(eq('status', 'archived'), eq('year', 2019)) })).toBe(false);
  });
  it('array-contains proves membership and the list type', () => {
    expect(allowed('events', { where: op('tags', 'ARRAY_CONTAINS', 'public') })).toBe(true);
    expect(allowed('events', { where: op('tags', 'ARRAY_CONTAINS', 'internal') })).toBe(false);
    expect(allowed('events', { where: op('tags', 'ARRAY_CONTAINS_ANY', ['public']) })).toBe(true);
    expect(allowed('events', { where: op('tags', 'ARRAY_CONTAINS_ANY', ['public', 'internal']) })).toBe(
      false
    );
  });
  it('!= and not-in prove inequality', () => {
    expect(allowed('agendas', { where: op('state', 'NOT_EQUAL', 'draft') })).toBe(true);
    expect(allowed('agendas', { where: op('state', 'NOT_IN', ['draft', 'deleted']) })).toBe(true);
    expect(allowed('agendas', { where: op('state', 'NOT_IN', ['deleted']) })).toBe(false);
    expect(allowed('agendas', { where: eq('state', 'open') })).toBe(true);
    expect(
      allowed('agendas', { where: { unaryFilter: { field: { fieldPath: 'state' }, op: 'IS_NULL' } } })
    ).toBe(true);
  });
  it('OR: every branch must be allowed', () => {
    expect(allowed('agendas', { where: or(eq('state', 'open'), eq('state', 'closed')) })).toBe(true);
    expect(allowed('agendas', { where: or(eq('state', 'open'), eq('state', 'draft')) })).toBe(false);
    expect(allowed('agendas', { where: or(eq('state', 'open'), eq('other', 1)) })).toBe(false);
  });
  it('numeric enums (admin SDK encoding) are understood too', () => {
    expect(
      allowed('agendas', {
        where: { fieldFilter: { field: { fieldPath: 'state' }, op: 5, value: rest('open') } }
      })
    ).toBe(true);
  });
  it('nested field paths', () => {
    expect(allowed('nested', { where: eq('meta.owner', 'u1') })).toBe(true);
    expect(allowed('nested', { where: eq('meta.other', 'u1') })).toBe(false);
    expect(parseFieldPath('a.`b.c`.d')).toEqual(['a', 'b.c', 'd']);
  });
  it('too many disjunctions are refused', () => {
    const values = Array.from({ length: 11 }, (_, i) => `v${i}`);
    const d = list('agendas', { where: and(op('state', 'IN', values), op('x', 'IN', values)) });
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('more than 100 disjunctions');
  });
});

describe('get() with a constrained field, request.query, __name__', () => {
  it('get() on a path built from a constrained field', () => {
    expect(allowed('shares', { where: eq('cc', 'sandik') }, uid('s1'))).toBe(true);
    expect(allowed('shares', { where: eq('cc', 'mambalan') }, uid('s1'))).toBe(false);
    const d = list('shares', {}, uid('s1'));
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('resource.data.cc is not constrained by the query');
  });
  it('request.query.orderBy and offset', () => {
    const orderBy = (direction: string) => [{ field: { fieldPath: 'createdAt' }, direction }];
    expect(allowed('orders', { orderBy: orderBy('DESCENDING'), offset: 0 })).toBe(true);
    expect(allowed('orders', { orderBy: orderBy('ASCENDING'), offset: 0 })).toBe(false);
    expect(allowed('orders', { orderBy: orderBy('DESCENDING') })).toBe(false);
  });
  it('__name__ equality fixes resource.id and resource.__name__', () => {
    const name = (id: string) => ({
      referenceValue: `projects/p/databases/(default)/documents/byname/${id}`
    });
    const byName = (id: string) => ({
      where: { fieldFilter: { field: { fieldPath: '__name__' }, op: 'EQUAL', value: name(id) } }
    });
    expect(allowed('byname', byName('only'))).toBe(true);
    expect(allowed('byname', byName('other'))).toBe(true);
    expect(allowed('byname', byName('third'))).toBe(false);
    expect(allowed('byname', {})).toBe(false);
  });
});

describe('collection-group queries', () => {
  it('match /{path=**}/events/{id} applies to the group', () => {
    expect(allowed('events', { where: eq('public', true) }, uid('u1'), true)).toBe(true);
    expect(allowed('events', { where: eq('public', false) }, uid('u1'), true)).toBe(false);
  });
  it('a collection rule alone does not allow a group query', () => {
    const d = list('complaints', { where: eq('reporter', 'u1') }, uid('u1'), true);
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('no allow statement matched');
  });
  it('a group query scoped under a parent still needs the group rule', () => {
    expect(allowed('centers/sandik/events', { where: eq('public', true) }, uid('u1'), true)).toBe(true);
  });
  it('a single-collection list of events is also covered by the group rule', () => {
    expect(allowed('centers/sandik/events', { where: eq('public', true) })).toBe(true);
  });
});

describe('rules are not filters: queries that must not slip through', () => {
  const strict = compile(
    rules(`
      match /counters/{id} { allow list: if resource.data.n is int && resource.data.n >= 1; }
      match /odd/{id} { allow list: if resource.data['ab.c'] == 'public'; }
      match /{path=**}/{coll}/{id} { allow list: if coll != 'secret' && coll != 'counters' && coll != 'odd'; }
    `)
  );
  const check = (collection: string, structured: Record<string, unknown>, group = false) => {
    const q = listQuery(collection, structured, group);
    return strict.authorize(
      request({ method: 'list', path: q.path, auth: uid('u1'), query: q.query }),
      members
    );
  };
  it('== 1 also returns a stored 1.0, so it does not prove `is int`; comparisons still hold', () => {
    const d = check('counters', { where: eq('n', 1) });
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('resource.data.n');
    const lenient = compile(
      rules(`match /counters/{id} { allow list: if resource.data.n is number && resource.data.n in [1, 2]; }`)
    );
    const q = listQuery('counters', { where: eq('n', 1.0) });
    expect(
      lenient.authorize(request({ method: 'list', path: q.path, auth: null, query: q.query }), members)
        .allowed
    ).toBe(true);
  });
  it('reads field paths as the query engine does (a`b.c` is two fields, not "ab.c")', () => {
    const where = { fieldFilter: { field: { fieldPath: 'a`b.c`' }, op: 'EQUAL', value: rest('public') } };
    expect(check('odd', { where }).allowed).toBe(false);
    expect(
      check('odd', {
        where: { ...where, fieldFilter: { ...where.fieldFilter, field: { fieldPath: '`ab.c`' } } }
      }).allowed
    ).toBe(true);
  });
  it('a collection-group query with an empty collection id (every collection) is denied', () => {
    const d = check('', {}, true);
    expect(d.allowed).toBe(false);
    expect(d.message).toContain('no collection id');
    expect(check('events', {}, true).allowed).toBe(true);
  });
});
