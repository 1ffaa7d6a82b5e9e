/** Field transforms of a write: server time, numeric increment / maximum / minimum, array union / remove. */
import { EmulatorError } from './errors';
import { compareNumbers, valuesEqual } from './ordering';
import { parseFieldPath } from './paths';
import {
  doubleOf,
  doubleToJson,
  getField,
  isObject,
  normalizeValue,
  setField,
  type Fields,
  type RestValue
} from './values';

export type FieldTransform =
  | { path: string[]; kind: 'serverTime' }
  | { path: string[]; kind: 'increment' | 'maximum' | 'minimum'; operand: RestValue }
  | { path: string[]; kind: 'arrayUnion' | 'arrayRemove'; elements: RestValue[] };

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Parses a FieldTransform as either SDK sends it (enums as names or numbers). */
export function parseFieldTransform(input: unknown): FieldTransform {
  if (!isObject(input) || typeof input.fieldPath !== 'string') {
    throw new EmulatorError('INVALID_ARGUMENT', 'A field transform needs a fieldPath.');
  }
  const path = parseFieldPath(input.fieldPath);
  if (input.setToServerValue !== undefined) {
    const value = input.setToServerValue;
    if (value !== 'REQUEST_TIME' && value !== 1) {
      throw new EmulatorError('INVALID_ARGUMENT', `Unknown server value: ${String(value)}.`);
    }
    return { path, kind: 'serverTime' };
  }
  for (const kind of ['increment', 'maximum', 'minimum'] as const) {
    if (input[kind] !== undefined) {
      const operand = normalizeValue(input[kind]);
      if (!('integerValue' in operand) && !('doubleValue' in operand)) {
        throw new EmulatorError('INVALID_ARGUMENT', `${kind} needs a number.`);
      }
      return { path, kind, operand };
    }
  }
  if (input.appendMissingElements !== undefined || input.removeAllFromArray !== undefined) {
    const kind = input.appendMissingElements !== undefined ? 'arrayUnion' : 'arrayRemove';
    const raw = input.appendMissingElements ?? input.removeAllFromArray;
    const values = isObject(raw) && Array.isArray(raw.values) ? raw.values : [];
    return { path, kind, elements: values.map((v) => normalizeValue(v)) };
  }
  throw new EmulatorError('INVALID_ARGUMENT', `Unsupported field transform on ${input.fieldPath}.`);
}

/** Applies transforms in order to `fields` (mutated) and returns their results. */
export function applyTransforms(
  fields: Fields,
  transforms: FieldTransform[],
  commitTime: string
): RestValue[] {
  const results: RestValue[] = [];
  for (const transform of transforms) {
    const current = getField(fields, transform.path);
    const next = transformValue(transform, current, commitTime);
    setField(fields, transform.path, next);
    results.push(
      transform.kind === 'arrayUnion' || transform.kind === 'arrayRemove' ? { nullValue: null } : next
    );
  }
  return results;
}

function transformValue(
  transform: FieldTransform,
  current: RestValue | undefined,
  commitTime: string
): RestValue {
  switch (transform.kind) {
    case 'serverTime':
      return { timestampValue: commitTime };
    case 'increment':
      return increment(current, transform.operand);
    case 'maximum':
    case 'minimum':
      return extreme(transform.kind, current, transform.operand);
    case 'arrayUnion': {
      const existing = current && 'arrayValue' in current ? [...(current.arrayValue.values ?? [])] : [];
      for (const element of transform.elements) {
        if (!existing.some((value) => valuesEqual(value, element))) existing.push(element);
      }
      return { arrayValue: { values: existing } };
    }
    case 'arrayRemove': {
      const existing = current && 'arrayValue' in current ? (current.arrayValue.values ?? []) : [];
      return {
        arrayValue: {
          values: existing.filter(
            (value) => !transform.elements.some((element) => valuesEqual(value, element))
          )
        }
      };
    }
  }
}

function isNumeric(value: RestValue | undefined): value is RestValue {
  return value !== undefined && ('integerValue' in value || 'doubleValue' in value);
}

function asDouble(value: RestValue): number {
  return 'integerValue' in value
    ? Number(value.integerValue)
    : 'doubleValue' in value
      ? doubleOf(value.doubleValue)
      : NaN;
}

/** Integer overflow saturates at the int64 bounds; any double makes the result a double. */
function increment(current: RestValue | undefined, operand: RestValue): RestValue {
  if (!isNumeric(current)) return operand;
  if ('integerValue' in current && 'integerValue' in operand) {
    let sum = BigInt(current.integerValue) + BigInt(operand.integerValue);
    if (sum > INT64_MAX) sum = INT64_MAX;
    if (sum < INT64_MIN) sum = INT64_MIN;
    return { integerValue: sum.toString() };
  }
  return { doubleValue: doubleToJson(asDouble(current) + asDouble(operand)) };
}

/** Mixed int/double take the type of the winning operand; equal values keep the stored one;
 * NaN wins both ways. */
function extreme(kind: 'maximum' | 'minimum', current: RestValue | undefined, operand: RestValue): RestValue {
  if (!isNumeric(current)) return operand;
  const currentNaN = 'doubleValue' in current && Number.isNaN(asDouble(current));
  const operandNaN = 'doubleValue' in operand && Number.isNaN(asDouble(operand));
  if (currentNaN) return current;
  if (operandNaN) return operand;
  const c = compareNumbers(operand, current);
  if (kind === 'maximum') return c > 0 ? operand : current;
  return c < 0 ? operand : current;
}
