import { describe, expect, it } from 'vitest';
import { STAFF_MESSAGES } from '$lib/i18n/staff-messages';

describe('the staff dictionary', () => {
  it('has both languages, with the same placeholders, for every message', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(STAFF_MESSAGES)) {
      expect(text.id.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(names(text.en), key).toEqual(names(text.id));
    }
  });
});
