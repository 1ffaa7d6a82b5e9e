/**
 * The share-an-experience form apart from its markup: the draft as typed and how it becomes
 * the schema's input. Validation (zod, with core's bilingual messages) lives in validate.ts,
 * loaded on demand.
 */
import type { Label } from '@buku/core/i18n';

export interface ExperienceDraft {
  experience: '' | 'baik' | 'buruk';
  title: string;
  body: string;
  sector: string;
  providerName: string;
  authorName: string;
}

export type ExperienceField = keyof ExperienceDraft;
export type ExperienceMessages = Partial<Record<ExperienceField, Label[]>>;

export function emptyExperienceDraft(): ExperienceDraft {
  return { experience: '', title: '', body: '', sector: '', providerName: '', authorName: '' };
}

const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/** The draft as the schema expects it; blanks become "not given". The CC is the device's choice. */
export function toExperienceInput(draft: ExperienceDraft, ccId: string | undefined): Record<string, unknown> {
  return {
    experience: blankToUndefined(draft.experience),
    title: draft.title,
    body: draft.body,
    sector: blankToUndefined(draft.sector),
    providerName: draft.providerName,
    authorName: draft.authorName,
    ...(ccId ? { ccId } : {})
  };
}

/** Messages per input; an issue on a field the form does not show (the CC) goes to the story. */
export function experienceMessages(
  issues: readonly { path: readonly PropertyKey[] }[],
  labelOf: (issue: never) => Label
): ExperienceMessages {
  const messages: ExperienceMessages = {};
  for (const issue of issues) {
    const first = String(issue.path[0] ?? '');
    const field = (first in emptyExperienceDraft() ? first : 'body') as ExperienceField;
    const text = labelOf(issue as never);
    const list = (messages[field] ??= []);
    if (!list.some((known) => known.id === text.id)) list.push(text);
  }
  return messages;
}
