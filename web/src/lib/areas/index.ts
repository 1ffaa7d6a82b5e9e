/**
 * Kecamatan and desa of Kabupaten Lombok Barat with their Kemendagri codes. The data is generated
 * from `idn-area-data` (ODbL 1.0) by scripts/generate-areas.ts; never edit the JSON by hand.
 */
import data from './lombok-barat.json';

export interface Desa {
  code: string;
  name: string;
  kind: 'desa' | 'kelurahan';
}

export interface Kecamatan {
  code: string;
  name: string;
  desa: readonly Desa[];
}

export const AREA_SOURCE = { name: data.source, license: data.license } as const;
export const KABUPATEN: { code: string; name: string } = data.kabupaten;
export const KECAMATAN: readonly Kecamatan[] = data.kecamatan as Kecamatan[];

export function findKecamatan(code: string | undefined): Kecamatan | undefined {
  return KECAMATAN.find((k) => k.code === code);
}

export function findDesa(code: string | undefined): (Desa & { kecamatan: Kecamatan }) | undefined {
  if (!code) return undefined;
  for (const kecamatan of KECAMATAN) {
    const desa = kecamatan.desa.find((d) => d.code === code);
    if (desa) return { ...desa, kecamatan };
  }
  return undefined;
}
