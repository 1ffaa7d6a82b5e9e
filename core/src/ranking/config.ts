/**
 * The ranking's configuration. Every number here is a default the network may change; the
 * forum page shows the weights next to the ranking. See README.md beside this file for the
 * formula explained line by line.
 *
 * | weight          | default | component (0 … 1)                                                    |
 * |-----------------|---------|----------------------------------------------------------------------|
 * | volume          | 0.15    | v / (v + 5), v = Σ over CCs of √(complaints from that CC this month)   |
 * | breadth         | 0.25    | ½·c/(c + 3) + ½·d/(d + 4), c = distinct CCs, d = distinct villages     |
 * | peopleAffected  | 0.10    | p / (p + 50), p = people affected (each complaint capped at 1,000)     |
 * | urgency         | 0.10    | mean urgency: biasa 0, mendesak 0.5, darurat 1 (unrecorded = 0.5)      |
 * | unresolved      | 0.15    | share of the month's active cases still open at the end of the month   |
 * | overdue         | 0.10    | share of the month's active cases past a deadline at the end of it     |
 * | persistence     | 0.10    | months with new complaints among the last 3, divided by 3              |
 * | trend           | 0.05    | ½ + ½·(now − before)/(now + before); ½ when new or unchanged           |
 *
 * score = 100 × Σ weight × component / Σ weights, so it reads as "points out of 100".
 */
import { DEFAULT_FORUM_DEADLINES, type ForumDeadlines } from '../forum/timeline';
import type { UrgencyId } from '../taxonomy/index';
import { INDONESIAN_WORKING_DAYS, type WorkingDayCalendar } from '../forum/working-days';

export const COMPONENT_NAMES = [
  'volume',
  'breadth',
  'peopleAffected',
  'urgency',
  'unresolved',
  'overdue',
  'persistence',
  'trend'
] as const;
export type ComponentName = (typeof COMPONENT_NAMES)[number];

export type RankingWeights = Record<ComponentName, number>;

export const DEFAULT_WEIGHTS: RankingWeights = {
  volume: 0.15,
  breadth: 0.25,
  peopleAffected: 0.1,
  urgency: 0.1,
  unresolved: 0.15,
  overdue: 0.1,
  persistence: 0.1,
  trend: 0.05
};

export interface RankingConfig {
  weights: RankingWeights;
  /** Damped volume at which the volume component reaches one half. */
  volumeHalf: number;
  /** Distinct CCs at which the CC half of breadth reaches one half. */
  ccHalf: number;
  /** Distinct villages at which the village half of breadth reaches one half. */
  villageHalf: number;
  /** People affected at which that component reaches one half. */
  peopleHalf: number;
  /** One complaint counts for at most this many people (guards against typos like 30000). */
  peopleCapPerComplaint: number;
  /** Months looked back for persistence, the month itself included. */
  persistenceMonths: number;
  urgencyValue: Record<UrgencyId, number>;
  /** Urgency assumed where none was recorded (paper books rarely have it). */
  unrecordedUrgency: number;
  calendar: WorkingDayCalendar;
  deadlines: ForumDeadlines;
}

export const DEFAULT_RANKING_CONFIG: RankingConfig = {
  weights: DEFAULT_WEIGHTS,
  volumeHalf: 5,
  ccHalf: 3,
  villageHalf: 4,
  peopleHalf: 50,
  peopleCapPerComplaint: 1000,
  persistenceMonths: 3,
  urgencyValue: { biasa: 0, mendesak: 0.5, darurat: 1 },
  unrecordedUrgency: 0.5,
  calendar: INDONESIAN_WORKING_DAYS,
  deadlines: DEFAULT_FORUM_DEADLINES
};

/** Defaults overridden by what is given; weights may be given in part. */
export function rankingConfig(
  overrides: Partial<Omit<RankingConfig, 'weights'>> & { weights?: Partial<RankingWeights> } = {}
): RankingConfig {
  const weights = { ...DEFAULT_WEIGHTS, ...overrides.weights };
  for (const name of COMPONENT_NAMES) {
    const w = weights[name];
    if (!Number.isFinite(w) || w < 0) throw new Error(`Bobot tidak sah / invalid weight: ${name}=${w}`);
  }
  if (COMPONENT_NAMES.every((name) => weights[name] === 0)) {
    throw new Error('Semua bobot nol / all weights are zero');
  }
  const persistenceMonths = overrides.persistenceMonths ?? DEFAULT_RANKING_CONFIG.persistenceMonths;
  if (!Number.isInteger(persistenceMonths) || persistenceMonths < 1 || persistenceMonths > 24) {
    throw new Error('persistenceMonths: 1–24');
  }
  return { ...DEFAULT_RANKING_CONFIG, ...overrides, weights };
}
