/** The states of a complaint, in the order a case usually moves through them. */
import type { Label } from '../i18n';

export const STATUS_IDS = [
  'diterima',
  'diverifikasi',
  'ditindaklanjuti',
  'dirujuk',
  'selesai',
  'ditolak',
  'ditutup_tanpa_tanggapan'
] as const;
export type StatusId = (typeof STATUS_IDS)[number];

export const TERMINAL_STATUSES: readonly StatusId[] = ['selesai', 'ditolak', 'ditutup_tanpa_tanggapan'];

export function isTerminal(status: StatusId): boolean {
  return TERMINAL_STATUSES.includes(status);
}

export const STATUS_LABELS: Record<StatusId, Label> = {
  diterima: { id: 'Diterima', en: 'Received' },
  diverifikasi: { id: 'Diverifikasi', en: 'Verified' },
  ditindaklanjuti: { id: 'Ditindaklanjuti', en: 'In follow-up' },
  dirujuk: { id: 'Dirujuk', en: 'Referred' },
  selesai: { id: 'Selesai', en: 'Resolved' },
  ditolak: { id: 'Ditolak', en: 'Rejected' },
  ditutup_tanpa_tanggapan: {
    id: 'Ditutup tanpa tanggapan pelapor',
    en: 'Closed without reply from the complainant'
  }
};

export const ROLE_IDS = ['warga', 'moderator', 'koordinator', 'admin', 'sistem'] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export const ROLE_LABELS: Record<RoleId, Label> = {
  warga: { id: 'Warga (pelapor)', en: 'Citizen (complainant)' },
  moderator: { id: 'Moderator CC', en: 'CC moderator' },
  koordinator: { id: 'Koordinator CC', en: 'CC coordinator' },
  admin: { id: 'Admin jaringan', en: 'Network admin' },
  sistem: { id: 'Sistem', en: 'System' }
};
