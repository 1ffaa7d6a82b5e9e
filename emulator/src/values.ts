/**
 * Firestore values in REST v1 JSON shape. Incoming values are normalized once (the lite SDK
 * and firebase-admin spell some of them differently) so the rest of the emulator and the
 * rules engine see one canonical shape.
 */
import { EmulatorError } from './errors';
import type { RestValue } from './rules/contract';

export type { RestValue };
export type Fields = Record<string, RestValue>;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Accepts a proto3-JSON Value as either SDK sends it and returns the canonical form. */
export function normalizeValue(input: unknown): RestValue {
  if (!isObject(input)) throw new EmulatorError('INVALID_ARGUMENT', 'A value must be an object.');
  const keys = Object.keys(input).filter((key) => input[key] !== undefined);
  if (keys.length !== 1) {
    throw new EmulatorError(
      'INVALID_ARGUMENT',
      `A value must have exactly one kind, got: ${keys.join(', ') || 'none'}.`
    );
  }
  const key = keys[0] as string;
  const raw = input[key];
  switch (key) {
    case 'nullValue':
      return { nullValue: null };
    case 'booleanValue':
      return { booleanValue: Boolean(raw) };
    case 'integerValue':
      return { integerValue: normalizeInteger(raw) };
    case 'doubleValue':
      return { doubleValue: normalizeDouble(raw) };
    case 'timestampValue':
      return { timestampValue: normalizeTimestamp(raw) };
    case 'stringValue':
      return { stringValue: String(raw) };
    case 'bytesValue':
      return { bytesValue: normalizeBytes(raw) };
    case 'referenceValue':
      return { referenceValue: String(raw) };
    case 'geoPointValue': {
      const point = isObject(raw) ? raw : {};
      return {
        geoPointValue: { latitude: Number(point.latitude ?? 0), longitude: Number(point.longitude ?? 0) }
      };
    }
    case 'arrayValue': {
      const values = isObject(raw) && Array.isArray(raw.values) ? raw.values : [];
      return { arrayValue: { values: values.map((v) => normalizeValue(v)) } };
    }
    case 'mapValue': {
      const fields = isObject(raw) && isObject(raw.fields) ? raw.fields : {};
      return { mapValue: { fields: normalizeFields(fields) } };
    }
    default:
      throw new EmulatorError('INVALID_ARGUMENT', `Unknown value kind: ${key}.`);
  }
}

export function normalizeFields(input: unknown): Fields {
  const out: Fields = {};
  if (input === undefined || input === null) return out;
  if (!isObject(input)) throw new EmulatorError('INVALID_ARGUMENT', 'Document fields must be a map.');
  for (const [name, value] of Object.entries(input)) out[name] = normalizeValue(value);
  return out;
}

function normalizeInteger(raw: unknown): string {
  let parsed: bigint;
  try {
    parsed = BigInt(typeof raw === 'number' ? Math.trunc(raw) : String(raw));
  } catch {
    throw new EmulatorError('INVALID_ARGUMENT', `Invalid integer value: ${String(raw)}.`);
  }
  if (parsed < INT64_MIN || parsed > INT64_MAX) {
    throw new EmulatorError('INVALID_ARGUMENT', `Integer out of int64 range: ${String(raw)}.`);
  }
  return parsed.toString();
}

function normalizeDouble(raw: unknown): number | 'NaN' | 'Infinity' | '-Infinity' {
  const n = typeof raw === 'number' ? raw : Number(raw);
  return doubleToJson(n);
}

export function doubleToJson(n: number): number | 'NaN' | 'Infinity' | '-Infinity' {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  return n;
}

function normalizeBytes(raw: unknown): string {
  // Both base64 alphabets arrive in the wild; store standard base64.
  return Buffer.from(String(raw), 'base64').toString('base64');
}

/** A point in time as seconds since the epoch plus nanoseconds. */
export interface Instant {
  seconds: bigint;
  nanos: number;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?([Zz]|[+-]\d{2}:\d{2})$/;

export function parseTimestamp(text: string): Instant {
  const m = RFC3339.exec(text);
  if (!m) throw new EmulatorError('INVALID_ARGUMENT', `Invalid timestamp: "${text}".`);
  const [, y, mo, d, h, mi, s, frac = '', zone = 'Z'] = m;
  let ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (zone !== 'Z' && zone !== 'z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [zh, zm] = zone.slice(1).split(':').map(Number);
    ms -= sign * ((zh ?? 0) * 60 + (zm ?? 0)) * 60_000;
  }
  const nanos = Number(frac.padEnd(9, '0'));
  return { seconds: BigInt(Math.floor(ms / 1000)), nanos };
}

/** RFC 3339 in UTC with 0, 3, 6 or 9 fractional digits, as Google's JSON mapping prints. */
export function formatTimestamp(instant: Instant): string {
  const date = new Date(Number(instant.seconds) * 1000);
  const base = date.toISOString().slice(0, 19);
  let frac = '';
  if (instant.nanos !== 0) {
    const digits = String(instant.nanos).padStart(9, '0');
    frac =
      '.' +
      (digits.endsWith('000000') ? digits.slice(0, 3) : digits.endsWith('000') ? digits.slice(0, 6) : digits);
  }
  return `${base}${frac}Z`;
}

/** Firestore keeps microseconds: nanoseconds below that are truncated on write. */
export function normalizeTimestamp(raw: unknown): string {
  if (isObject(raw)) {
    const seconds = BigInt(String(raw.seconds ?? 0));
    const nanos = Number(raw.nanos ?? 0);
    return formatTimestamp({ seconds, nanos: nanos - (nanos % 1000) });
  }
  const instant = parseTimestamp(String(raw));
  return formatTimestamp({ seconds: instant.seconds, nanos: instant.nanos - (instant.nanos % 1000) });
}

export function compareInstants(a: Instant, b: Instant): number {
  if (a.seconds !== b.seconds) return a.seconds < b.seconds ? -1 : 1;
  return a.nanos - b.nanos;
}

/** Timestamps the emulator itself hands out (commit and read times) carry nanoseconds. */
export function instantToRfc3339Nanos(instant: Instant): string {
  const date = new Date(Number(instant.seconds) * 1000);
  return `${date.toISOString().slice(0, 19)}.${String(instant.nanos).padStart(9, '0')}Z`;
}

export function kindOf(value: RestValue): string {
  for (const key in value) return key;
  return 'nullValue';
}

export function numberOf(value: RestValue): number | null {
  if ('integerValue' in value) return Number(value.integerValue);
  if ('doubleValue' in value) return doubleOf(value.doubleValue);
  return null;
}

export function doubleOf(raw: number | 'NaN' | 'Infinity' | '-Infinity'): number {
  return typeof raw === 'number' ? raw : Number(raw);
}

export function isNumber(value: RestValue): boolean {
  return 'integerValue' in value || 'doubleValue' in value;
}

export function isNaNValue(value: RestValue): boolean {
  return 'doubleValue' in value && Number.isNaN(doubleOf(value.doubleValue));
}

/** Reads a nested field; undefined when any segment is missing or not a map. */
export function getField(fields: Fields, path: string[]): RestValue | undefined {
  let current: Fields | undefined = fields;
  for (let i = 0; i < path.length; i++) {
    const value: RestValue | undefined = current?.[path[i] as string];
    if (value === undefined) return undefined;
    if (i === path.length - 1) return value;
    if (!('mapValue' in value)) return undefined;
    current = value.mapValue.fields ?? {};
  }
  return undefined;
}

/** Writes a nested field, creating (or replacing non-map values with) maps on the way. */
export function setField(fields: Fields, path: string[], value: RestValue): void {
  let current = fields;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    const existing = current[key];
    if (existing && 'mapValue' in existing) {
      const inner = { ...(existing.mapValue.fields ?? {}) };
      current[key] = { mapValue: { fields: inner } };
      current = inner;
    } else {
      const inner: Fields = {};
      current[key] = { mapValue: { fields: inner } };
      current = inner;
    }
  }
  current[path[path.length - 1] as string] = value;
}

export function deleteField(fields: Fields, path: string[]): void {
  let current = fields;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string;
    const existing = current[key];
    if (!existing || !('mapValue' in existing)) return;
    const inner = { ...(existing.mapValue.fields ?? {}) };
    current[key] = { mapValue: { fields: inner } };
    current = inner;
  }
  delete current[path[path.length - 1] as string];
}

/** Keeps only the given field paths (a projection / read mask). */
export function projectFields(fields: Fields, paths: string[][]): Fields {
  const out: Fields = {};
  for (const path of paths) {
    const value = getField(fields, path);
    if (value !== undefined) setField(out, path, value);
  }
  return out;
}

export function deepClone<T>(value: T): T {
  return structuredClone(value);
}

/** Cloud Firestore's limit on one document's storage size. */
export const MAX_DOCUMENT_BYTES = 1_048_576;

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

/** Storage size of a document name: each segment's UTF-8 bytes + 1, plus 16. */
export function documentNameSize(path: string): number {
  return path.split('/').reduce((sum, segment) => sum + utf8Length(segment) + 1, 16);
}

/** Storage size of a value, as Google's "Storage size calculations" page counts it. */
export function valueSize(value: RestValue): number {
  if ('stringValue' in value) return utf8Length(value.stringValue) + 1;
  if ('bytesValue' in value) return Buffer.from(value.bytesValue, 'base64').length;
  if ('referenceValue' in value) {
    return documentNameSize(
      value.referenceValue.replace(/^projects\/[^/]+\/databases\/[^/]+\/documents\//, '')
    );
  }
  if ('geoPointValue' in value) return 16;
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).reduce((sum, v) => sum + valueSize(v), 0);
  if ('mapValue' in value) return fieldsSize(value.mapValue.fields ?? {});
  if ('integerValue' in value || 'doubleValue' in value || 'timestampValue' in value) return 8;
  return 1; // null, boolean
}

function fieldsSize(fields: Fields): number {
  return Object.entries(fields).reduce((sum, [key, v]) => sum + utf8Length(key) + 1 + valueSize(v), 0);
}

/** Storage size of a whole document: name + fields + 32 bytes. */
export function documentSize(path: string, fields: Fields): number {
  return documentNameSize(path) + fieldsSize(fields) + 32;
}
