/**
 * A generated network (core's `generateYear`) stored as the intake leaves complaints: numbered,
 * with status, milestones and forum traits, instants as timestamps. For the monthly run's tests
 * and its benchmark (bench/ops.ts).
 */
import type { Firestore } from 'firebase-admin/firestore';
import { generateYear, type ForumRecord } from '@buku/core/forum/index';
import { stamp } from '../../src/instants';
import { paths } from '../../src/paths';

export interface SeededNetwork {
  centers: string[];
  complaints: number;
}

/** The complaint document of a generated record, as functions would have stored it. */
export function storedRecord(r: ForumRecord, registerNumber: string): Record<string, unknown> {
  const at = (v: string | number | undefined) => (v === undefined ? undefined : stamp(v));
  const closed = r.resolvedAt ?? r.rejectedAt ?? r.closedAt;
  return {
    ccId: r.ccId,
    sector: r.sector,
    providerName: r.provider,
    location: { desa: r.desa, ...(r.dusun ? { dusun: r.dusun } : {}) },
    ...(r.maladministration ? { maladministrationType: r.maladministration } : {}),
    ...(r.channel ? { channel: r.channel } : {}),
    peopleAffected: r.peopleAffected ?? 1,
    urgency: r.urgency ?? 'biasa',
    status: r.status,
    receivedAt: at(r.receivedAt),
    ...(r.verifiedAt ? { verifiedAt: at(r.verifiedAt) } : {}),
    ...(r.followedUpAt ? { firstFollowUpAt: at(r.followedUpAt) } : {}),
    ...(closed ? { closedAt: at(closed) } : {}),
    forumTraits: JSON.parse(
      JSON.stringify({
        gender: r.gender,
        ageGroup: r.ageGroup,
        disability: r.disability,
        disabilities: r.disabilities
      })
    ) as Record<string, unknown>,
    chronology: 'Uraian pengaduan untuk uji fungsi bulanan, tanpa data pribadi.',
    registerNumber
  };
}

/**
 * Writes a generated year of `ccs` CCs and `total` complaints, plus the CCs in `emptyCenters`
 * (in the network, nothing in their books), in batches.
 */
export async function seedNetwork(
  db: Firestore,
  options: { seed: number; year: number; ccs: number; total: number; emptyCenters?: string[] }
): Promise<SeededNetwork> {
  const centers = new Set<string>();
  let batch = db.batch();
  let inBatch = 0;
  let n = 0;
  const flushIfFull = async () => {
    if (++inBatch < 450) return;
    await batch.commit();
    batch = db.batch();
    inBatch = 0;
  };
  for (const cc of options.emptyCenters ?? []) {
    centers.add(cc);
    batch.set(db.doc(paths.center(cc)), { name: cc, code: 'CC-X', active: true });
    await flushIfFull();
  }
  for (const r of generateYear(options)) {
    if (!centers.has(r.ccId)) {
      centers.add(r.ccId);
      batch.set(db.doc(paths.center(r.ccId)), { name: r.ccId, code: 'CC-X', active: true });
      await flushIfFull();
    }
    const number = `${String(++n).padStart(3, '0')}/CC-X/I/${options.year}`;
    batch.set(db.collection(paths.complaints(r.ccId)).doc(), storedRecord(r, number));
    await flushIfFull();
  }
  await batch.commit();
  return { centers: [...centers].sort(), complaints: n };
}
