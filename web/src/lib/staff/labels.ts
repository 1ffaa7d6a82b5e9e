/** core's taxonomy label of an id, or the id itself when core does not know it (old data). */
import type { Label } from '@buku/core/i18n';
import type { TaxonomyEntry } from '@buku/core/taxonomy/index';

export function taxonomyLabel(entries: readonly TaxonomyEntry[], id: string | undefined): Label {
  const entry = entries.find((e) => e.id === id);
  return entry ? entry.label : { id: id ?? '', en: id ?? '' };
}
