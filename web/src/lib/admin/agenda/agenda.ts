/**
 * The advocacy agenda (`agendas/{id}`): a ranked issue of `forum/{yyyy-mm}` the forum chose to
 * advocate on, with a snapshot of why it ranked (score, rank, explanation as the forum saw it),
 * the provider to address, the actions planned, a status and the outcome. Field rules are core's
 * builders (text, optionalText, choice); core has no agenda schema yet. Pure.
 */
import * as z from 'zod';
import { isMonthKey } from '@buku/core/forum/time';
import type { Label } from '@buku/core/i18n';
import { SECTORS } from '@buku/core/taxonomy/index';
import { fieldPath, issueLabel } from '@buku/core/validation/issues';
import { choice, optionalText, text } from '@buku/core/validation/fields';
import type { ForumIssue } from '$lib/staff/forum/forum';
import { taxonomyLabel } from '$lib/staff/labels';

export const AGENDA_STATUS_IDS = ['direncanakan', 'berjalan', 'tercapai', 'dihentikan'] as const;
export type AgendaStatus = (typeof AGENDA_STATUS_IDS)[number];

export const AGENDA_STATUSES: readonly { id: AgendaStatus; label: Label }[] = [
  { id: 'direncanakan', label: { id: 'Direncanakan', en: 'Planned' } },
  { id: 'berjalan', label: { id: 'Sedang berjalan', en: 'In progress' } },
  { id: 'tercapai', label: { id: 'Tercapai', en: 'Achieved' } },
  { id: 'dihentikan', label: { id: 'Dihentikan', en: 'Dropped' } }
];

export const AGENDA_LIMITS = {
  title: { min: 3, max: 150 },
  target: { min: 2, max: 200 },
  action: { min: 3, max: 300 },
  actions: 20,
  outcome: 5000,
  meetings: 50
} as const;

const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;

const BAD_MEETING_ID: Label = {
  id: 'Nomor pertemuan hanya huruf, angka, - dan _.',
  en: 'Meeting ids are letters, digits, - and _ only.'
};
const OUTCOME_NEEDED: Label = {
  id: 'Tulis hasilnya: apa yang tercapai, atau mengapa dihentikan.',
  en: 'Write the outcome: what was achieved, or why it was dropped.'
};
const TOO_MANY: Label = {
  id: `Paling banyak ${AGENDA_LIMITS.actions} langkah.`,
  en: `At most ${AGENDA_LIMITS.actions} actions.`
};

/** What the admin may edit on an item. */
export const AgendaEditSchema = z.object({
  title: text(AGENDA_LIMITS.title.min, AGENDA_LIMITS.title.max),
  targetProvider: text(AGENDA_LIMITS.target.min, AGENDA_LIMITS.target.max),
  actions: z.array(text(AGENDA_LIMITS.action.min, AGENDA_LIMITS.action.max)).max(AGENDA_LIMITS.actions),
  status: choice(AGENDA_STATUS_IDS),
  outcomeNotes: optionalText(AGENDA_LIMITS.outcome),
  meetingIds: z.array(z.string()).max(AGENDA_LIMITS.meetings)
});
export type AgendaEdit = z.output<typeof AgendaEditSchema>;

export interface AgendaForm {
  title: string;
  targetProvider: string;
  /** One action per line. */
  actions: string;
  status: string;
  outcomeNotes: string;
  /** Meeting ids, separated by commas, spaces or lines. */
  meetingIds: string;
}

export interface AgendaItem extends AgendaEdit {
  id: string;
  issueKey: string;
  sector: string;
  provider: string;
  month: string;
  rank: number;
  score: number;
  explanation: Label;
}

const lines = (value: string): string[] =>
  value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

const ids = (value: string): string[] => [...new Set(value.split(/[\s,]+/).filter((v) => v !== ''))];

export type AgendaCheck = { ok: true; edit: AgendaEdit } | { ok: false; messages: Record<string, Label[]> };

export function checkAgendaForm(form: AgendaForm): AgendaCheck {
  const messages: Record<string, Label[]> = {};
  const actions = lines(form.actions);
  const meetingIds = ids(form.meetingIds);
  const result = AgendaEditSchema.safeParse({
    title: form.title,
    targetProvider: form.targetProvider,
    actions,
    status: form.status,
    outcomeNotes: form.outcomeNotes,
    meetingIds
  });
  if (!result.success) {
    for (const issue of result.error.issues) {
      // An action's message belongs to the actions box, whichever line it is.
      const field = fieldPath(issue).split('.')[0] ?? '';
      const message = field === 'actions' && issue.path.length === 1 ? TOO_MANY : issueLabel(issue);
      (messages[field] ??= []).push(message);
    }
  }
  if (meetingIds.some((id) => !MEETING_ID.test(id))) (messages.meetingIds ??= []).push(BAD_MEETING_ID);
  // The forum tracks outcomes: an item closed either way says what happened.
  if ((form.status === 'tercapai' || form.status === 'dihentikan') && form.outcomeNotes.trim() === '')
    (messages.outcomeNotes ??= []).push(OUTCOME_NEEDED);
  if (!result.success || Object.keys(messages).length > 0) return { ok: false, messages };
  return { ok: true, edit: result.data };
}

/** The document id of an issue's agenda item in a month: one item per issue and month. */
export function agendaId(month: string, issueKey: string): string {
  return `${month}_${issueKey.replace(/[^A-Za-z0-9_-]+/g, '-')}`.slice(0, 128);
}

/** A new item's form, prefilled from the ranked issue. */
export function formFromIssue(issue: ForumIssue): AgendaForm {
  return {
    title: `${taxonomyLabel(SECTORS, issue.sector).id}: ${issue.provider}`.slice(0, AGENDA_LIMITS.title.max),
    targetProvider: issue.provider,
    actions: '',
    status: 'direncanakan',
    outcomeNotes: '',
    meetingIds: ''
  };
}

export function formOfItem(item: AgendaItem): AgendaForm {
  return {
    title: item.title,
    targetProvider: item.targetProvider,
    actions: item.actions.join('\n'),
    status: item.status,
    outcomeNotes: item.outcomeNotes ?? '',
    meetingIds: item.meetingIds.join(', ')
  };
}

/** The snapshot of the issue kept on the item: the ranking may be recomputed later. */
export function issueSnapshot(month: string, issue: ForumIssue): Record<string, unknown> {
  if (!isMonthKey(month)) throw new Error(`invalid month ${month}`);
  return {
    issueKey: issue.key,
    sector: issue.sector,
    provider: issue.provider,
    month,
    rank: issue.rank,
    score: Math.round(issue.score * 10) / 10,
    explanation: { id: issue.explanation.id, en: issue.explanation.en }
  };
}

/** The fields of an edit as stored: an empty outcome is left out. */
export function editData(edit: AgendaEdit): Record<string, unknown> {
  const { outcomeNotes, ...rest } = edit;
  return outcomeNotes === undefined ? rest : { ...rest, outcomeNotes };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function agendaFromData(id: string, data: Record<string, unknown>): AgendaItem {
  const explanation =
    typeof data.explanation === 'object' && data.explanation !== null
      ? (data.explanation as Record<string, unknown>)
      : {};
  const status = (AGENDA_STATUS_IDS as readonly unknown[]).includes(data.status)
    ? (data.status as AgendaStatus)
    : 'direncanakan';
  const outcome = str(data.outcomeNotes);
  return {
    id,
    issueKey: str(data.issueKey),
    sector: str(data.sector),
    provider: str(data.provider),
    month: str(data.month),
    rank: num(data.rank),
    score: num(data.score),
    explanation: { id: str(explanation.id), en: str(explanation.en) },
    title: str(data.title) || id,
    targetProvider: str(data.targetProvider),
    actions: strings(data.actions),
    status,
    ...(outcome ? { outcomeNotes: outcome } : {}),
    meetingIds: strings(data.meetingIds)
  };
}

export function statusLabel(status: string): Label {
  return AGENDA_STATUSES.find((s) => s.id === status)?.label ?? { id: status, en: status };
}

/** Counts of items by status, for the outcome summary. */
export function outcomeSummary(items: readonly AgendaItem[]): Record<AgendaStatus, number> {
  const counts = { direncanakan: 0, berjalan: 0, tercapai: 0, dihentikan: 0 };
  for (const item of items) counts[item.status]++;
  return counts;
}
