/**
 * Which spelling of a provider to show: the one used most; on a tie, a name in mixed case
 * ("Puskesmas Gunungsari") over SHOUTED or lower-case ones, then the longer (abbreviations
 * like "PKM" lose), then alphabetical, so the choice never depends on the order records arrived in.
 */
function isMixedCase(name: string): boolean {
  return name !== name.toUpperCase() && name !== name.toLowerCase();
}

function preferSpelling(a: string, b: string): boolean {
  const mixedA = isMixedCase(a);
  const mixedB = isMixedCase(b);
  if (mixedA !== mixedB) return mixedA;
  if (a.length !== b.length) return a.length > b.length;
  return a < b;
}

export function mostUsedSpelling(spellings: Iterable<readonly [string, number]>): string {
  let best = '';
  let bestCount = -1;
  for (const [name, count] of spellings) {
    if (count > bestCount || (count === bestCount && preferSpelling(name, best))) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}
