import { describe, expect, it } from 'vitest';
import { COMPONENT_NAMES } from '@buku/core/ranking/config';
import { ADMIN_MESSAGES } from '$lib/i18n/admin-messages';
import { DEADLINE_FIELDS } from './settings/settings';

describe('the admin dictionary', () => {
  it('has both languages, with the same placeholders, for every message', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(ADMIN_MESSAGES)) {
      expect(text.id.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(names(text.en), key).toEqual(names(text.id));
    }
  });

  it('explains every ranking component and names every deadline setting', () => {
    const keys = Object.keys(ADMIN_MESSAGES);
    for (const name of COMPONENT_NAMES) expect(keys).toContain(`explain.${name}`);
    for (const field of DEADLINE_FIELDS) expect(keys).toContain(`deadlines.${field}`);
  });
});
