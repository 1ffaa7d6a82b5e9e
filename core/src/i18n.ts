/** Every string a user sees exists in Bahasa Indonesia first and English second. */
export type Lang = 'id' | 'en';
export const LANGS: readonly Lang[] = ['id', 'en'];

export interface Label {
  id: string;
  en: string;
}
