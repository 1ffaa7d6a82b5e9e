import { beforeEach, describe, expect, it } from 'vitest';
import { draftStorage } from './storage';

/** Node has no localStorage: a Map-backed stand-in with the same three methods. */
function installLocalStorage() {
  const data = new Map<string, string>();
  globalThis.localStorage = {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, String(value)),
    removeItem: (key: string) => void data.delete(key)
  } as Storage;
  return data;
}

interface Form {
  step: number;
  chronology: string;
  disabilities: string[];
}
const empty = (): Form => ({ step: 1, chronology: '', disabilities: [] });

describe('draftStorage', () => {
  let data: Map<string, string>;
  beforeEach(() => {
    data = installLocalStorage();
  });

  it('keeps what was typed and gives it back to the next page', () => {
    const draft = draftStorage('buku.draft.test', empty, () => 42);
    expect(draft.load()).toBeUndefined();
    const typed = { step: 2, chronology: 'Bidan tidak datang', disabilities: ['fisik'] };
    expect(draft.save(typed)).toBe(42);

    const nextPage = draftStorage('buku.draft.test', empty);
    expect(nextPage.load()).toEqual({ value: typed, savedAt: 42 });
  });

  it('leaves no draft for an untouched form, and forgets on clear', () => {
    const draft = draftStorage('buku.draft.test', empty);
    expect(draft.save(empty())).toBeUndefined();
    expect(data.size).toBe(0);
    draft.save({ ...empty(), chronology: 'x' });
    expect(data.size).toBe(1);
    draft.clear();
    expect(draft.load()).toBeUndefined();
  });

  it('completes a draft of an older shape with today’s defaults and ignores garbage', () => {
    data.set('buku.draft.test', JSON.stringify({ savedAt: 7, value: { chronology: 'lama' } }));
    expect(draftStorage('buku.draft.test', empty).load()).toEqual({
      value: { step: 1, chronology: 'lama', disabilities: [] },
      savedAt: 7
    });
    data.set('buku.draft.test', '{not json');
    expect(draftStorage('buku.draft.test', empty).load()).toBeUndefined();
    data.set('buku.draft.test', JSON.stringify({ savedAt: 'x', value: null }));
    expect(draftStorage('buku.draft.test', empty).load()).toBeUndefined();
  });
});
