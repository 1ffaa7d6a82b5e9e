import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { VALIDATION_MESSAGES } from './messages';
import { formatIssue, issueKey, validationMessages } from './issues';

describe('the message catalogue', () => {
  it('has every message in both languages, with the same placeholders', () => {
    for (const [key, label] of Object.entries(VALIDATION_MESSAGES)) {
      expect(label.id.length, key).toBeGreaterThan(0);
      expect(label.en.length, key).toBeGreaterThan(0);
      const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
      expect(placeholders(label.id), key).toEqual(placeholders(label.en));
    }
  });

  it('formats issues of a schema built without core’s error map, from their codes', () => {
    const schema = z.object({ name: z.string().max(3), kind: z.enum(['a', 'b']), count: z.number().min(2) });
    const result = schema.safeParse({ name: 'abcd', kind: 'c', count: 1 });
    expect(validationMessages(result, 'en')).toEqual({
      name: ['Too long: at most 3 characters.'],
      kind: ['Unknown choice.'],
      count: ['At least 2.']
    });
    expect(result.error && formatIssue(result.error.issues[0]!, 'id')).toBe(
      'Terlalu panjang: paling banyak 3 huruf.'
    );
  });

  it('says "wrong format" for a pattern without its own message', () => {
    const result = z.object({ code: z.string().regex(/^[A-Z]+$/) }).safeParse({ code: 'abc' });
    expect(validationMessages(result, 'id')).toEqual({ code: ['Format tidak sesuai.'] });
    expect(validationMessages(result, 'en')).toEqual({ code: ['Wrong format.'] });
  });

  it('falls back to a generic message for an unknown custom issue', () => {
    const result = z
      .string()
      .refine(() => false, 'something odd')
      .safeParse('x');
    const issue = result.error!.issues[0]!;
    expect(issueKey(issue)).toBe('invalid');
    expect(formatIssue(issue, 'id')).toBe('Isian tidak sah.');
  });

  it('gives no messages for a successful parse', () => {
    expect(validationMessages(z.string().safeParse('ok'), 'id')).toEqual({});
  });
});
