/**
 * Tracking codes: what a citizen keeps (on paper, in a chat) to follow a complaint without
 * an account, e.g. `K7QM-XR4T-P9WH`.
 *
 * Alphabet: 29 characters, 2–9 and A–Z without I, L, O, S, U. Dropped: 0/O and 1/I/L (read
 * alike), S (looks like 5) and U (looks like V, and it keeps words from forming). Both sides
 * of each confusable pair are gone, so nothing needs guessing: a typed O or 1 is simply
 * not part of any code and the citizen is told so.
 *
 * 11 random characters give 11 × log2(29) ≈ 53.4 bits (crypto.getRandomValues, no modulo
 * bias). A 12th character makes the weighted sum Σ i·v(i) (i = 1…12) divisible by 29.
 * As 29 is prime and every weight is 1…12 < 29, any single wrong character changes the sum
 * by weight × difference, never a multiple of 29: detected. Swapping two neighbours changes
 * it by ±difference: detected too.
 */
import type { Label } from '../i18n';

export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRTVWXYZ';
export const TRACKING_RANDOM_LENGTH = 11;
export const TRACKING_CODE_LENGTH = TRACKING_RANDOM_LENGTH + 1;
export const TRACKING_GROUP_SIZE = 4;
/** log2(29) × 11 */
export const TRACKING_RANDOM_BITS = TRACKING_RANDOM_LENGTH * Math.log2(TRACKING_ALPHABET.length);

const BASE = TRACKING_ALPHABET.length; // 29, prime
const VALUE = new Map([...TRACKING_ALPHABET].map((char, index) => [char, index]));

function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * (VALUE.get(body[i] ?? '') ?? 0);
  // Solve sum + 12·c ≡ 0 (mod 29): c = −sum · 12⁻¹.
  const weight = body.length + 1;
  const inverse = modularInverse(weight, BASE);
  const value = (((-sum * inverse) % BASE) + BASE) % BASE;
  return TRACKING_ALPHABET[value] ?? '';
}

function modularInverse(a: number, modulus: number): number {
  for (let x = 1; x < modulus; x++) if ((a * x) % modulus === 1) return x;
  throw new RangeError(`${a} has no inverse modulo ${modulus}`);
}

function hasValidCheck(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < code.length; i++) sum += (i + 1) * (VALUE.get(code[i] ?? '') ?? 0);
  return sum % BASE === 0;
}

// ArrayBuffer-backed, as both Node's and the DOM's getRandomValues declare it.
type RandomFill = (bytes: Uint8Array<ArrayBuffer>) => Uint8Array<ArrayBuffer>;
const secureRandom: RandomFill = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** A new code in canonical form (12 characters, no dashes). */
export function generateTrackingCode(random: RandomFill = secureRandom): string {
  // Bytes ≥ 232 (= 8 × 29) are thrown away so every character is equally likely.
  const limit = Math.floor(256 / BASE) * BASE;
  let body = '';
  while (body.length < TRACKING_RANDOM_LENGTH) {
    for (const byte of random(new Uint8Array(16))) {
      if (byte < limit && body.length < TRACKING_RANDOM_LENGTH) body += TRACKING_ALPHABET[byte % BASE];
    }
  }
  return body + checkCharacter(body);
}

/** `K7QMXR4TP9WH` → `K7QM-XR4T-P9WH`. */
export function formatTrackingCode(code: string): string {
  return code.match(new RegExp(`.{1,${TRACKING_GROUP_SIZE}}`, 'g'))?.join('-') ?? '';
}

export type TrackingParse =
  | { ok: true; code: string; display: string }
  | { ok: false; problem: 'empty' | 'not_used' | 'length' | 'check'; reason: Label };

/**
 * Reads a code as typed: case, spaces, dashes and dots do not matter. `code` is the
 * canonical form (the `tracking/{code}` document id), `display` the grouped one.
 */
export function parseTrackingCode(input: string): TrackingParse {
  // Phone keyboards turn "-" into "–" or "—"; those separate groups too.
  const code = input.toUpperCase().replace(/[\s\-._\u2010-\u2015]/g, '');
  if (code === '')
    return {
      ok: false,
      problem: 'empty',
      reason: { id: 'Masukkan kode pelacakan.', en: 'Enter the tracking code.' }
    };
  const strangers = [...new Set([...code].filter((char) => !VALUE.has(char)))];
  if (strangers.length > 0) {
    const list = strangers.join(' ');
    return {
      ok: false,
      problem: 'not_used',
      reason: {
        id: `Kode pelacakan tidak memakai ${list}. Kode hanya berisi angka 2–9 dan huruf kecuali I, L, O, S, U.`,
        en: `Tracking codes never contain ${list}. They use the digits 2–9 and letters except I, L, O, S, U.`
      }
    };
  }
  if (code.length !== TRACKING_CODE_LENGTH)
    return {
      ok: false,
      problem: 'length',
      reason: {
        id: `Kode pelacakan terdiri dari ${TRACKING_CODE_LENGTH} huruf/angka; yang dimasukkan ${code.length}.`,
        en: `A tracking code has ${TRACKING_CODE_LENGTH} characters; this has ${code.length}.`
      }
    };
  if (!hasValidCheck(code))
    return {
      ok: false,
      problem: 'check',
      reason: {
        id: 'Kode pelacakan salah ketik: periksa lagi setiap huruf dan angka.',
        en: 'The tracking code has a typing mistake: check each character again.'
      }
    };
  return { ok: true, code, display: formatTrackingCode(code) };
}
