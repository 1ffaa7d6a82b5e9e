/**
 * What to tell the admin when a callable or a write is refused. functions/ put the refusal in
 * both languages in `details.message` ({id, en}); Firestore's own refusals carry only a code.
 */
import type { Label } from '@buku/core/i18n';

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** The code without the SDK's prefix: 'functions/permission-denied' → 'permission-denied'. */
export function refusalCode(error: unknown): string {
  const code = record(error)?.code;
  if (typeof code !== 'string') return 'unknown';
  const slash = code.indexOf('/');
  return slash >= 0 ? code.slice(slash + 1) : code;
}

const GENERIC: Record<string, Label> = {
  'permission-denied': {
    id: 'Ditolak: akun Anda tidak berhak melakukan ini.',
    en: 'Refused: your account may not do this.'
  },
  unauthenticated: { id: 'Silakan masuk lagi.', en: 'Please sign in again.' },
  unavailable: {
    id: 'Server tidak terjangkau. Periksa sinyal lalu coba lagi.',
    en: 'The server cannot be reached. Check the signal and try again.'
  },
  'deadline-exceeded': {
    id: 'Server terlalu lama menjawab. Coba lagi.',
    en: 'The server took too long to answer. Try again.'
  },
  internal: { id: 'Terjadi kesalahan di server.', en: 'Something went wrong on the server.' }
};

/** The message of a refusal in both languages: the function's own words when it gave them. */
export function refusalMessage(error: unknown): Label {
  const message = record(record(record(error)?.details)?.message);
  if (message && typeof message.id === 'string' && typeof message.en === 'string')
    return { id: message.id, en: message.en };
  const code = refusalCode(error);
  return (
    GENERIC[code] ?? {
      id: `Gagal (${code}). Coba lagi.`,
      en: `Failed (${code}). Try again.`
    }
  );
}
