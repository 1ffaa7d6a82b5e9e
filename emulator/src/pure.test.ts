/** The pure parts: paths, values, ordering, transforms, aggregation and the lock manager. */
import { describe, expect, test } from 'vitest';
import { aggregate } from './aggregate';
import { compareValues } from './ordering';
import { compareUtf8, comparePaths, formatFieldPath, parseFieldPath, parseResourceName } from './paths';
import { normalizedOrder, parseStructuredQuery } from './query';
import { applyTransforms, parseFieldTransform } from './transforms';
import { TransactionManager } from './transactions';
import {
  formatTimestamp,
  normalizeTimestamp,
  normalizeValue,
  parseTimestamp,
  type RestValue
} from './values';

describe('paths', () => {
  test('field paths with backquotes and escapes', () => {
    expect(parseFieldPath('a.`b.c`.`d\\`e`.f_1')).toEqual(['a', 'b.c', 'd`e', 'f_1']);
  });
  test('formatting quotes what needs it and round-trips', () => {
    const parts = ['a', 'b.c', 'sp ace', '1x', 'back`tick'];
    expect(parseFieldPath(formatFieldPath(parts))).toEqual(parts);
  });
  test.each(['', 'a..b', 'a.', '`unclosed'])('invalid field path %j', (path) => {
    expect(() => parseFieldPath(path)).toThrow();
  });
  test('resource names', () => {
    expect(parseResourceName('projects/p/databases/(default)/documents/a/b')).toEqual({
      project: 'p',
      database: '(default)',
      path: 'a/b'
    });
  });
  test('UTF-8 order puts astral characters after U+FFFF', () => {
    expect([compareUtf8('\uffff', '😀') < 0, compareUtf8('a', 'b') < 0, compareUtf8('ab', 'a') > 0]).toEqual([
      true,
      true,
      true
    ]);
  });
  test('document paths compare segment by segment', () => {
    expect([comparePaths('a/b', 'a/b/c/d') < 0, comparePaths('a-b/x', 'a/b') > 0]).toEqual([true, true]);
  });
});

describe('values', () => {
  test('timestamps are truncated to microseconds and printed with 0/3/6/9 digits', () => {
    expect([
      normalizeTimestamp('2026-01-01T00:00:00.123456789Z'),
      normalizeTimestamp('2026-01-01T00:00:00.100Z'),
      normalizeTimestamp('2026-01-01T08:00:00+08:00'),
      normalizeTimestamp({ seconds: '1', nanos: 5000 })
    ]).toEqual([
      '2026-01-01T00:00:00.123456Z',
      '2026-01-01T00:00:00.100Z',
      '2026-01-01T00:00:00Z',
      '1970-01-01T00:00:01.000005Z'
    ]);
  });
  test('timestamp parse and format are inverse', () => {
    expect(formatTimestamp(parseTimestamp('1969-12-31T23:59:59.999999Z'))).toBe(
      '1969-12-31T23:59:59.999999Z'
    );
  });
  test('integers out of int64 range are rejected', () => {
    expect(() => normalizeValue({ integerValue: '9223372036854775808' })).toThrow(/int64/);
  });
  test('admin null and numeric doubles normalize', () => {
    expect([
      normalizeValue({ nullValue: 0 }),
      normalizeValue({ doubleValue: 'Infinity' }),
      normalizeValue({ integerValue: 5 })
    ]).toEqual([{ nullValue: null }, { doubleValue: 'Infinity' }, { integerValue: '5' }]);
  });
});

describe('ordering', () => {
  const v = (x: unknown) => normalizeValue(x);
  test('integers and doubles compare by value, beyond 2^53 too', () => {
    expect([
      compareValues(v({ integerValue: '1' }), v({ doubleValue: 1 })),
      compareValues(v({ integerValue: '9007199254740993' }), v({ doubleValue: 9007199254740992 })),
      compareValues(v({ doubleValue: 'NaN' }), v({ doubleValue: '-Infinity' })),
      compareValues(v({ doubleValue: 0.5 }), v({ integerValue: '1' }))
    ]).toEqual([0, 1, -1, -1]);
  });
  test('type order', () => {
    const ordered: unknown[] = [
      { nullValue: null },
      { booleanValue: false },
      { integerValue: '0' },
      { timestampValue: '1970-01-01T00:00:00Z' },
      { stringValue: '' },
      { bytesValue: '' },
      { referenceValue: 'projects/p/databases/(default)/documents/a/b' },
      { geoPointValue: { latitude: 0, longitude: 0 } },
      { arrayValue: {} },
      { mapValue: { fields: { __type__: { stringValue: '__vector__' }, value: { arrayValue: {} } } } },
      { mapValue: {} }
    ];
    for (let i = 1; i < ordered.length; i++) expect(compareValues(v(ordered[i - 1]), v(ordered[i]))).toBe(-1);
  });
  test('maps compare key by key', () => {
    expect(
      compareValues(
        v({ mapValue: { fields: { a: { integerValue: '2' } } } }),
        v({ mapValue: { fields: { b: { integerValue: '1' } } } })
      )
    ).toBe(-1);
  });
});

describe('transforms', () => {
  const run = (fields: Record<string, RestValue>, transform: Record<string, unknown>) =>
    applyTransforms(fields, [parseFieldTransform({ fieldPath: 'x', ...transform })], '2026-01-01T00:00:00Z');
  test('increment saturates at int64 bounds', () => {
    const fields: Record<string, RestValue> = { x: { integerValue: '-9223372036854775800' } };
    run(fields, { increment: { integerValue: '-100' } });
    expect(fields.x).toEqual({ integerValue: '-9223372036854775808' });
  });
  test('maximum with NaN is NaN; equal int and double keep the stored one', () => {
    const a: Record<string, RestValue> = { x: { integerValue: '3' } };
    run(a, { maximum: { doubleValue: 3 } });
    const b: Record<string, RestValue> = { x: { integerValue: '3' } };
    run(b, { maximum: { doubleValue: 'NaN' } });
    expect([a.x, b.x]).toEqual([{ integerValue: '3' }, { doubleValue: 'NaN' }]);
  });
  test('server time uses the commit time; numeric enum accepted', () => {
    const fields: Record<string, RestValue> = {};
    expect(run(fields, { setToServerValue: 1 })).toEqual([{ timestampValue: '2026-01-01T00:00:00Z' }]);
  });
});

describe('query normalization', () => {
  test('inequality fields follow explicit order, sorted, then __name__ in the last direction', () => {
    const query = parseStructuredQuery({
      from: [{ collectionId: 'c' }],
      where: {
        compositeFilter: {
          op: 'AND',
          filters: [
            { fieldFilter: { field: { fieldPath: 'z' }, op: 'GREATER_THAN', value: { integerValue: '1' } } },
            { fieldFilter: { field: { fieldPath: 'b' }, op: 3, value: { integerValue: '1' } } }
          ]
        }
      },
      orderBy: [{ field: { fieldPath: 'a' }, direction: 'DESCENDING' }]
    });
    expect(normalizedOrder(query).map((o) => [o.field.join('.'), o.descending])).toEqual([
      ['a', true],
      ['b', true],
      ['z', true],
      ['__name__', true]
    ]);
  });
});

describe('aggregation', () => {
  test('sum overflowing int64 becomes a double', () => {
    const doc = (n: string) => ({
      path: `c/${n}`,
      fields: { x: { integerValue: n } },
      createTime: '',
      updateTime: ''
    });
    expect(
      aggregate([doc('9223372036854775807'), doc('1')], [{ alias: 's', kind: 'sum', field: ['x'] }]).s
    ).toEqual({
      doubleValue: 9223372036854775808
    });
  });
});

describe('transaction locks', () => {
  test('a second reader waits for the first to end', async () => {
    const tm = new TransactionManager();
    const t1 = tm.begin('p/d', false);
    const t2 = tm.begin('p/d', false);
    await tm.lock(t1, ['a/b']);
    let acquired = false;
    const waiting = tm.lock(t2, ['a/b']).then(() => (acquired = true));
    await new Promise((r) => setTimeout(r, 20));
    const before = acquired;
    tm.end(t1);
    await waiting;
    expect([before, acquired]).toEqual([false, true]);
  });
  test('a wait that closes a cycle is ABORTED', async () => {
    const tm = new TransactionManager();
    const t1 = tm.begin('p/d', false);
    const t2 = tm.begin('p/d', false);
    await tm.lock(t1, ['x/1']);
    await tm.lock(t2, ['x/2']);
    const first = tm.lock(t1, ['x/2']);
    const second = await tm.lock(t2, ['x/1']).then(
      () => 'locked',
      (e: { status: string }) => e.status
    );
    tm.end(t2);
    await first;
    expect(second).toBe('ABORTED');
  });
});
