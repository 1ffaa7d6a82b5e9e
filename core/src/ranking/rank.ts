/**
 * The network's priority ranking for one month, computed streaming: feed every complaint of
 * every CC (the month itself and the months before it), then `finish`. Memory grows with the
 * number of issues × CCs reporting them, not with the number of complaints.
 *
 * An issue is a (sector, provider) pair, the provider normalised by `providerKey`. An issue is
 * ranked in month M when it had complaints received in M or cases still open from before M.
 */
import type { Label } from '../i18n';
import { peopleAffectedOf } from '../forum/aggregate';
import type { ForumRecord } from '../forum/record';
import { villageKey } from '../forum/villages';
import { isOpenAt, overdueStageAt, timelineOf, type Timeline } from '../forum/timeline';
import { monthEndMs, monthIndex, monthIndexOfInstant, monthStartMs, type MonthKey } from '../forum/time';
import type { SectorId } from '../taxonomy/index';
import { COMPONENT_NAMES, DEFAULT_RANKING_CONFIG, type ComponentName, type RankingConfig } from './config';
import { explainIssue } from './explain';
import type { IssuePartial, RankingPartial } from './partial';
import { providerKey } from './provider-key';
import { mostUsedSpelling } from './spelling';

export interface RankingComponent {
  /** The component, 0 … 1. */
  value: number;
  weight: number;
  /** What it adds to the score (points out of 100). */
  points: number;
}

export interface IssueFacts {
  /** Complaints received this month. */
  complaints: number;
  /** Σ over CCs of √(that CC's complaints): one CC's flood counts sub-linearly. */
  dampedVolume: number;
  ccs: number;
  villages: number;
  /** Share of this month's complaints from the CC that filed the most. */
  topCcShare: number;
  peopleAffected: number;
  urgency: { biasa: number; mendesak: number; darurat: number; tidak_tercatat: number };
  /** Cases received this month plus cases carried over still open. */
  active: number;
  openAtEnd: number;
  overdueAtEnd: number;
  /** Complaints received in each of the last months, oldest first, this month last. */
  monthlyComplaints: number[];
  monthsWithReports: number;
  /** Months running, up to this one, with new complaints (within the persistence window). */
  consecutiveMonths: number;
  previousMonth: number;
}

export interface RankedIssue {
  rank: number;
  /** `${sector}|${providerKey}` — stable across months. */
  key: string;
  sector: SectorId;
  providerKey: string;
  /** The most used spelling of the provider's name. */
  provider: string;
  /** 0 … 100, rounded to 4 decimals; the order uses this value. */
  score: number;
  components: Record<ComponentName, RankingComponent>;
  facts: IssueFacts;
  explanation: Label;
}

export interface RankingResult {
  month: MonthKey;
  weights: RankingConfig['weights'];
  issues: RankedIssue[];
}

class IssueState {
  readonly monthly: number[];
  readonly perCc = new Map<string, number>();
  readonly villages = new Set<string>();
  readonly spellings = new Map<string, number>();
  people = 0;
  readonly urgency = { biasa: 0, mendesak: 0, darurat: 0, tidak_tercatat: 0 };
  active = 0;
  openAtEnd = 0;
  overdueAtEnd = 0;
  constructor(
    readonly sector: SectorId,
    readonly providerKey: string,
    window: number
  ) {
    this.monthly = new Array<number>(window).fill(0);
  }
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

function saturate(x: number, half: number): number {
  return x <= 0 ? 0 : x / (x + half);
}

export class RankingAccumulator {
  private readonly month: number;
  private readonly window: number;
  private readonly monthStart: number;
  private readonly at: number;
  private readonly issues = new Map<string, IssueState>();

  constructor(
    readonly monthKey: MonthKey,
    readonly config: RankingConfig = DEFAULT_RANKING_CONFIG,
    /** Evaluate open/overdue at this instant when the month is not over (ms). */
    asOf = Infinity
  ) {
    this.month = monthIndex(monthKey);
    this.window = Math.max(config.persistenceMonths, 2);
    this.monthStart = monthStartMs(this.month);
    this.at = Math.min(monthEndMs(this.month) - 1, asOf);
  }

  add(record: ForumRecord, timeline: Timeline = timelineOf(record)): void {
    const t = timeline;
    if (!Number.isFinite(t.received) || t.received > this.at) return;
    const receivedMonth = monthIndexOfInstant(t.received);
    const age = this.month - receivedMonth;
    const receivedThisMonth = age === 0;
    const carried = age > 0 && t.closed >= this.monthStart;
    if (age >= this.window && !carried) return;

    const pKey = providerKey(record.provider);
    const key = `${record.sector}|${pKey}`;
    let issue = this.issues.get(key);
    if (!issue) {
      issue = new IssueState(record.sector, pKey, this.window);
      this.issues.set(key, issue);
    }
    const name = record.provider.trim();
    issue.spellings.set(name, (issue.spellings.get(name) ?? 0) + 1);
    if (age < this.window) issue.monthly[this.window - 1 - age]!++;
    if (receivedThisMonth) {
      issue.perCc.set(record.ccId, (issue.perCc.get(record.ccId) ?? 0) + 1);
      issue.villages.add(villageKey(record.desa));
      issue.people += Math.min(peopleAffectedOf(record), this.config.peopleCapPerComplaint);
      issue.urgency[record.urgency ?? 'tidak_tercatat']++;
    }
    if (receivedThisMonth || carried) {
      issue.active++;
      if (isOpenAt(t, this.at)) {
        issue.openAtEnd++;
        if (overdueStageAt(t, this.at, this.config.calendar, this.config.deadlines)) issue.overdueAtEnd++;
      }
    }
  }

  /**
   * What has been counted so far, before scoring, as plain data (see partial.ts). Canonical:
   * issues by key and every list sorted, so the same records give the same partial in any order.
   */
  partial(): RankingPartial {
    const issues: IssuePartial[] = [...this.issues.keys()].sort().map((key) => {
      const issue = this.issues.get(key)!;
      return {
        key,
        sector: issue.sector,
        providerKey: issue.providerKey,
        monthly: [...issue.monthly],
        perCc: [...issue.perCc.keys()].sort().map((ccId) => ({ ccId, complaints: issue.perCc.get(ccId)! })),
        villages: [...issue.villages].sort(),
        spellings: [...issue.spellings.keys()]
          .sort()
          .map((name) => ({ name, count: issue.spellings.get(name)! })),
        people: issue.people,
        urgency: { ...issue.urgency },
        active: issue.active,
        openAtEnd: issue.openAtEnd,
        overdueAtEnd: issue.overdueAtEnd
      };
    });
    return { month: this.monthKey, window: this.window, issues };
  }

  /**
   * Adds another accumulator's partial (e.g. one CC's, computed elsewhere) to this one. Every
   * counter is a sum and the villages a set, so merging the partials of disjoint shares of the
   * complaints, in any order, ends in the state one pass over all of them would have reached.
   * The partial must be for the same month and window; the records of one complaint must be in
   * one share only (a complaint counted twice is counted twice).
   */
  merge(partial: RankingPartial): this {
    if (partial.month !== this.monthKey || partial.window !== this.window) {
      throw new Error(
        `Bagian peringkat tidak cocok / ranking partial does not match: ${partial.month} (${partial.window} months), expected ${this.monthKey} (${this.window} months)`
      );
    }
    for (const part of partial.issues) {
      if (part.monthly.length !== this.window) {
        throw new Error(`Bagian peringkat rusak / malformed ranking partial: ${part.key}`);
      }
      let issue = this.issues.get(part.key);
      if (!issue) {
        issue = new IssueState(part.sector, part.providerKey, this.window);
        this.issues.set(part.key, issue);
      }
      for (let i = 0; i < this.window; i++) issue.monthly[i]! += part.monthly[i]!;
      for (const { ccId, complaints } of part.perCc) {
        issue.perCc.set(ccId, (issue.perCc.get(ccId) ?? 0) + complaints);
      }
      for (const village of part.villages) issue.villages.add(village);
      for (const { name, count } of part.spellings) {
        issue.spellings.set(name, (issue.spellings.get(name) ?? 0) + count);
      }
      issue.people += part.people;
      for (const level of ['biasa', 'mendesak', 'darurat', 'tidak_tercatat'] as const) {
        issue.urgency[level] += part.urgency[level];
      }
      issue.active += part.active;
      issue.openAtEnd += part.openAtEnd;
      issue.overdueAtEnd += part.overdueAtEnd;
    }
    return this;
  }

  finish(): RankingResult {
    const ranked: RankedIssue[] = [];
    for (const [key, issue] of this.issues) {
      if (issue.active === 0) continue;
      ranked.push(this.score(key, issue));
    }
    ranked.sort(compareIssues);
    ranked.forEach((issue, i) => (issue.rank = i + 1));
    return { month: this.monthKey, weights: { ...this.config.weights }, issues: ranked };
  }

  private score(key: string, issue: IssueState): RankedIssue {
    const c = this.config;
    // Sum in CC-id order so that the float result does not depend on input order.
    const ccIds = [...issue.perCc.keys()].sort();
    let dampedVolume = 0;
    let complaints = 0;
    let top = 0;
    for (const cc of ccIds) {
      const n = issue.perCc.get(cc)!;
      dampedVolume += Math.sqrt(n);
      complaints += n;
      if (n > top) top = n;
    }
    const ccs = ccIds.length;
    const villages = issue.villages.size;
    const u = issue.urgency;
    const urgencyValue =
      complaints === 0
        ? 0
        : (u.biasa * c.urgencyValue.biasa +
            u.mendesak * c.urgencyValue.mendesak +
            u.darurat * c.urgencyValue.darurat +
            u.tidak_tercatat * c.unrecordedUrgency) /
          complaints;
    const window = this.window;
    const persistenceSlice = issue.monthly.slice(window - c.persistenceMonths);
    const monthsWithReports = persistenceSlice.filter((n) => n > 0).length;
    let consecutiveMonths = 0;
    for (let i = persistenceSlice.length - 1; i >= 0 && persistenceSlice[i]! > 0; i--) consecutiveMonths++;
    const previousMonth = issue.monthly[window - 2]!;
    const trend =
      previousMonth === 0 || complaints === 0
        ? previousMonth === 0
          ? 0.5
          : 0
        : 0.5 + (0.5 * (complaints - previousMonth)) / (complaints + previousMonth);

    const values: Record<ComponentName, number> = {
      volume: saturate(dampedVolume, c.volumeHalf),
      breadth: 0.5 * saturate(ccs, c.ccHalf) + 0.5 * saturate(villages, c.villageHalf),
      peopleAffected: saturate(issue.people, c.peopleHalf),
      urgency: urgencyValue,
      unresolved: issue.openAtEnd / issue.active,
      overdue: issue.overdueAtEnd / issue.active,
      persistence: monthsWithReports / c.persistenceMonths,
      trend
    };
    let totalWeight = 0;
    for (const name of COMPONENT_NAMES) totalWeight += c.weights[name];
    let score = 0;
    const components = {} as Record<ComponentName, RankingComponent>;
    for (const name of COMPONENT_NAMES) {
      const points = (100 * c.weights[name] * values[name]) / totalWeight;
      score += points;
      components[name] = { value: round(values[name], 4), weight: c.weights[name], points: round(points, 2) };
    }
    const facts: IssueFacts = {
      complaints,
      dampedVolume: round(dampedVolume, 4),
      ccs,
      villages,
      topCcShare: complaints === 0 ? 0 : round(top / complaints, 4),
      peopleAffected: issue.people,
      urgency: { ...u },
      active: issue.active,
      openAtEnd: issue.openAtEnd,
      overdueAtEnd: issue.overdueAtEnd,
      monthlyComplaints: [...issue.monthly],
      monthsWithReports,
      consecutiveMonths,
      previousMonth
    };
    return {
      rank: 0,
      key,
      sector: issue.sector,
      providerKey: issue.providerKey,
      provider: mostUsedSpelling(issue.spellings),
      score: round(score, 4),
      components,
      facts,
      explanation: explainIssue({
        complaints,
        ccs,
        villages,
        topCcShare: facts.topCcShare,
        peopleAffected: issue.people,
        urgentShare: complaints === 0 ? 0 : (u.mendesak + u.darurat) / complaints,
        unresolvedShare: values.unresolved,
        overdueShare: values.overdue,
        active: issue.active,
        consecutiveMonths,
        monthsWithReports,
        persistenceMonths: c.persistenceMonths,
        previousMonth
      })
    };
  }
}

/** Score first, then breadth (CCs, villages), then volume, then the key: always one order. */
export function compareIssues(a: RankedIssue, b: RankedIssue): number {
  return (
    b.score - a.score ||
    b.facts.ccs - a.facts.ccs ||
    b.facts.villages - a.facts.villages ||
    b.facts.complaints - a.facts.complaints ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/**
 * The ranking of month `month` from the partials of disjoint shares of the complaints (e.g. one
 * per CC): equal to `rankIssues` over all of them, whatever the order of the partials.
 */
export function rankPartials(
  partials: Iterable<RankingPartial>,
  month: MonthKey,
  config: RankingConfig = DEFAULT_RANKING_CONFIG
): RankingResult {
  const acc = new RankingAccumulator(month, config);
  for (const partial of partials) acc.merge(partial);
  return acc.finish();
}

/** Rank a whole collection at once (tests, small books). */
export function rankIssues(
  records: Iterable<ForumRecord>,
  month: MonthKey,
  config: RankingConfig = DEFAULT_RANKING_CONFIG,
  asOf = Infinity
): RankingResult {
  const acc = new RankingAccumulator(month, config, asOf);
  for (const record of records) acc.add(record);
  return acc.finish();
}
