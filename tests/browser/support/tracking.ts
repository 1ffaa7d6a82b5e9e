/** A tracking view `tracking/{code}` as functions write it (functions/src/cases/public-view.ts). */
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';

const at = (iso: string) => Timestamp.fromDate(new Date(iso));

export const TRACKED = {
  ccName: 'CC Saling Anton',
  registerNumber: '012/CC-SA/XII/2026',
  update: 'CC sudah bertemu Kepala Puskesmas Meninting; obat dijanjikan tersedia minggu depan.'
};

/** Seeds a verified complaint's public view under a new code; returns the code. */
export async function seedTrackingView(db: Firestore): Promise<string> {
  const code = generateTrackingCode();
  await db.doc(`tracking/${code}`).set({
    code,
    ccId: 'sandik',
    ccName: TRACKED.ccName,
    complaintId: `c-${code.toLowerCase()}`,
    registerNumber: TRACKED.registerNumber,
    sector: 'kesehatan',
    status: 'diverifikasi',
    statusLabel: { id: 'Diverifikasi', en: 'Verified' },
    open: true,
    receivedAt: at('2026-12-01T01:30:00Z'),
    statusChangedAt: at('2026-12-02T02:00:00Z'),
    closedAt: null,
    deadlines: {
      verifikasi: at('2026-12-04T15:59:59.999Z'),
      tindak_lanjut: at('2026-12-08T15:59:59.999Z'),
      penyelesaian: at('2027-01-30T15:59:59.999Z')
    },
    log: [
      {
        id: 'e1',
        at: at('2026-12-02T02:00:00Z'),
        type: 'perubahan_status',
        from: 'diterima',
        to: 'diverifikasi'
      },
      { id: 'e2', at: at('2026-12-02T06:00:00Z'), type: 'pembaruan_publik', text: TRACKED.update }
    ],
    updatedAt: at('2026-12-02T06:00:00Z')
  });
  return code;
}

/** The same code with one character changed: the check character must catch it. */
export function mistype(code: string): string {
  const replacement = code[3] === 'K' ? 'M' : 'K';
  return `${code.slice(0, 3)}${replacement}${code.slice(4)}`;
}
