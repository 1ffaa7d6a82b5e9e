import { describe, expect, it } from 'vitest';
import { run } from './test-helpers';

describe('operators and precedence', () => {
  it.each([
    ['1 + 2 * 3', '7'],
    ['(1 + 2) * 3', '9'],
    ['10 - 4 - 3', '3'],
    ['7 / 2', '3'],
    ['-7 / 2', '-3'],
    ['7 % 3', '1'],
    ['-7 % 3', '-1'],
    ['7.0 / 2', '3.5'],
    ['1 + 0.5', '1.5'],
    ['1 == 1.0', 'true'],
    ['2 > 1.5', 'true'],
    ['1 + 2 == 3 && 2 < 3', 'true'],
    ['true || false && false', 'true'],
    ['!true || true', 'true'],
    ['1 < 2 == true', 'true'],
    ["'a' + 'b'", '"ab"'],
    ['[1] + [2]', '[1, 2]'],
    ['true ? 1 : 2', '1'],
    ['false ? 1 : true ? 2 : 3', '2'],
    ['1 in [1, 2]', 'true'],
    ["'k' in {'k': 1}", 'true'],
    ["'z' in {'k': 1}", 'false'],
    ['3 in [1, 2]', 'false'],
    ['-(2 + 3)', '-5'],
    ['1 != 2', 'true'],
    ["'abc' < 'abd'", 'true'],
    ['0x10', '16'],
    ['1e3', '1000.0'],
    ['null == null', 'true'],
    ["1 == '1'", 'false'],
    ['[1, [2, 3]] == [1, [2, 3]]', 'true'],
    ["{'a': 1} == {'a': 1.0}", 'true']
  ])('%s → %s', (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it('errors on integer division by zero, overflow and mixed types', () => {
    expect(run('1 / 0')).toMatch(/Division by zero/);
    expect(run('1 % 0')).toMatch(/Modulo by zero/);
    expect(run('9223372036854775807 + 1')).toMatch(/overflow/);
    expect(run("1 + 'a'")).toMatch(/Unsupported operation: int \+ string/);
    expect(run("1 < 'a'")).toMatch(/Unsupported operation/);
    expect(run('1.0 / 0')).toBe('Infinity');
  });
});

describe('short-circuit and errors', () => {
  it('an error in a branch that is not needed does not fail', () => {
    expect(run('false && x.missing')).toBe('false');
    expect(run('true || x.missing')).toBe('true');
    expect(run('x.missing || true', { x: {} })).toBe('true');
    expect(run('x.missing && false', { x: {} })).toBe('false');
  });
  it('an error that decides the result is an error', () => {
    expect(run('x.missing && true', { x: {} })).toBe('error: Property missing is undefined on object.');
    expect(run('x.missing || false', { x: {} })).toBe('error: Property missing is undefined on object.');
    expect(run('true && x.missing', { x: {} })).toMatch(/Property missing is undefined/);
  });
  it('non-bool operands of && are errors', () => {
    expect(run('true && 1')).toMatch(/Expected a bool/);
    expect(run('1 ? 2 : 3')).toMatch(/must be bool/);
  });
  it('null access and indexing errors', () => {
    expect(run('x.y', { x: null })).toMatch(/Null value error/);
    expect(run('[1, 2][5]')).toMatch(/Index out of range/);
    expect(run("{'a': 1}['b']")).toMatch(/Property b is undefined/);
  });
});

describe('is', () => {
  it.each([
    ["'s' is string", 'true'],
    ['1 is int', 'true'],
    ['1 is float', 'false'],
    ['1.5 is float', 'true'],
    ['1 is number', 'true'],
    ['1.5 is number', 'true'],
    ['true is bool', 'true'],
    ['null is string', 'false'],
    ['[1] is list', 'true'],
    ["{'a': 1} is map", 'true'],
    ['[1].toSet() is set', 'true'],
    ['now is timestamp', 'true'],
    ["duration.value(1, 'h') is duration", 'true'],
    ['latlng.value(1, 2) is latlng', 'true'],
    ["b'ab' is bytes", 'true'],
    ['/databases/x/documents/a/b is path', 'true']
  ])('%s → %s', (src, expected) => {
    expect(run(src, { now: { t: 'timestamp', v: 0n } })).toBe(expected);
  });
});

describe('strings', () => {
  it.each([
    ["'Abc'.lower()", '"abc"'],
    ["'Abc'.upper()", '"ABC"'],
    ["'  a b  '.trim()", '"a b"'],
    ["'héllo'.size()", '5'],
    ["'abc'.matches('a.c')", 'true'],
    ["'xabcx'.matches('abc')", 'false'],
    ["'abc'.matches('(?i)ABC')", 'true'],
    ["'user@example.com'.matches('.*@example[.]com')", 'true'],
    ["'a,b,,c'.split(',')", '["a", "b", "", "c"]'],
    ["'a1b22c'.split('[0-9]+')", '["a", "b", "c"]'],
    ["'aXbXc'.replace('X', '-')", '"a-b-c"'],
    ["'2026-01'.replace('(\\\\d+)-(\\\\d+)', '\\\\2/\\\\1')", '"01/2026"'],
    ["'abc'.toUtf8().size()", '3'],
    ['string(12) + string(1.5) + string(true) + string(null)', '"121.5truenull"'],
    ["int('42') + int(2.9) + int(-2.9)", '42'],
    ["float('2.5') + float(1)", '3.5']
  ])('%s → %s', (src, expected) => {
    expect(run(src)).toBe(expected);
  });
  it('rejects RE2-incompatible patterns and bad conversions', () => {
    expect(run("'aa'.matches('(a)\\\\1')")).toMatch(/Unsupported regular expression/);
    expect(run("'a'.matches('(?=a)a')")).toMatch(/Unsupported regular expression/);
    expect(run("int('x')")).toMatch(/cannot convert/);
    expect(run("'a'.size(1)")).toMatch(/takes 0 argument/);
  });
});

describe('lists, sets and maps', () => {
  it.each([
    ["['a', 'b'].hasAll(['a'])", 'true'],
    ["['a', 'b'].hasAll(['a', 'c'])", 'false'],
    ["['a', 'b'].hasAny(['c', 'b'])", 'true'],
    ["['a', 'b'].hasAny([])", 'false'],
    ["['a', 'b'].hasOnly(['a', 'b', 'c'])", 'true'],
    ["['a', 'd'].hasOnly(['a', 'b'])", 'false'],
    ["['a', 'a', 'b'].toSet().size()", '2'],
    ["['a', 'b'].join('-')", '"a-b"'],
    ['[1, 2].concat([3])', '[1, 2, 3]'],
    ['[1, 2, 3, 2].removeAll([2])', '[1, 3]'],
    ['[1, 2, 3][1]', '2'],
    ['[1, 2, 3, 4][1:3]', '[2, 3]'],
    ['[1, 2].size()', '2'],
    ["{'a': 1, 'b': 2}.keys()", '["a", "b"]'],
    ["{'a': 1, 'b': 2}.values()", '[1, 2]'],
    ["{'a': 1}.size()", '1'],
    ["{'a': 1}.get('a', 0)", '1'],
    ["{'a': 1}.get('z', 0)", '0'],
    ["{'a': {'b': 2}}.get(['a', 'b'], 0)", '2'],
    ["{'a': {'b': 2}}.get(['a', 'c'], 'none')", '"none"'],
    ["{'a': 1}.a", '1'],
    ["{'a': 1}['a']", '1'],
    ['[1, 2].toSet() == [2, 1].toSet()', 'true'],
    ['[1, 2].toSet().union([3].toSet()).size()', '3'],
    ['[1, 2].toSet().intersection([2, 3].toSet())', 'set([2])'],
    ['[1, 2].toSet().difference([2].toSet())', 'set([1])'],
    ['2 in [1, 2].toSet()', 'true'],
    ['[1, 2].toSet().hasAll([1])', 'true']
  ])('%s → %s', (src, expected) => {
    expect(run(src)).toBe(expected);
  });

  it('map diff: added, removed, changed, affected, unchanged', () => {
    const vars = { after: { a: 1, b: 2, d: 4 }, before: { a: 1, b: 3, c: 5 } };
    expect(run('after.diff(before).addedKeys()', vars)).toBe('set(["d"])');
    expect(run('after.diff(before).removedKeys()', vars)).toBe('set(["c"])');
    expect(run('after.diff(before).changedKeys()', vars)).toBe('set(["b"])');
    expect(run('after.diff(before).unchangedKeys()', vars)).toBe('set(["a"])');
    expect(run('after.diff(before).affectedKeys()', vars)).toBe('set(["d", "c", "b"])');
    expect(run("after.diff(before).affectedKeys().hasOnly(['b', 'c', 'd'])", vars)).toBe('true');
    expect(run("after.diff(before).affectedKeys().hasOnly(['b'])", vars)).toBe('false');
  });
});

describe('timestamps, durations, latlng, bytes, path', () => {
  const vars = { t: { t: 'timestamp', v: 1_780_000_000_123_456_789n } };
  it.each([
    ['t.toMillis()', '1780000000123'],
    ['t.year()', '2026'],
    ['t.month()', '5'],
    ['t.day()', '28'],
    ['t.hours()', '20'],
    ['t.minutes()', '26'],
    ['t.seconds()', '40'],
    ['t.nanos()', '123456789'],
    ['t.dayOfWeek()', '4'],
    ['t.dayOfYear()', '148'],
    ['t.date() == timestamp.date(2026, 5, 28)', 'true'],
    ['t.time() == duration.time(20, 26, 40, 123456789)', 'true'],
    ["t + duration.value(1, 'd') > t", 'true'],
    ["(t + duration.value(2, 'h')) - t == duration.value(120, 'm')", 'true'],
    ["t - duration.value(1, 's') < t", 'true'],
    ['timestamp.value(1000).toMillis()', '1000'],
    ["duration.value(90, 's').seconds()", '90'],
    ["duration.value(1500, 'ms').nanos()", '500000000'],
    ["duration.abs(duration.value(-3, 's')) == duration.value(3, 's')", 'true'],
    ["duration.value(1, 'w') == duration.value(7, 'd')", 'true'],
    ['latlng.value(-8.58, 116.1).latitude()', '-8.58'],
    ['latlng.value(-8.58, 116.1).longitude()', '116.1'],
    ['latlng.value(0, 0).distance(latlng.value(0, 1)) > 111000', 'true'],
    ['latlng.value(0, 0).distance(latlng.value(0, 1)) < 112000', 'true'],
    ["b'\\x01\\x02'.size()", '2'],
    ["b'ab'.toBase64()", '"YWI="'],
    ["b'\\xff'.toHexString()", '"FF"'],
    ['/databases/x/documents/centers/sandik[4]', '"sandik"'],
    ['/databases/x/documents/centers/$(id) == /databases/x/documents/centers/sandik', 'true'],
    ['string(/databases/$(db)/documents/a/$(id))', '"/databases/(default)/documents/a/sandik"'],
    ["path('/databases/x/documents/a/b')[3]", '"a"'],
    ['math.abs(-3)', '3'],
    ['math.abs(-2.5)', '2.5'],
    ['math.ceil(1.2)', '2'],
    ['math.floor(1.8)', '1'],
    ['math.round(2.5)', '3'],
    ['math.round(-2.5)', '-3'],
    ['math.sqrt(16)', '4.0'],
    ['math.pow(2, 10)', '1024.0'],
    ['math.isNaN(0.0 / 0.0)', 'true'],
    ['math.isInfinite(1.0 / 0)', 'true'],
    [
      "hashing.sha256('abc').toHexString()",
      '"BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"'
    ],
    ["hashing.md5('abc').toHexString()", '"900150983CD24FB0D6963F7D28E17F72"'],
    ["hashing.crc32('123456789').toHexString()", '"CBF43926"'],
    ["hashing.crc32c('123456789').toHexString()", '"E3069283"']
  ])('%s → %s', (src, expected) => {
    expect(run(src, { ...vars, id: 'sandik', db: '(default)' })).toBe(expected);
  });

  it('rejects unsupported time zones and bad units', () => {
    expect(run("t.hours('Asia/Makassar')", vars)).toMatch(/not supported/);
    expect(run("duration.value(1, 'y')")).toMatch(/unknown unit/);
    expect(run('timestamp.value(999999999999999)')).toMatch(/out of range/);
  });
});

describe('truth tables and arithmetic identities over a grid', () => {
  const operand = { t: 'true', f: 'false', e: 'x.missing' } as const;
  // Google's documented semantics: an error is absorbed only by a decisive other side.
  const and: Record<string, string> = {
    tt: 'true',
    tf: 'false',
    te: 'error',
    ft: 'false',
    ff: 'false',
    fe: 'false',
    et: 'error',
    ef: 'false',
    ee: 'error'
  };
  const or: Record<string, string> = {
    tt: 'true',
    tf: 'true',
    te: 'true',
    ft: 'true',
    ff: 'false',
    fe: 'error',
    et: 'true',
    ef: 'error',
    ee: 'error'
  };
  for (const [key, expected] of Object.entries(and)) {
    const [l, r] = [...key] as ['t' | 'f' | 'e', 't' | 'f' | 'e'];
    it(`${operand[l]} && ${operand[r]} → ${expected}`, () => {
      const got = run(`${operand[l]} && ${operand[r]}`, { x: {} });
      expect(got.startsWith('error') ? 'error' : got).toBe(expected);
    });
  }
  for (const [key, expected] of Object.entries(or)) {
    const [l, r] = [...key] as ['t' | 'f' | 'e', 't' | 'f' | 'e'];
    it(`${operand[l]} || ${operand[r]} → ${expected}`, () => {
      const got = run(`${operand[l]} || ${operand[r]}`, { x: {} });
      expect(got.startsWith('error') ? 'error' : got).toBe(expected);
    });
  }

  it('integer / and % truncate toward zero and satisfy (a / b) * b + a % b == a', () => {
    for (let a = -9; a <= 9; a++) {
      for (let b = -4; b <= 4; b++) {
        if (b === 0) continue;
        expect(run(`${a} / ${b}`)).toBe(String(Math.trunc(a / b)));
        expect(run(`(${a} / ${b}) * ${b} + ${a} % ${b} == ${a}`)).toBe('true');
      }
    }
  });

  it('int and float compare and add as numbers', () => {
    for (let a = -3; a <= 3; a++) {
      expect(run(`${a} == ${a}.0`)).toBe('true');
      expect(run(`${a} < ${a} + 0.5`)).toBe('true');
      expect(run(`${a} + 0.5`)).toBe(String(a + 0.5));
    }
  });
});
