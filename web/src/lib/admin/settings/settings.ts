/**
 * The network's settings the admin may change: the ranking weights (`config/ranking`, read by
 * the monthly run) and the service deadlines (`config/deadlines`). Defaults, names and limits
 * come from core; this module reads, checks and compares them. Pure.
 */
import * as z from 'zod';
import { DEFAULT_DEADLINE_CONFIG, type DeadlineConfig } from '@buku/core/deadlines/deadlines';
import type { Label } from '@buku/core/i18n';
import {
  COMPONENT_NAMES,
  DEFAULT_WEIGHTS,
  rankingConfig,
  type ComponentName,
  type RankingWeights
} from '@buku/core/ranking/config';
import { fieldPath, issueLabel } from '@buku/core/validation/issues';
import { choice, wholeNumber } from '@buku/core/validation/fields';

export type FormMessages = Record<string, Label[]>;

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

// ── ranking weights ──

/** The weights stored in `config/ranking`, each falling back to core's default. */
export function weightsFromData(data: Record<string, unknown> | undefined): RankingWeights {
  const stored = record(data?.weights);
  const weights = { ...DEFAULT_WEIGHTS };
  for (const name of COMPONENT_NAMES) {
    const w = num(stored[name]);
    if (w !== undefined && w >= 0) weights[name] = w;
  }
  return weights;
}

export type WeightsForm = Record<ComponentName, string>;

export function weightsForm(weights: RankingWeights): WeightsForm {
  return Object.fromEntries(COMPONENT_NAMES.map((name) => [name, String(weights[name])])) as WeightsForm;
}

/** A weight is a number from 0 to 1, at most two decimals (as the forum reads "0.25"). */
const WEIGHT_MAX = 1;

const NOT_A_WEIGHT: Label = {
  id: 'Isi angka 0 sampai 1, paling banyak dua angka di belakang koma (mis. 0.15).',
  en: 'Enter a number from 0 to 1 with at most two decimals (e.g. 0.15).'
};
const ALL_ZERO: Label = {
  id: 'Paling sedikit satu bobot harus lebih dari 0.',
  en: 'At least one weight must be above 0.'
};

export type WeightsCheck = { ok: true; weights: RankingWeights } | { ok: false; messages: FormMessages };

export function checkWeights(form: WeightsForm): WeightsCheck {
  const messages: FormMessages = {};
  const weights = { ...DEFAULT_WEIGHTS };
  for (const name of COMPONENT_NAMES) {
    // A comma is how decimals are written in Indonesia.
    const text = form[name].trim().replace(',', '.');
    const value = /^\d+(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
    if (!(value >= 0 && value <= WEIGHT_MAX)) messages[name] = [NOT_A_WEIGHT];
    else weights[name] = value;
  }
  if (Object.keys(messages).length > 0) return { ok: false, messages };
  if (COMPONENT_NAMES.every((name) => weights[name] === 0))
    return { ok: false, messages: { '': [ALL_ZERO] } };
  // core's own check: the monthly run builds its configuration the same way.
  rankingConfig({ weights });
  return { ok: true, weights };
}

/** The most points a component can give: its weight's share of 100. */
export function maxPoints(weights: RankingWeights, name: ComponentName): number {
  const total = COMPONENT_NAMES.reduce((sum, n) => sum + weights[n], 0);
  return total > 0 ? (100 * weights[name]) / total : 0;
}

export interface WeightChange {
  name: ComponentName;
  before: number;
  after: number;
  pointsBefore: number;
  pointsAfter: number;
}

/** Each component whose weight or maximum points change (points move when any weight does). */
export function weightChanges(before: RankingWeights, after: RankingWeights): WeightChange[] {
  return COMPONENT_NAMES.map((name) => ({
    name,
    before: before[name],
    after: after[name],
    pointsBefore: maxPoints(before, name),
    pointsAfter: maxPoints(after, name)
  })).filter((c) => c.before !== c.after || Math.abs(c.pointsBefore - c.pointsAfter) >= 0.05);
}

/**
 * The ranking README's promise that older months always raise an issue holds while
 * persistence > 1.5 × trend; the page warns (it does not refuse) when a change breaks it.
 */
export function breaksPersistencePromise(weights: RankingWeights): boolean {
  return !(weights.persistence > 1.5 * weights.trend);
}

// ── service deadlines ──

export type DeadlineSettings = Omit<DeadlineConfig, 'holidays'>;

export const DEADLINE_FIELDS = [
  'verifyWorkingDays',
  'followUpWorkingDays',
  'followUpFrom',
  'resolveDays',
  'resolveDayCount',
  'resolveFrom',
  'closeWithoutReplyWorkingDays'
] as const satisfies readonly (keyof DeadlineSettings)[];

export const DEFAULT_DEADLINES: DeadlineSettings = {
  verifyWorkingDays: DEFAULT_DEADLINE_CONFIG.verifyWorkingDays,
  followUpWorkingDays: DEFAULT_DEADLINE_CONFIG.followUpWorkingDays,
  followUpFrom: DEFAULT_DEADLINE_CONFIG.followUpFrom,
  resolveDays: DEFAULT_DEADLINE_CONFIG.resolveDays,
  resolveDayCount: DEFAULT_DEADLINE_CONFIG.resolveDayCount,
  resolveFrom: DEFAULT_DEADLINE_CONFIG.resolveFrom,
  closeWithoutReplyWorkingDays: DEFAULT_DEADLINE_CONFIG.closeWithoutReplyWorkingDays
};

/** Bounds a network could defend: a stage is at least a day and no longer than the law's 60 days allow sensibly. */
export const DeadlineSettingsSchema = z.object({
  verifyWorkingDays: wholeNumber(1, 30),
  followUpWorkingDays: wholeNumber(1, 30),
  followUpFrom: choice(['diterima', 'diverifikasi']),
  resolveDays: wholeNumber(1, 180),
  resolveDayCount: choice(['kerja', 'kalender']),
  resolveFrom: choice(['diterima', 'diverifikasi']),
  closeWithoutReplyWorkingDays: wholeNumber(1, 60)
});

export function deadlinesFromData(data: Record<string, unknown> | undefined): DeadlineSettings {
  const settings: Record<string, unknown> = { ...DEFAULT_DEADLINES };
  for (const field of DEADLINE_FIELDS) {
    const one = DeadlineSettingsSchema.shape[field].safeParse(data?.[field]);
    if (one.success) settings[field] = one.data;
  }
  return settings as DeadlineSettings;
}

export type DeadlinesForm = Record<(typeof DEADLINE_FIELDS)[number], string>;

export function deadlinesForm(settings: DeadlineSettings): DeadlinesForm {
  return Object.fromEntries(DEADLINE_FIELDS.map((f) => [f, String(settings[f])])) as DeadlinesForm;
}

const NUMBER_FIELDS = new Set<string>([
  'verifyWorkingDays',
  'followUpWorkingDays',
  'resolveDays',
  'closeWithoutReplyWorkingDays'
]);

export type DeadlinesCheck = { ok: true; settings: DeadlineSettings } | { ok: false; messages: FormMessages };

export function checkDeadlines(form: DeadlinesForm): DeadlinesCheck {
  const input = Object.fromEntries(
    DEADLINE_FIELDS.map((f) => {
      const text = form[f].trim();
      return [f, NUMBER_FIELDS.has(f) ? (text === '' ? undefined : Number(text)) : text];
    })
  );
  const result = DeadlineSettingsSchema.safeParse(input);
  if (result.success) return { ok: true, settings: result.data };
  const messages: FormMessages = {};
  for (const issue of result.error.issues) (messages[fieldPath(issue)] ??= []).push(issueLabel(issue));
  return { ok: false, messages };
}

/** The deadline fields whose value a save would change. */
export function deadlineChanges(
  before: DeadlineSettings,
  after: DeadlineSettings
): { field: (typeof DEADLINE_FIELDS)[number]; before: string; after: string }[] {
  return DEADLINE_FIELDS.filter((f) => before[f] !== after[f]).map((f) => ({
    field: f,
    before: String(before[f]),
    after: String(after[f])
  }));
}
