/**
 * firestore.indexes.json declares every index the app's queries (queries.ts) need, and no
 * composite index that no query uses. The rule deriving an index from a query is documented
 * in indexes.ts and pinned by the examples below.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { INDEXES_PATH } from './harness';
import { compositeServes, missingIndex, requiredIndex, type IndexesFile } from './indexes';
import { APP_QUERIES, type QueryShape } from './queries';

const declared = JSON.parse(readFileSync(INDEXES_PATH, 'utf8')) as IndexesFile;

const shape = (
  where: QueryShape['where'],
  orderBy: QueryShape['orderBy'] = [],
  scope: QueryShape['scope'] = 'COLLECTION'
): QueryShape => ({
  name: 'example',
  collection: 'complaints',
  scope,
  where,
  orderBy,
  by: 'test'
});

describe('the index rule', () => {
  it('needs nothing for one field on a collection', () => {
    expect(requiredIndex(shape([['status', '==']])).kind).toBe('automatic');
    expect(requiredIndex(shape([['receivedAt', '>=']], [['receivedAt', 'desc']])).kind).toBe('automatic');
  });

  it('merges equality-only filters on a collection', () => {
    expect(
      requiredIndex(
        shape([
          ['status', '=='],
          ['sector', '==']
        ])
      ).kind
    ).toBe('automatic');
    expect(
      requiredIndex(
        shape([
          ['status', 'in'],
          ['sector', '==']
        ])
      ).kind
    ).toBe('composite');
  });

  it('puts equality fields first, then the inequality field, then the order', () => {
    expect(
      requiredIndex(
        shape(
          [
            ['status', '=='],
            ['receivedAt', '<']
          ],
          [['receivedAt', 'desc']]
        )
      )
    ).toEqual({
      kind: 'composite',
      collectionGroup: 'complaints',
      queryScope: 'COLLECTION',
      equality: [{ fieldPath: 'status', mode: 'ASCENDING' }],
      ordered: [{ fieldPath: 'receivedAt', mode: 'DESCENDING' }]
    });
    expect(requiredIndex(shape([['deadlines.penyelesaian', '<']], [['urgency', 'desc']]))).toMatchObject({
      ordered: [
        { fieldPath: 'deadlines.penyelesaian', mode: 'ASCENDING' },
        { fieldPath: 'urgency', mode: 'DESCENDING' }
      ]
    });
  });

  it('asks a collection group for a group-scoped field index even for one field', () => {
    expect(requiredIndex(shape([['reporterUid', '==']], [], 'COLLECTION_GROUP'))).toEqual({
      kind: 'group-field',
      collectionGroup: 'complaints',
      fieldPath: 'reporterUid',
      modes: ['ASCENDING']
    });
  });

  it('matches equality fields in any order but the tail exactly', () => {
    const need = requiredIndex(
      shape(
        [
          ['status', '=='],
          ['sector', '==']
        ],
        [['receivedAt', 'desc']]
      )
    );
    if (need.kind !== 'composite') throw new Error('expected a composite requirement');
    const index = (fields: [string, 'ASCENDING' | 'DESCENDING'][]) => ({
      collectionGroup: 'complaints',
      queryScope: 'COLLECTION' as const,
      fields: fields.map(([fieldPath, order]) => ({ fieldPath, order }))
    });
    expect(
      compositeServes(
        index([
          ['sector', 'ASCENDING'],
          ['status', 'ASCENDING'],
          ['receivedAt', 'DESCENDING']
        ]),
        need
      )
    ).toBe(true);
    expect(
      compositeServes(
        index([
          ['sector', 'ASCENDING'],
          ['status', 'ASCENDING'],
          ['receivedAt', 'ASCENDING']
        ]),
        need
      )
    ).toBe(false);
    expect(
      compositeServes(
        index([
          ['receivedAt', 'DESCENDING'],
          ['sector', 'ASCENDING'],
          ['status', 'ASCENDING']
        ]),
        need
      )
    ).toBe(false);
    expect(
      compositeServes(
        {
          ...index([
            ['sector', 'ASCENDING'],
            ['status', 'ASCENDING'],
            ['receivedAt', 'DESCENDING']
          ]),
          queryScope: 'COLLECTION_GROUP'
        },
        need
      )
    ).toBe(false);
  });

  it('reports what is missing', () => {
    expect(
      missingIndex({ indexes: [], fieldOverrides: [] }, shape([['status', '==']], [['receivedAt', 'desc']]))
    ).toBe('composite complaints (COLLECTION): status ASCENDING, receivedAt DESCENDING');
  });
});

describe('firestore.indexes.json', () => {
  for (const query of APP_QUERIES) {
    it(`serves: ${query.name} (${query.collection}, ${query.scope})`, () => {
      expect(missingIndex(declared, query)).toBeNull();
    });
  }

  it('declares no composite index that no query uses', () => {
    const unused = declared.indexes.filter(
      (index) =>
        !APP_QUERIES.some((query) => {
          const need = requiredIndex(query);
          return need.kind === 'composite' && compositeServes(index, need);
        })
    );
    expect(unused).toEqual([]);
  });

  it('keeps the automatic collection indexes of every overridden field', () => {
    for (const override of declared.fieldOverrides) {
      const collectionModes = override.indexes.filter((i) => i.queryScope === 'COLLECTION');
      expect(collectionModes, `${override.collectionGroup}.${override.fieldPath}`).toEqual(
        expect.arrayContaining([
          { order: 'ASCENDING', queryScope: 'COLLECTION' },
          { order: 'DESCENDING', queryScope: 'COLLECTION' },
          { arrayConfig: 'CONTAINS', queryScope: 'COLLECTION' }
        ])
      );
    }
  });
});

/**
 * A coarse link to the code: every field the web app or functions filter or order on must
 * appear in some query shape above, so a new query cannot skip queries.ts unnoticed.
 */
describe('queries.ts covers the code', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const sources = ['web/src', 'functions/src'].flatMap((dir) => sourceFiles(join(root, dir)));

  it('finds the code to scan', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  const listed = new Set(
    APP_QUERIES.flatMap((q) => [...q.where.map(([f]) => f), ...(q.orderBy ?? []).map(([f]) => f)])
  );
  for (const file of sources) {
    const fields = [...readFileSync(file, 'utf8').matchAll(/\b(?:where|orderBy)\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1]
    );
    if (fields.length === 0) continue;
    it(`every field queried in ${relative(root, file)} has a query shape`, () => {
      expect(fields.filter((field) => field !== undefined && !listed.has(field))).toEqual([]);
    });
  }
});

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}
