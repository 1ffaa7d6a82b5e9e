import { describe, expect, it } from 'vitest';
import type { Lang } from '@buku/core';
import { WARGA_MESSAGES } from './messages';
import { defineMessages, fill, translator } from './translate';

describe('defineMessages', () => {
  it('refuses, at type level, a message missing a language or with mismatched placeholders', () => {
    // These lines are checked by svelte-check/tsc: each @ts-expect-error fails the typecheck
    // if the dictionary type ever stops catching the mistake.
    // @ts-expect-error English is missing
    defineMessages({ hello: { id: 'Halo' } });
    // @ts-expect-error the English text lost its {name}
    defineMessages({ hello: { id: 'Halo {name}', en: 'Hello' } });
    const ok = defineMessages({ hello: { id: 'Halo {name}', en: 'Hello {name}' } });
    expect(ok.hello.en).toBe('Hello {name}');
  });

  it('has the same placeholders in both languages for every citizen message', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(WARGA_MESSAGES)) {
      expect(names(text.en), key).toEqual(names(text.id));
      expect(text.id.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });
});

describe('translator', () => {
  const messages = defineMessages({
    greet: { id: 'Halo, {name}!', en: 'Hello, {name}!' },
    plain: { id: 'Terkirim', en: 'Sent' }
  });

  it('answers in the language chosen at call time', () => {
    let lang: Lang = 'id';
    const t = translator(messages, () => lang);
    expect(t('plain')).toBe('Terkirim');
    expect(t('greet', { name: 'Inaq' })).toBe('Halo, Inaq!');
    lang = 'en';
    expect(t('plain')).toBe('Sent');
    expect(t('greet', { name: 'Inaq' })).toBe('Hello, Inaq!');
    // @ts-expect-error a message with a placeholder needs its parameters
    expect(t('greet')).toBe('Hello, {name}!');
  });

  it('fills numbers and leaves unknown placeholders visible', () => {
    expect(fill('{n} dari {total}', { n: 2, total: 5 })).toBe('2 dari 5');
    expect(fill('Halo {name}', {})).toBe('Halo {name}');
  });
});
