/**
 * Scrubbing free text (chronology, remedy, updates) before it leaves its CC: phone numbers
 * in any common Indonesian form, 16-digit NIK/KK numbers, other long identifying numbers
 * (BPJS, bank accounts), emails, RT/RW, and the names and places the caller knows identify
 * the complainant. Names the caller does not know cannot be found reliably: staff still
 * read what they share.
 */

export const SCRUB_TOKENS = {
  email: '[email]',
  nik: '[NIK]',
  phone: '[nomor HP]',
  number: '[nomor]',
  rtRw: '[RT/RW]',
  name: '[nama]',
  place: '[tempat]'
} as const;

export type ScrubKind = keyof typeof SCRUB_TOKENS;

// Not letters or digits on either side, so "RT 02" inside "SMART 02" stays.
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
// Numbers only need digits kept apart: "hp081234567890" and "NIK:5201…" are still numbers.
const DB = '(?<!\\p{N})';
const DE = '(?!\\p{N})';
// Between digits people type spaces, dots, dashes, or dashes a phone keyboard turned into – or —.
const SEP = '[ .\\-\\u2013\\u2014]';

const PATTERNS: readonly [ScrubKind, RegExp][] = [
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu],
  // 16 digits, maybe grouped by spaces, dots or dashes: NIK (KTP) and nomor KK.
  ['nik', new RegExp(`${DB}\\d(?:${SEP}?\\d){15}${DE}`, 'gu')],
  // 08…, 628…, +62 8…, +62 (0)8…, (0812) 3456…: 8 plus 8–11 digits, any separators.
  [
    'phone',
    new RegExp(`${DB}\\(?(?:\\+?62\\)?${SEP}?(?:\\(0\\)|0)?${SEP}?|0)8(?:\\)?${SEP}?\\d){7,11}${DE}`, 'gu')
  ],
  // Any other run of 10+ digits (BPJS card, bank account, +62 landline), spaces or dashes between.
  ['number', new RegExp(`${DB}\\+?\\d(?:[ \\-\\u2013\\u2014]?\\d){9,}${DE}`, 'gu')],
  ['rtRw', new RegExp(`${B}(?:RT|RW)\\.?\\s*\\d{1,3}(?:\\s*/\\s*(?:RW\\.?\\s*)?\\d{1,3})?${E}`, 'giu')]
];

/** Words of a name that are also ordinary words or titles: scrubbing them would garble text. */
const NOT_NAMES = new Set([
  'lalu',
  'baiq',
  'bapak',
  'pak',
  'ibu',
  'bu',
  'inaq',
  'amaq',
  'haji',
  'hajjah',
  'hj',
  'h',
  'dan',
  'bin',
  'binti',
  'nur',
  'sri',
  'dewi'
]);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A name and its distinctive words (3+ letters, not a title or common word). */
function nameTerms(name: string): string[] {
  const words = name.split(/\s+/).filter((word) => word.length >= 3 && !NOT_NAMES.has(word.toLowerCase()));
  return [name.trim(), ...words].filter((term) => term.length > 0);
}

export interface ScrubContext {
  /** People whose names must go (the complainant, family members named in the case). */
  names?: readonly (string | undefined)[];
  /** Places too precise to share (the dusun of an anonymous complaint). */
  places?: readonly (string | undefined)[];
}

export interface ScrubResult {
  text: string;
  /** How many of each kind were replaced. */
  counts: Record<ScrubKind, number>;
}

function replaceTerms(
  text: string,
  terms: readonly string[],
  token: string,
  count: (n: number) => void
): string {
  // Longest first, so "Baiq Nurul Hidayah" goes before "Nurul".
  const sorted = [...new Set(terms)].sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return text;
  const pattern = new RegExp(`${B}(?:${sorted.map(escape).join('|')})${E}`, 'giu');
  return text.replace(pattern, () => {
    count(1);
    return token;
  });
}

export function scrubText(text: string, context: ScrubContext = {}): ScrubResult {
  const counts: Record<ScrubKind, number> = {
    email: 0,
    nik: 0,
    phone: 0,
    number: 0,
    rtRw: 0,
    name: 0,
    place: 0
  };
  let result = text;
  for (const [kind, pattern] of PATTERNS) {
    result = result.replace(pattern, () => {
      counts[kind] += 1;
      return SCRUB_TOKENS[kind];
    });
  }
  const names = (context.names ?? []).filter((name): name is string => !!name?.trim()).flatMap(nameTerms);
  result = replaceTerms(result, names, SCRUB_TOKENS.name, (n) => (counts.name += n));
  const places = (context.places ?? [])
    .filter((place): place is string => !!place?.trim())
    .map((p) => p.trim());
  result = replaceTerms(result, places, SCRUB_TOKENS.place, (n) => (counts.place += n));
  return { text: result, counts };
}
