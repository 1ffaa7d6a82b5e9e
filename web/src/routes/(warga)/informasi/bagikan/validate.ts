/**
 * What a citizen's experience must be before it is stored, with the bounds firestore.rules
 * enforces (title 3–150, story 20–5000 characters, known sector) and core's field builders, so
 * messages come in Bahasa Indonesia and English. Loaded on demand: it brings zod along.
 */
import * as z from 'zod';
import { centerId } from '@buku/core/complaints/schema';
import { SECTOR_IDS } from '@buku/core/taxonomy/index';
import { choice, optionalText, text } from '@buku/core/validation/fields';
import { issueLabel } from '@buku/core/validation/issues';
import type { ExperienceToShare } from '$lib/firebase/posts';
import {
  experienceMessages,
  toExperienceInput,
  type ExperienceDraft,
  type ExperienceMessages
} from './experience-form';

export const EXPERIENCE_LIMITS = {
  title: { min: 3, max: 150 },
  body: { min: 20, max: 5000 },
  providerName: 200,
  authorName: 100
} as const;

export const ExperienceSchema = z.object({
  experience: choice(['baik', 'buruk']),
  title: text(EXPERIENCE_LIMITS.title.min, EXPERIENCE_LIMITS.title.max),
  body: text(EXPERIENCE_LIMITS.body.min, EXPERIENCE_LIMITS.body.max),
  sector: choice(SECTOR_IDS).optional(),
  providerName: optionalText(EXPERIENCE_LIMITS.providerName),
  authorName: optionalText(EXPERIENCE_LIMITS.authorName),
  ccId: centerId().optional()
});

export type ExperienceValidation =
  { ok: true; experience: ExperienceToShare } | { ok: false; messages: ExperienceMessages };

/** Firestore refuses undefined values: optional fields left blank are dropped. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export function validateExperience(draft: ExperienceDraft, ccId: string | undefined): ExperienceValidation {
  const result = ExperienceSchema.safeParse(toExperienceInput(draft, ccId));
  if (result.success) return { ok: true, experience: defined(result.data) };
  return { ok: false, messages: experienceMessages(result.error.issues, issueLabel) };
}
