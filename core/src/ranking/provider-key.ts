/**
 * One key per provider however a volunteer typed it: "Puskesmas Gunungsari",
 * "puskesmas gunung sari" and "PUSKESMAS GUNUNG-SARI." are one provider. The key drops case,
 * accents, punctuation and every space (so joined and split words agree), and spells out a few
 * abbreviations that are unambiguous in Lombok Barat's books. It stays deliberately modest:
 * "SDN 1 Sandik" and "SDN 2 Sandik" remain two schools.
 */

/** Leading words replaced by their full form, applied to the lower-cased, space-separated name. */
const PREFIXES: readonly (readonly [RegExp, string])[] = [
  [/^(kades|kepala desa|kantor kepala desa|pemdes|pemerintah desa)\s+/, 'kantor desa '],
  [/^(kantor desa|desa)\s+/, 'kantor desa '],
  [/^(pkm)\s+/, 'puskesmas '],
  [/^(sdn|sd negeri)\s+/, 'sd negeri '],
  [/^(smpn|smp negeri)\s+/, 'smp negeri '],
  [/^(sman|sma negeri)\s+/, 'sma negeri '],
  [/^(disdukcapil|dinas dukcapil|dinas kependudukan dan pencatatan sipil)\b/, 'dukcapil'],
  [/^(perumda air minum|perumdam|pdam)\b/, 'pdam'],
  [/^(dinsos)\b/, 'dinas sosial']
];

// Books repeat the same few hundred spellings; remembering them saves the regex work on
// a million records. Bounded so a stream of unique typos cannot grow it without end.
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

export function providerKey(name: string): string {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const key = computeProviderKey(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, key);
  return key;
}

function computeProviderKey(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  for (const [pattern, replacement] of PREFIXES) {
    if (pattern.test(text)) {
      text = text.replace(pattern, replacement);
      break;
    }
  }
  return text.replace(/ /g, '');
}
