/**
 * The CC this device chose, with its place, kept in localStorage so the home page and the
 * form know it at once, without a network round trip.
 */
import type { Center } from '$lib/firebase/firestore';
import { readLocalJson, removeLocal, writeLocalJson } from '$lib/device/storage';

const STORAGE_KEY = 'buku.cc';

export type ChosenCenter = Pick<Center, 'id' | 'name' | 'kind' | 'desa' | 'kecamatan'>;

export interface CenterChoice {
  kecamatanCode?: string;
  desaCode?: string;
  center?: ChosenCenter;
}

function isChoice(value: unknown): value is CenterChoice {
  if (typeof value !== 'object' || value === null) return false;
  const center = (value as CenterChoice).center;
  return center === undefined || (typeof center.id === 'string' && typeof center.name === 'string');
}

export function readCenterChoice(): CenterChoice {
  return readLocalJson(STORAGE_KEY, isChoice) ?? {};
}

export function saveCenterChoice(choice: CenterChoice): void {
  writeLocalJson(STORAGE_KEY, choice);
}

export function forgetCenterChoice(): void {
  removeLocal(STORAGE_KEY);
}

export function toChosenCenter(center: Center): ChosenCenter {
  const { id, name, kind, desa, kecamatan } = center;
  return { id, name, kind, desa, kecamatan };
}
