/**
 * Which CCs to offer for a place: those of the citizen's desa first, then the rest of the
 * kecamatan, and every CC when the kecamatan has none (a citizen may complain to any CC).
 */
import type { Center } from '$lib/firebase/firestore';

export interface NearbyCenters {
  inDesa: Center[];
  inKecamatan: Center[];
  /** Every active CC, given only when the kecamatan has none. */
  elsewhere: Center[];
}

export function nearbyCenters(
  centers: readonly Center[],
  place: { kecamatanCode?: string | undefined; desaCode?: string | undefined }
): NearbyCenters {
  const inDesa = place.desaCode ? centers.filter((c) => c.desaCode === place.desaCode) : [];
  const inKecamatan = place.kecamatanCode
    ? centers.filter((c) => c.kecamatanCode === place.kecamatanCode && !inDesa.includes(c))
    : [];
  const elsewhere = inDesa.length + inKecamatan.length === 0 ? [...centers] : [];
  return { inDesa, inKecamatan, elsewhere };
}
