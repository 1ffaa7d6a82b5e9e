/**
 * A stored document's REST fields as firebase-admin would hand them to a trigger
 * (`event.data.before.data()`): timestamps as `Timestamp`, integers as numbers, maps and arrays
 * as plain objects.
 */
import { GeoPoint, Timestamp } from 'firebase-admin/firestore';
import type { DocumentChange } from '@buku/emulator';

/** A field value as the emulator stores it (Firestore REST v1 JSON). */
export type RestValue = NonNullable<DocumentChange['after']>['fields'][string];

export type Data = Record<string, unknown>;

/** RFC 3339 with up to nanoseconds → Timestamp, without losing the nanoseconds. */
export function timestampOf(text: string): Timestamp {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(text);
  if (!match) return Timestamp.fromDate(new Date(text));
  const seconds = Math.floor(Date.parse(`${match[1]}${match[3]}`) / 1000);
  const nanos = Number((match[2] ?? '').padEnd(9, '0'));
  return new Timestamp(seconds, nanos);
}

export function valueOf(value: RestValue): unknown {
  if ('nullValue' in value) return null;
  if ('booleanValue' in value) return value.booleanValue;
  if ('integerValue' in value) return Number(value.integerValue);
  if ('doubleValue' in value) return Number(value.doubleValue);
  if ('timestampValue' in value) return timestampOf(value.timestampValue);
  if ('stringValue' in value) return value.stringValue;
  if ('bytesValue' in value) return Buffer.from(value.bytesValue, 'base64');
  // A reference is kept as its resource name: the handlers only compare it.
  if ('referenceValue' in value) return value.referenceValue;
  if ('geoPointValue' in value) {
    return new GeoPoint(value.geoPointValue.latitude ?? 0, value.geoPointValue.longitude ?? 0);
  }
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(valueOf);
  return dataOf(value.mapValue.fields ?? {});
}

export function dataOf(fields: Record<string, RestValue>): Data {
  const data: Data = {};
  for (const [key, value] of Object.entries(fields)) data[key] = valueOf(value);
  return data;
}
