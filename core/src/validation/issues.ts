/**
 * Turning zod issues into messages in Bahasa Indonesia or English.
 *
 * Core's schemas install `messageKeyFor` as their error map, so every issue's `message` is a
 * key of VALIDATION_MESSAGES; custom checks also put the key in `params.key` together with
 * any numbers the message needs. `formatIssue` reads the key (or, for a schema built
 * elsewhere, derives it from the issue's code) and fills in the numbers.
 */
import type * as z from 'zod';
import type { Label, Lang } from '../i18n';
import { VALIDATION_MESSAGES, isValidationMessageKey, type ValidationMessageKey } from './messages';

type RawIssue = z.core.$ZodRawIssue;
type Issue = z.core.$ZodIssue;
type IssueLike = Pick<Issue, 'code' | 'message'> & Record<string, unknown>;

/** The error map of core's schemas: a message key for each built-in issue. */
export function messageKeyFor(issue: RawIssue): ValidationMessageKey {
  // Absent, null (an emptied form field) or blank text (after trimming) is a missing answer.
  const blank =
    issue.input === undefined || issue.input === null || (issue.code === 'too_small' && issue.input === '');
  return keyFromCode(issue as unknown as IssueLike, blank);
}

function keyFromCode(issue: IssueLike, inputMissing: boolean): ValidationMessageKey {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'number.not_integer';
      return inputMissing ? 'required' : 'invalid_type';
    case 'too_small':
      if (issue.origin === 'string')
        return inputMissing || issue.minimum === 1 ? 'required' : 'text.too_short';
      if (issue.origin === 'array' || issue.origin === 'set') return 'required';
      return 'number.too_small';
    case 'too_big':
      if (issue.origin === 'string') return 'text.too_long';
      if (issue.origin === 'array' || issue.origin === 'set') return 'list.too_long';
      return 'number.too_big';
    case 'invalid_value':
      // An unanswered choice (no radio picked) is a missing answer, not a wrong one.
      return inputMissing ? 'required' : 'choice.invalid';
    case 'invalid_union':
      return issue.note === 'No matching discriminator' ? 'choice.invalid' : 'invalid';
    case 'invalid_format':
      if (issue.format === 'email') return 'email.invalid';
      if (issue.format === 'datetime') return 'datetime.format';
      if (issue.format === 'date') return 'date.format';
      return 'text.pattern';
    default:
      return 'invalid';
  }
}

/** A custom issue in core's style: `ctx.issues.push(customIssue(...))` or `ctx.addIssue(...)`. */
export function customIssue(
  key: ValidationMessageKey,
  input: unknown,
  extra: { path?: PropertyKey[]; params?: Record<string, string | number> } = {}
) {
  return {
    code: 'custom' as const,
    message: key,
    input,
    ...(extra.path ? { path: extra.path } : {}),
    params: { key, ...extra.params }
  };
}

/** The message key of an issue: its own when it has one, derived from its code otherwise. */
export function issueKey(issue: Issue): ValidationMessageKey {
  const fromParams = issue.code === 'custom' ? issue.params?.key : undefined;
  if (isValidationMessageKey(fromParams)) return fromParams;
  if (isValidationMessageKey(issue.message)) return issue.message;
  return keyFromCode(issue as unknown as IssueLike, false);
}

/** The values a message may interpolate: {min}, {max}, and whatever a custom check passed. */
function issueParams(issue: Issue): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const loose = issue as unknown as Record<string, unknown>;
  for (const [from, to] of [
    ['minimum', 'min'],
    ['maximum', 'max']
  ] as const) {
    const value = loose[from];
    if (typeof value === 'number' || typeof value === 'bigint') params[to] = Number(value);
  }
  if (issue.code === 'custom' && issue.params) {
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
    }
  }
  return params;
}

function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/** The label of an issue in both languages. */
export function issueLabel(issue: Issue): Label {
  const template = VALIDATION_MESSAGES[issueKey(issue)];
  const params = issueParams(issue);
  return { id: interpolate(template.id, params), en: interpolate(template.en, params) };
}

/** One issue as text in the given language. */
export function formatIssue(issue: Issue, lang: Lang): string {
  return issueLabel(issue)[lang];
}

/** A field path as used by forms: `contact.phone`, `location.desa`; '' for the whole object. */
export function fieldPath(issue: Pick<Issue, 'path'>): string {
  return issue.path.map(String).join('.');
}

/**
 * Per-field messages of a failed parse, in one language: `{ 'contact.phone': ['…'] }`.
 * A successful result gives `{}`.
 */
export function validationMessages(
  result: { success: true } | { success: false; error: { issues: Issue[] } },
  lang: Lang
): Record<string, string[]> {
  const messages: Record<string, string[]> = {};
  if (result.success) return messages;
  for (const issue of result.error.issues) {
    const field = fieldPath(issue);
    (messages[field] ??= []).push(formatIssue(issue, lang));
  }
  return messages;
}
