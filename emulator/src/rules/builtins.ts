/** Methods of the rules types and the global functions and namespaces (math, timestamp,
 * duration, latlng, hashing). Each throws RulesEvalError on a wrong type, which the
 * evaluator turns into "this statement does not allow". */
import { createHash } from 'node:crypto';
import {
  type Value,
  INT64_MAX,
  INT64_MIN,
  NANOS,
  RulesEvalError,
  TIMESTAMP_MAX,
  TIMESTAMP_MIN,
  bool,
  floatToString,
  floorDiv,
  formatTimestamp,
  int,
  str,
  toSet,
  typeName,
  valuesEqual
} from './values';

export const NAMESPACES = new Set(['math', 'timestamp', 'duration', 'latlng', 'hashing']);

export const NAMESPACE_FUNCTIONS: Record<string, Set<string>> = {
  math: new Set(['abs', 'ceil', 'floor', 'round', 'sqrt', 'pow', 'isInfinite', 'isNaN']),
  timestamp: new Set(['date', 'value']),
  duration: new Set(['abs', 'time', 'value']),
  latlng: new Set(['value']),
  hashing: new Set(['crc32', 'crc32c', 'md5', 'sha256'])
};

/** Global functions other than get/exists/getAfter/existsAfter (those need the context). */
export const GLOBAL_FUNCTIONS = new Set(['int', 'float', 'string', 'bool', 'path', 'debug']);
export const DOCUMENT_FUNCTIONS = new Set(['get', 'exists', 'getAfter', 'existsAfter']);

/** Every method name of every type: the checker rejects calls of anything else. */
export const ALL_METHODS = new Set([
  // string
  'size',
  'lower',
  'upper',
  'trim',
  'matches',
  'split',
  'replace',
  'toUtf8',
  // list / set
  'hasAll',
  'hasAny',
  'hasOnly',
  'toSet',
  'join',
  'concat',
  'removeAll',
  'difference',
  'intersection',
  'union',
  // map / map_diff
  'keys',
  'values',
  'get',
  'diff',
  'addedKeys',
  'removedKeys',
  'changedKeys',
  'affectedKeys',
  'unchangedKeys',
  // timestamp / duration
  'date',
  'day',
  'dayOfWeek',
  'dayOfYear',
  'hours',
  'minutes',
  'month',
  'nanos',
  'seconds',
  'time',
  'toMillis',
  'year',
  // latlng
  'distance',
  'latitude',
  'longitude',
  // bytes
  'toBase64',
  'toHexString',
  // path
  'bind'
]);

const fail = (message: string): never => {
  throw new RulesEvalError(message);
};

export function checkInt(v: bigint): Value {
  if (v < INT64_MIN || v > INT64_MAX) fail('Integer overflow');
  return int(v);
}

function checkTimestamp(v: bigint): Value {
  if (v < TIMESTAMP_MIN || v > TIMESTAMP_MAX) fail('Timestamp out of range');
  return { t: 'timestamp', v };
}

function arity(name: string, args: Value[], n: number, m = n): void {
  if (args.length < n || args.length > m)
    fail(`Function ${name}() takes ${n === m ? n : `${n} to ${m}`} argument(s), got ${args.length}`);
}

function expect<T extends Value['t']>(v: Value | undefined, t: T, what: string): Extract<Value, { t: T }> {
  if (!v || v.t !== t) fail(`${what}: expected ${t}, got ${v ? typeName(v) : 'nothing'}`);
  return v as Extract<Value, { t: T }>;
}

function num(v: Value | undefined, what: string): number {
  if (v?.t === 'int') return Number(v.v);
  if (v?.t === 'float') return v.v;
  return fail(`${what}: expected a number, got ${v ? typeName(v) : 'nothing'}`);
}

function items(v: Value | undefined, what: string): Value[] {
  if (v?.t === 'list' || v?.t === 'set') return v.v;
  return fail(`${what}: expected a list or set, got ${v ? typeName(v) : 'nothing'}`);
}

const includes = (list: Value[], x: Value): boolean => list.some((y) => valuesEqual(x, y));

// ---- regular expressions (RE2 subset on JavaScript's engine) ----

const regexCache = new Map<string, RegExp>();

export function toRegExp(pattern: string, whole: boolean, global = false): RegExp {
  const key = `${whole ? 'w' : 'p'}${global ? 'g' : ''}:${pattern}`;
  const cached = regexCache.get(key);
  if (cached) return cached;
  let src = pattern;
  let flags = global ? 'g' : '';
  const inline = /^\(\?([imsU]+)\)/.exec(src);
  if (inline) {
    src = src.slice(inline[0].length);
    for (const f of inline[1] ?? '') if (f === 'i' || f === 'm' || f === 's') flags += f;
  }
  // RE2 has neither lookaround nor back-references: reject them rather than accept more than Google.
  if (/\(\?<?[=!]/.test(src) || /(^|[^\\])\\[1-9]/.test(src))
    fail(`Unsupported regular expression '${pattern}'`);
  src = src.replace(/\(\?P</g, '(?<');
  if (whole) src = `^(?:${src})$`;
  let re: RegExp;
  try {
    re = new RegExp(src, flags + 'u');
  } catch {
    try {
      re = new RegExp(src, flags);
    } catch {
      return fail(`Invalid regular expression '${pattern}'`);
    }
  }
  regexCache.set(key, re);
  return re;
}

// ---- hashing ----

function crcTable(poly: number): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? poly ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}
const CRC32 = crcTable(0xedb88320);
const CRC32C = crcTable(0x82f63b78);

function crc(table: Uint32Array, data: Uint8Array): Uint8Array {
  let c = 0xffffffff;
  for (const b of data) c = (table[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  c = (c ^ 0xffffffff) >>> 0;
  return new Uint8Array([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}

function hashInput(v: Value | undefined): Uint8Array {
  if (v?.t === 'string') return new TextEncoder().encode(v.v);
  if (v?.t === 'bytes') return v.v;
  return fail('hashing: expected a string or bytes');
}

// ---- timestamps ----

function tsDate(v: bigint): Date {
  return new Date(Number(floorDiv(v, 1_000_000n)));
}

function noTimeZone(args: Value[], name: string): void {
  if (args.length === 0) return;
  const tz = expect(args[0], 'string', `timestamp.${name}()`).v;
  if (tz !== 'UTC' && tz !== 'Z' && tz !== 'Etc/UTC')
    fail(`Time zone '${tz}' is not supported by this emulator`);
}

const DURATION_UNITS: Record<string, bigint> = {
  w: 7n * 86400n * NANOS,
  d: 86400n * NANOS,
  h: 3600n * NANOS,
  m: 60n * NANOS,
  s: NANOS,
  ms: 1_000_000n,
  us: 1000n,
  ns: 1n
};

/** Method call on a concrete receiver. */
export function callMethod(recv: Value, name: string, args: Value[]): Value {
  switch (recv.t) {
    case 'string':
      return stringMethod(recv.v, name, args);
    case 'list':
      return listMethod(recv.v, name, args);
    case 'set':
      return setMethod(recv.v, name, args);
    case 'map':
      return mapMethod(recv.v, name, args);
    case 'mapdiff':
      return mapDiffMethod(recv, name, args);
    case 'timestamp':
      return timestampMethod(recv.v, name, args);
    case 'duration':
      arity(name, args, 0);
      if (name === 'seconds') return int(recv.v / NANOS);
      if (name === 'nanos') return int(recv.v % NANOS);
      break;
    case 'latlng':
      if (name === 'latitude') return (arity(name, args, 0), { t: 'float', v: recv.lat });
      if (name === 'longitude') return (arity(name, args, 0), { t: 'float', v: recv.lng });
      if (name === 'distance') {
        arity(name, args, 1);
        const o = expect(args[0], 'latlng', 'latlng.distance()');
        return { t: 'float', v: haversine(recv.lat, recv.lng, o.lat, o.lng) };
      }
      break;
    case 'bytes':
      arity(name, args, 0);
      if (name === 'size') return int(recv.v.length);
      if (name === 'toBase64') return str(Buffer.from(recv.v).toString('base64'));
      if (name === 'toHexString') return str(Buffer.from(recv.v).toString('hex').toUpperCase());
      break;
    case 'path':
      if (name === 'bind') {
        arity(name, args, 1);
        // Paths here are already concrete: binding only checks its argument is a map.
        expect(args[0], 'map', 'path.bind()');
        return recv;
      }
      break;
    default:
      break;
  }
  return fail(`Function not found error: Name: [${name}] on ${typeName(recv)}`);
}

function stringMethod(s: string, name: string, args: Value[]): Value {
  switch (name) {
    case 'size':
      arity(name, args, 0);
      return int([...s].length);
    case 'lower':
      arity(name, args, 0);
      return str(s.toLowerCase());
    case 'upper':
      arity(name, args, 0);
      return str(s.toUpperCase());
    case 'trim':
      arity(name, args, 0);
      return str(s.trim());
    case 'matches':
      arity(name, args, 1);
      return bool(toRegExp(expect(args[0], 'string', 'string.matches()').v, true).test(s));
    case 'split': {
      arity(name, args, 1);
      const re = toRegExp(expect(args[0], 'string', 'string.split()').v, false, true);
      return { t: 'list', v: splitKeepingNoGroups(s, re).map(str) };
    }
    case 'replace': {
      arity(name, args, 2);
      const re = toRegExp(expect(args[0], 'string', 'string.replace()').v, false, true);
      const sub = expect(args[1], 'string', 'string.replace()')
        .v.replace(/\$/g, '$$$$')
        .replace(/\\(\d)/g, '$$$1');
      return str(s.replace(re, sub));
    }
    case 'toUtf8':
      arity(name, args, 0);
      return { t: 'bytes', v: new TextEncoder().encode(s) };
  }
  return fail(`Function not found error: Name: [${name}] on string`);
}

function splitKeepingNoGroups(s: string, re: RegExp): string[] {
  const out: string[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (const m of s.matchAll(re)) {
    if (m[0] === '' && (m.index === 0 || m.index === s.length)) continue;
    out.push(s.slice(last, m.index));
    last = m.index + m[0].length;
  }
  out.push(s.slice(last));
  return out;
}

function listMethod(list: Value[], name: string, args: Value[]): Value {
  switch (name) {
    case 'size':
      arity(name, args, 0);
      return int(list.length);
    case 'hasAll':
      arity(name, args, 1);
      return bool(items(args[0], 'list.hasAll()').every((x) => includes(list, x)));
    case 'hasAny':
      arity(name, args, 1);
      return bool(items(args[0], 'list.hasAny()').some((x) => includes(list, x)));
    case 'hasOnly': {
      arity(name, args, 1);
      const allowed = items(args[0], 'list.hasOnly()');
      return bool(list.every((x) => includes(allowed, x)));
    }
    case 'toSet':
      arity(name, args, 0);
      return toSet(list);
    case 'join': {
      arity(name, args, 0, 1);
      const sep = args.length ? expect(args[0], 'string', 'list.join()').v : '';
      return str(list.map((x) => expect(x, 'string', 'list.join() element').v).join(sep));
    }
    case 'concat':
      arity(name, args, 1);
      return { t: 'list', v: [...list, ...expect(args[0], 'list', 'list.concat()').v] };
    case 'removeAll': {
      arity(name, args, 1);
      const drop = items(args[0], 'list.removeAll()');
      return { t: 'list', v: list.filter((x) => !includes(drop, x)) };
    }
  }
  return fail(`Function not found error: Name: [${name}] on list`);
}

function setMethod(set: Value[], name: string, args: Value[]): Value {
  switch (name) {
    case 'size':
      arity(name, args, 0);
      return int(set.length);
    case 'hasAll':
      arity(name, args, 1);
      return bool(items(args[0], 'set.hasAll()').every((x) => includes(set, x)));
    case 'hasAny':
      arity(name, args, 1);
      return bool(items(args[0], 'set.hasAny()').some((x) => includes(set, x)));
    case 'hasOnly': {
      arity(name, args, 1);
      const allowed = items(args[0], 'set.hasOnly()');
      return bool(set.every((x) => includes(allowed, x)));
    }
    case 'difference': {
      arity(name, args, 1);
      const other = expect(args[0], 'set', 'set.difference()').v;
      return { t: 'set', v: set.filter((x) => !includes(other, x)) };
    }
    case 'intersection': {
      arity(name, args, 1);
      const other = expect(args[0], 'set', 'set.intersection()').v;
      return { t: 'set', v: set.filter((x) => includes(other, x)) };
    }
    case 'union':
      arity(name, args, 1);
      return toSet([...set, ...expect(args[0], 'set', 'set.union()').v]);
  }
  return fail(`Function not found error: Name: [${name}] on set`);
}

function mapMethod(map: Map<string, Value>, name: string, args: Value[]): Value {
  switch (name) {
    case 'size':
      arity(name, args, 0);
      return int(map.size);
    case 'keys':
      arity(name, args, 0);
      return { t: 'list', v: [...map.keys()].map(str) };
    case 'values':
      arity(name, args, 0);
      return { t: 'list', v: [...map.values()] };
    case 'get': {
      arity(name, args, 2);
      const key = args[0] as Value;
      const fallback = args[1] as Value;
      const keys =
        key.t === 'string'
          ? [key.v]
          : key.t === 'list'
            ? key.v.map((k) => expect(k, 'string', 'map.get() key').v)
            : null;
      if (!keys) return fail('map.get(): key must be a string or a list of strings');
      let cur: Value = { t: 'map', v: map };
      for (const k of keys) {
        if (cur.t !== 'map') return fallback;
        const next = cur.v.get(k);
        if (next === undefined) return fallback;
        cur = next;
      }
      return cur;
    }
    case 'diff': {
      arity(name, args, 1);
      return { t: 'mapdiff', left: map, right: expect(args[0], 'map', 'map.diff()').v };
    }
  }
  return fail(`Function not found error: Name: [${name}] on map`);
}

function mapDiffMethod(d: Extract<Value, { t: 'mapdiff' }>, name: string, args: Value[]): Value {
  arity(name, args, 0);
  const added = [...d.left.keys()].filter((k) => !d.right.has(k));
  const removed = [...d.right.keys()].filter((k) => !d.left.has(k));
  const common = [...d.left.keys()].filter((k) => d.right.has(k));
  const changed = common.filter((k) => !valuesEqual(d.left.get(k) as Value, d.right.get(k) as Value));
  const unchanged = common.filter((k) => !changed.includes(k));
  const set = (keys: string[]): Value => ({ t: 'set', v: keys.map(str) });
  switch (name) {
    case 'addedKeys':
      return set(added);
    case 'removedKeys':
      return set(removed);
    case 'changedKeys':
      return set(changed);
    case 'affectedKeys':
      return set([...added, ...removed, ...changed]);
    case 'unchangedKeys':
      return set(unchanged);
  }
  return fail(`Function not found error: Name: [${name}] on map_diff`);
}

function timestampMethod(v: bigint, name: string, args: Value[]): Value {
  const d = tsDate(v);
  const nanosOfSecond = v - floorDiv(v, NANOS) * NANOS;
  switch (name) {
    case 'year':
      return (noTimeZone(args, name), int(d.getUTCFullYear()));
    case 'month':
      return (noTimeZone(args, name), int(d.getUTCMonth() + 1));
    case 'day':
      return (noTimeZone(args, name), int(d.getUTCDate()));
    case 'hours':
      return (noTimeZone(args, name), int(d.getUTCHours()));
    case 'minutes':
      return (noTimeZone(args, name), int(d.getUTCMinutes()));
    case 'seconds':
      return (noTimeZone(args, name), int(d.getUTCSeconds()));
    case 'nanos':
      return (arity(name, args, 0), int(nanosOfSecond));
    case 'dayOfWeek':
      return (noTimeZone(args, name), int(((d.getUTCDay() + 6) % 7) + 1));
    case 'dayOfYear': {
      noTimeZone(args, name);
      const start = Date.UTC(d.getUTCFullYear(), 0, 1);
      return int(Math.floor((d.getTime() - start) / 86_400_000) + 1);
    }
    case 'date': {
      arity(name, args, 0);
      const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
      return { t: 'timestamp', v: BigInt(midnight) * 1_000_000n };
    }
    case 'time': {
      arity(name, args, 0);
      const midnight = BigInt(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())) * 1_000_000n;
      return { t: 'duration', v: v - midnight };
    }
    case 'toMillis':
      return (arity(name, args, 0), int(floorDiv(v, 1_000_000n)));
  }
  return fail(`Function not found error: Name: [${name}] on timestamp`);
}

function haversine(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLng = (lng2 - lng1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** `math.abs(x)`, `timestamp.date(…)`, … */
export function callNamespace(ns: string, name: string, args: Value[]): Value {
  const q = `${ns}.${name}`;
  switch (q) {
    case 'math.abs': {
      arity(q, args, 1);
      const x = args[0] as Value;
      if (x.t === 'int') return checkInt(x.v < 0n ? -x.v : x.v);
      return { t: 'float', v: Math.abs(num(x, q)) };
    }
    case 'math.ceil':
    case 'math.floor':
    case 'math.round': {
      arity(q, args, 1);
      const x = args[0] as Value;
      if (x.t === 'int') return x;
      const f = num(x, q);
      if (!Number.isFinite(f)) fail(`${q}: not a finite number`);
      const r =
        name === 'ceil'
          ? Math.ceil(f)
          : name === 'floor'
            ? Math.floor(f)
            : Math.sign(f) * Math.round(Math.abs(f));
      return checkInt(BigInt(r));
    }
    case 'math.sqrt':
      arity(q, args, 1);
      return { t: 'float', v: Math.sqrt(num(args[0], q)) };
    case 'math.pow':
      arity(q, args, 2);
      return { t: 'float', v: Math.pow(num(args[0], q), num(args[1], q)) };
    case 'math.isInfinite':
      arity(q, args, 1);
      return bool(!Number.isFinite(num(args[0], q)) && !Number.isNaN(num(args[0], q)));
    case 'math.isNaN':
      arity(q, args, 1);
      return bool(Number.isNaN(num(args[0], q)));
    case 'timestamp.date': {
      arity(q, args, 3);
      const [y, m, d] = args.map((a) => Number(expect(a, 'int', q).v));
      return checkTimestamp(BigInt(Date.UTC(y as number, (m as number) - 1, d as number)) * 1_000_000n);
    }
    case 'timestamp.value':
      arity(q, args, 1);
      return checkTimestamp(expect(args[0], 'int', q).v * 1_000_000n);
    case 'duration.abs': {
      arity(q, args, 1);
      const d = expect(args[0], 'duration', q).v;
      return { t: 'duration', v: d < 0n ? -d : d };
    }
    case 'duration.time': {
      arity(q, args, 4);
      const [h, m, s, ns] = args.map((a) => expect(a, 'int', q).v) as [bigint, bigint, bigint, bigint];
      return { t: 'duration', v: ((h * 60n + m) * 60n + s) * NANOS + ns };
    }
    case 'duration.value': {
      arity(q, args, 2);
      const mag = expect(args[0], 'int', q).v;
      const unit = expect(args[1], 'string', q).v;
      const factor = DURATION_UNITS[unit];
      if (factor === undefined) return fail(`${q}: unknown unit '${unit}' (w, d, h, m, s, ms, ns)`);
      return { t: 'duration', v: mag * factor };
    }
    case 'latlng.value': {
      arity(q, args, 2);
      const lat = num(args[0], q);
      const lng = num(args[1], q);
      if (lat < -90 || lat > 90 || lng < -180 || lng > 180) fail(`${q}: coordinates out of range`);
      return { t: 'latlng', lat, lng };
    }
    case 'hashing.crc32':
      arity(q, args, 1);
      return { t: 'bytes', v: crc(CRC32, hashInput(args[0])) };
    case 'hashing.crc32c':
      arity(q, args, 1);
      return { t: 'bytes', v: crc(CRC32C, hashInput(args[0])) };
    case 'hashing.md5':
    case 'hashing.sha256':
      arity(q, args, 1);
      return { t: 'bytes', v: new Uint8Array(createHash(name).update(hashInput(args[0])).digest()) };
  }
  return fail(`Function not found error: Name: [${q}]`);
}

/** int(), float(), string(), bool(), path(), debug(). */
export function callGlobal(name: string, args: Value[]): Value {
  arity(name, args, 1);
  const x = args[0] as Value;
  switch (name) {
    case 'int':
      if (x.t === 'int') return x;
      if (x.t === 'float') {
        if (!Number.isFinite(x.v)) fail('int(): not a finite number');
        return checkInt(BigInt(Math.trunc(x.v)));
      }
      if (x.t === 'string' && /^\s*[-+]?\d+\s*$/.test(x.v)) return checkInt(BigInt(x.v.trim()));
      return fail(
        `int(): cannot convert ${typeName(x)} ${x.t === 'string' ? JSON.stringify(x.v) : ''}`.trim()
      );
    case 'float':
      if (x.t === 'float') return x;
      if (x.t === 'int') return { t: 'float', v: Number(x.v) };
      if (x.t === 'string' && x.v.trim() !== '' && !Number.isNaN(Number(x.v)))
        return { t: 'float', v: Number(x.v) };
      return fail(`float(): cannot convert ${typeName(x)}`);
    case 'string':
      switch (x.t) {
        case 'null':
          return str('null');
        case 'bool':
          return str(String(x.v));
        case 'int':
          return str(x.v.toString());
        case 'float':
          return str(floatToString(x.v));
        case 'string':
          return x;
        case 'path':
          return str('/' + x.v.join('/'));
        case 'timestamp':
          return str(formatTimestamp(x.v));
        case 'bytes':
          return str(new TextDecoder().decode(x.v));
        default:
          return fail(`string(): cannot convert ${typeName(x)}`);
      }
    case 'bool':
      if (x.t === 'bool') return x;
      if (x.t === 'string' && (x.v === 'true' || x.v === 'false')) return bool(x.v === 'true');
      return fail(`bool(): cannot convert ${typeName(x)}`);
    case 'path': {
      const s = expect(x, 'string', 'path()').v;
      const segs = s.split('/').filter((p) => p !== '');
      return { t: 'path', v: segs };
    }
    case 'debug':
      return x;
  }
  return fail(`Function not found error: Name: [${name}]`);
}
