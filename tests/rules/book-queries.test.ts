/**
 * The complaint book builds its queries from the filters a moderator picks
 * (web/src/lib/staff/book/filters.ts), so a hand-written list could miss one. This derives every
 * query the filters can produce — every combination of status, sector, village, month and
 * "overdue" — and checks that each is listed in queries.ts and served by
 * firestore.indexes.json. A new filter combination without an index fails here, not on a phone.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SECTOR_IDS } from '@buku/core/taxonomy/index';
import { STATUS_IDS } from '@buku/core/workflow/states';
import { bookQuery, type BookFilters, type StatusFilter } from '../../web/src/lib/staff/book/filters';
import { INDEXES_PATH } from './harness';
import { missingIndex, type IndexesFile } from './indexes';
import { APP_QUERIES, type QueryShape } from './queries';

const declared = JSON.parse(readFileSync(INDEXES_PATH, 'utf8')) as IndexesFile;
const NOW = new Date('2026-12-04T02:00:00Z');

/** Every value each filter can take, up to what matters for the query's shape. */
function everyFilterSet(): BookFilters[] {
  const statuses: StatusFilter[] = ['', 'terbuka', ...STATUS_IDS];
  const sets: BookFilters[] = [];
  for (const status of statuses)
    for (const sector of ['', SECTOR_IDS[0]] as const)
      for (const desa of ['', 'Sandik'])
        for (const month of ['', '2026-11'])
          for (const overdue of [false, true]) sets.push({ status, sector, desa, month, overdue });
  return sets;
}

/** The shape of a query as the index rule sees it: fields, operators and directions. */
function shapeOf(filters: BookFilters): QueryShape | null {
  const result = bookQuery(filters, NOW);
  if (!result.ok) return null;
  return {
    name: JSON.stringify(filters),
    collection: 'complaints',
    scope: 'COLLECTION',
    where: result.query.where.map(([field, op]) => [field, op]),
    orderBy: [result.query.orderBy],
    by: 'staff'
  };
}

const key = (shape: QueryShape) =>
  JSON.stringify([shape.collection, shape.scope, [...shape.where].sort(), shape.orderBy ?? []]);

describe('the complaint book’s queries, derived from its filters', () => {
  const derived = everyFilterSet()
    .map(shapeOf)
    .filter((shape): shape is QueryShape => shape !== null);
  const distinct = [...new Map(derived.map((shape) => [key(shape), shape])).values()];

  it('come out of the filters at all (the derivation is not empty)', () => {
    // Plain book, by status, open cases, by sector, by village, overdue, each with or without a month.
    expect(distinct.length).toBeGreaterThanOrEqual(8);
  });

  for (const shape of distinct) {
    it(`is listed in queries.ts and indexed: ${shape.name}`, () => {
      const listed = APP_QUERIES.filter((query) => query.by.includes('staff')).map(key);
      expect(listed).toContain(key(shape));
      expect(missingIndex(declared, shape)).toBeNull();
    });
  }

  it('would catch a combination without an index', () => {
    const unindexed: QueryShape = {
      name: 'sector and village at once',
      collection: 'complaints',
      scope: 'COLLECTION',
      where: [
        ['sector', '=='],
        ['location.desa', '=='],
        ['receivedAt', '>=']
      ],
      orderBy: [['receivedAt', 'desc']],
      by: 'staff'
    };
    expect(missingIndex(declared, unindexed)).not.toBeNull();
  });
});
