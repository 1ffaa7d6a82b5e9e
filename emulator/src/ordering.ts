/**
 * Firestore's value order across types: null < booleans < numbers (NaN first, integers
 * and doubles together) < timestamps < strings < bytes < references < geo points <
 * arrays < vectors < maps.
 */
import { comparePaths, compareUtf8, parseResourceName } from './paths';
import { doubleOf, parseTimestamp, compareInstants, type RestValue } from './values';

export const TYPE_ORDER = {
  null: 0,
  boolean: 1,
  number: 2,
  timestamp: 3,
  string: 4,
  bytes: 5,
  reference: 6,
  geoPoint: 7,
  array: 8,
  vector: 9,
  map: 10
} as const;

export function typeOrder(value: RestValue): number {
  if ('nullValue' in value) return TYPE_ORDER.null;
  if ('booleanValue' in value) return TYPE_ORDER.boolean;
  if ('integerValue' in value || 'doubleValue' in value) return TYPE_ORDER.number;
  if ('timestampValue' in value) return TYPE_ORDER.timestamp;
  if ('stringValue' in value) return TYPE_ORDER.string;
  if ('bytesValue' in value) return TYPE_ORDER.bytes;
  if ('referenceValue' in value) return TYPE_ORDER.reference;
  if ('geoPointValue' in value) return TYPE_ORDER.geoPoint;
  if ('arrayValue' in value) return TYPE_ORDER.array;
  if (isVector(value)) return TYPE_ORDER.vector;
  return TYPE_ORDER.map;
}

function isVector(value: RestValue): boolean {
  if (!('mapValue' in value)) return false;
  const type = value.mapValue.fields?.['__type__'];
  return !!type && 'stringValue' in type && type.stringValue === '__vector__';
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

export function compareValues(a: RestValue, b: RestValue): number {
  const ta = typeOrder(a);
  const tb = typeOrder(b);
  if (ta !== tb) return ta - tb;
  switch (ta) {
    case TYPE_ORDER.null:
      return 0;
    case TYPE_ORDER.boolean:
      return (
        Number((a as { booleanValue: boolean }).booleanValue) -
        Number((b as { booleanValue: boolean }).booleanValue)
      );
    case TYPE_ORDER.number:
      return compareNumbers(a, b);
    case TYPE_ORDER.timestamp:
      return compareTimestamps(
        (a as { timestampValue: string }).timestampValue,
        (b as { timestampValue: string }).timestampValue
      );
    case TYPE_ORDER.string:
      return sign(
        compareUtf8((a as { stringValue: string }).stringValue, (b as { stringValue: string }).stringValue)
      );
    case TYPE_ORDER.bytes:
      return sign(
        Buffer.compare(
          Buffer.from((a as { bytesValue: string }).bytesValue, 'base64'),
          Buffer.from((b as { bytesValue: string }).bytesValue, 'base64')
        )
      );
    case TYPE_ORDER.reference:
      return compareReferences(
        (a as { referenceValue: string }).referenceValue,
        (b as { referenceValue: string }).referenceValue
      );
    case TYPE_ORDER.geoPoint: {
      const pa = (a as { geoPointValue: { latitude?: number; longitude?: number } }).geoPointValue;
      const pb = (b as { geoPointValue: { latitude?: number; longitude?: number } }).geoPointValue;
      return sign((pa.latitude ?? 0) - (pb.latitude ?? 0)) || sign((pa.longitude ?? 0) - (pb.longitude ?? 0));
    }
    case TYPE_ORDER.array:
      return compareArrays(
        (a as { arrayValue: { values?: RestValue[] } }).arrayValue.values ?? [],
        (b as { arrayValue: { values?: RestValue[] } }).arrayValue.values ?? []
      );
    case TYPE_ORDER.vector:
      return compareVectors(a, b);
    default:
      return compareMaps(
        (a as { mapValue: { fields?: Record<string, RestValue> } }).mapValue.fields ?? {},
        (b as { mapValue: { fields?: Record<string, RestValue> } }).mapValue.fields ?? {}
      );
  }
}

export function valuesEqual(a: RestValue, b: RestValue): boolean {
  return compareValues(a, b) === 0;
}

/** Stored timestamps are normalized UTC text, so equal lengths compare as strings (the common
 * case when sorting); otherwise parse. */
function compareTimestamps(a: string, b: string): number {
  if (a.length === b.length && a.endsWith('Z') && b.endsWith('Z')) return a < b ? -1 : a > b ? 1 : 0;
  return sign(compareInstants(parseTimestamp(a), parseTimestamp(b)));
}

function compareReferences(a: string, b: string): number {
  try {
    const ra = parseResourceName(a);
    const rb = parseResourceName(b);
    return (
      sign(compareUtf8(ra.project, rb.project)) ||
      sign(compareUtf8(ra.database, rb.database)) ||
      sign(comparePaths(ra.path, rb.path))
    );
  } catch {
    return sign(compareUtf8(a, b));
  }
}

function compareArrays(a: RestValue[], b: RestValue[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareValues(a[i] as RestValue, b[i] as RestValue);
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

function compareMaps(a: Record<string, RestValue>, b: Record<string, RestValue>): number {
  const ka = Object.keys(a).sort(compareUtf8);
  const kb = Object.keys(b).sort(compareUtf8);
  const n = Math.min(ka.length, kb.length);
  for (let i = 0; i < n; i++) {
    const keyA = ka[i] as string;
    const keyB = kb[i] as string;
    const c = compareUtf8(keyA, keyB);
    if (c !== 0) return sign(c);
    const v = compareValues(a[keyA] as RestValue, b[keyB] as RestValue);
    if (v !== 0) return v;
  }
  return sign(ka.length - kb.length);
}

/** Vectors order by length first, then element by element. */
function compareVectors(a: RestValue, b: RestValue): number {
  const va = vectorValues(a);
  const vb = vectorValues(b);
  if (va.length !== vb.length) return sign(va.length - vb.length);
  return compareArrays(va, vb);
}

function vectorValues(value: RestValue): RestValue[] {
  const inner = 'mapValue' in value ? value.mapValue.fields?.['value'] : undefined;
  return inner && 'arrayValue' in inner ? (inner.arrayValue.values ?? []) : [];
}

/** Integers and doubles compare by mathematical value; NaN sorts below every number. */
export function compareNumbers(a: RestValue, b: RestValue): number {
  if ('integerValue' in a && 'integerValue' in b) {
    const x = BigInt(a.integerValue);
    const y = BigInt(b.integerValue);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if ('doubleValue' in a && 'doubleValue' in b)
    return compareDoubles(doubleOf(a.doubleValue), doubleOf(b.doubleValue));
  if ('integerValue' in a && 'doubleValue' in b)
    return -compareDoubleToInteger(doubleOf(b.doubleValue), BigInt(a.integerValue)) || 0;
  if ('doubleValue' in a && 'integerValue' in b)
    return compareDoubleToInteger(doubleOf(a.doubleValue), BigInt(b.integerValue));
  return 0;
}

function compareDoubles(x: number, y: number): number {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  if (Number.isNaN(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareDoubleToInteger(d: number, i: bigint): number {
  if (Number.isNaN(d)) return -1;
  if (d === Infinity) return 1;
  if (d === -Infinity) return -1;
  const whole = BigInt(Math.trunc(d));
  if (whole !== i) return whole < i ? -1 : 1;
  const frac = d - Math.trunc(d);
  return frac > 0 ? 1 : frac < 0 ? -1 : 0;
}
