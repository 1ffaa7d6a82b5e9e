/** count, sum and avg over the documents a query returns. */
import { EmulatorError } from './errors';
import { parseFieldPath } from './paths';
import type { StoredDocument } from './store';
import { doubleOf, doubleToJson, getField, isObject, type RestValue } from './values';

export type Aggregation =
  | { alias: string; kind: 'count'; upTo: number | null }
  | { alias: string; kind: 'sum' | 'avg'; field: string[] };

export function parseAggregations(input: unknown): Aggregation[] {
  const list = Array.isArray(input) ? input : [];
  return list.map((raw, index): Aggregation => {
    if (!isObject(raw)) throw new EmulatorError('INVALID_ARGUMENT', 'Invalid aggregation.');
    const alias = typeof raw.alias === 'string' && raw.alias !== '' ? raw.alias : `field_${index + 1}`;
    if (raw.count !== undefined) {
      const upToRaw = isObject(raw.count) ? raw.count.upTo : undefined;
      const upTo =
        upToRaw === undefined || upToRaw === null
          ? null
          : Number(isObject(upToRaw) ? upToRaw.value : upToRaw);
      return { alias, kind: 'count', upTo };
    }
    for (const kind of ['sum', 'avg'] as const) {
      const spec = raw[kind];
      if (isObject(spec) && isObject(spec.field) && typeof spec.field.fieldPath === 'string') {
        return { alias, kind, field: parseFieldPath(spec.field.fieldPath) };
      }
    }
    throw new EmulatorError('INVALID_ARGUMENT', 'An aggregation needs count, sum or avg.');
  });
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

export function aggregate(docs: StoredDocument[], aggregations: Aggregation[]): Record<string, RestValue> {
  const out: Record<string, RestValue> = {};
  for (const agg of aggregations) {
    if (agg.kind === 'count') {
      const n = agg.upTo === null ? docs.length : Math.min(docs.length, agg.upTo);
      out[agg.alias] = { integerValue: String(n) };
      continue;
    }
    const numbers: RestValue[] = [];
    for (const doc of docs) {
      const value = getField(doc.fields, agg.field);
      if (value && ('integerValue' in value || 'doubleValue' in value)) numbers.push(value);
    }
    out[agg.alias] = agg.kind === 'sum' ? sum(numbers) : average(numbers);
  }
  return out;
}

/** Integers stay an integer while they fit in int64; a double or an overflow makes a double. */
function sum(values: RestValue[]): RestValue {
  let integer = 0n;
  let double = 0;
  let anyDouble = false;
  for (const value of values) {
    if ('integerValue' in value) integer += BigInt(value.integerValue);
    else if ('doubleValue' in value) {
      anyDouble = true;
      double += doubleOf(value.doubleValue);
    }
  }
  if (!anyDouble && integer >= INT64_MIN && integer <= INT64_MAX) return { integerValue: integer.toString() };
  return { doubleValue: doubleToJson(Number(integer) + double) };
}

function average(values: RestValue[]): RestValue {
  if (values.length === 0) return { nullValue: null };
  let total = 0;
  for (const value of values) {
    total +=
      'integerValue' in value
        ? Number(value.integerValue)
        : 'doubleValue' in value
          ? doubleOf(value.doubleValue)
          : 0;
  }
  return { doubleValue: doubleToJson(total / values.length) };
}
