/**
 * Per-CC monthly aggregates, computed streaming: feed records one by one with `add`, then call
 * `finish`. Memory grows with CCs × months × distinct categories, never with the number of
 * complaints, so a year of a large network fits in one process and a Cloud Function can run the
 * same code per CC.
 *
 * What counts in month M (WITA) for a CC:
 * - received / verified / followedUp / resolved / rejected / closedWithoutResponse: the event
 *   happened in M;
 * - openCarriedOver: received before M and still open when M began;
 * - openAtEnd and overdue: open at the end of M (or at `asOf` when M is not over yet);
 * - the breakdowns (sector, provider, …, complainants, people affected): complaints received in M;
 * - working days to verify / resolve: cases verified / resolved in M, counted from receipt;
 * - satisfaction: cases resolved in M whose complainant gave a score.
 */
import { providerKey } from '../ranking/provider-key';
import { mostUsedSpelling } from '../ranking/spelling';
import { DayHistogram, type DayStats } from './histogram';
import type { ForumRecord } from './record';
import {
  DEFAULT_FORUM_DEADLINES,
  overdueStageAt,
  timelineOf,
  type ForumDeadlines,
  type ForumOverdueStage,
  type Timeline
} from './timeline';
import {
  monthEndMs,
  monthFromIndex,
  monthIndex,
  monthIndexOfInstant,
  monthStartMs,
  type MonthKey
} from './time';
import { INDONESIAN_WORKING_DAYS, type WorkingDayCalendar } from './working-days';

/** Written where a trait was not recorded. */
export const NOT_RECORDED = 'tidak_tercatat';

export interface SatisfactionStats {
  responses: number;
  /** Mean score 1–5, two decimals; null without responses. */
  mean: number | null;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export interface CcMonthlyAggregate {
  ccId: string;
  month: MonthKey;
  received: number;
  verified: number;
  followedUp: number;
  resolved: number;
  rejected: number;
  closedWithoutResponse: number;
  openCarriedOver: number;
  openAtEnd: number;
  bySector: Record<string, number>;
  /** Keyed by normalised provider key (see ranking/provider-key). */
  byProvider: Record<string, number>;
  /** The most used spelling of each provider key. */
  providerNames: Record<string, string>;
  byMaladministration: Record<string, number>;
  byChannel: Record<string, number>;
  byVillage: Record<string, number>;
  complainants: {
    byGender: Record<string, number>;
    byAgeGroup: Record<string, number>;
    byDisability: { ya: number; tidak: number; tidak_tercatat: number };
    /** By kind of disability where recorded; one person may count under several kinds. */
    byDisabilityKind: Record<string, number>;
  };
  peopleAffected: number;
  workingDaysToVerify: DayStats;
  workingDaysToResolve: DayStats;
  overdue: Record<ForumOverdueStage, number> & { total: number };
  satisfaction: SatisfactionStats;
}

export interface MonthlyAggregatorOptions {
  /** First month to aggregate, 'YYYY-MM'. */
  from: MonthKey;
  /** Last month (inclusive); defaults to `from`. */
  to?: MonthKey;
  calendar?: WorkingDayCalendar;
  deadlines?: ForumDeadlines;
  /** Evaluate "open" and "overdue" at this instant for months not yet over (ISO or ms). */
  asOf?: string | number;
}

class Counter {
  readonly map = new Map<string, number>();
  add(key: string, n = 1): void {
    this.map.set(key, (this.map.get(key) ?? 0) + n);
  }
  toRecord(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const key of [...this.map.keys()].sort()) out[key] = this.map.get(key)!;
    return out;
  }
}

class MonthCell {
  received = 0;
  verified = 0;
  followedUp = 0;
  resolved = 0;
  rejected = 0;
  closedWithoutResponse = 0;
  openCarriedOver = 0;
  openAtEnd = 0;
  peopleAffected = 0;
  readonly sector = new Counter();
  /** Provider names as written; keys and display names are derived at the end (fewer maps). */
  readonly spellings = new Counter();
  readonly maladministration = new Counter();
  readonly channel = new Counter();
  readonly village = new Counter();
  readonly gender = new Counter();
  readonly ageGroup = new Counter();
  readonly disability = { ya: 0, tidak: 0, tidak_tercatat: 0 };
  readonly disabilityKind = new Counter();
  readonly toVerify = new DayHistogram();
  readonly toResolve = new DayHistogram();
  readonly overdue = { verification: 0, followUp: 0, resolution: 0 };
  readonly satisfaction = [0, 0, 0, 0, 0];
}

export class MonthlyAggregator {
  private readonly first: number;
  private readonly last: number;
  private readonly calendar: WorkingDayCalendar;
  private readonly deadlines: ForumDeadlines;
  private readonly asOf: number;
  private readonly cells = new Map<string, (MonthCell | undefined)[]>();
  private records = 0;

  constructor(options: MonthlyAggregatorOptions) {
    this.first = monthIndex(options.from);
    this.last = monthIndex(options.to ?? options.from);
    if (this.last < this.first) throw new Error('`to` sebelum `from` / `to` is before `from`');
    this.calendar = options.calendar ?? INDONESIAN_WORKING_DAYS;
    this.deadlines = options.deadlines ?? DEFAULT_FORUM_DEADLINES;
    this.asOf =
      options.asOf === undefined
        ? Infinity
        : typeof options.asOf === 'number'
          ? options.asOf
          : Date.parse(options.asOf);
  }

  /** Make a CC appear in the output even when it has nothing in these months. */
  touch(ccId: string): void {
    for (let m = this.first; m <= this.last; m++) this.cell(ccId, m);
  }

  private cell(ccId: string, month: number): MonthCell {
    let months = this.cells.get(ccId);
    if (!months) {
      months = new Array<MonthCell | undefined>(this.last - this.first + 1);
      this.cells.set(ccId, months);
    }
    let cell = months[month - this.first];
    if (!cell) {
      cell = new MonthCell();
      months[month - this.first] = cell;
    }
    return cell;
  }

  private inRange(month: number): boolean {
    return month >= this.first && month <= this.last;
  }

  /** Month index of an instant when it is a real, in-range event; else -1. */
  private eventMonth(ms: number): number {
    if (ms === Infinity) return -1;
    const month = monthIndexOfInstant(ms);
    return this.inRange(month) ? month : -1;
  }

  add(record: ForumRecord, timeline: Timeline = timelineOf(record)): void {
    const t = timeline;
    if (!Number.isFinite(t.received)) return;
    this.records++;
    const cc = record.ccId;
    const receivedMonth = monthIndexOfInstant(t.received);

    if (this.inRange(receivedMonth)) this.addReceived(this.cell(cc, receivedMonth), record);

    let m = this.eventMonth(t.verified);
    if (m >= 0) {
      const cell = this.cell(cc, m);
      cell.verified++;
      cell.toVerify.add(this.calendar.workingDaysBetween(t.received, t.verified));
    }
    m = this.eventMonth(t.followedUp);
    if (m >= 0) this.cell(cc, m).followedUp++;
    m = this.eventMonth(t.resolved);
    if (m >= 0) {
      const cell = this.cell(cc, m);
      cell.resolved++;
      cell.toResolve.add(this.calendar.workingDaysBetween(t.received, t.resolved));
      const score = record.satisfaction;
      if (score !== undefined && Number.isInteger(score) && score >= 1 && score <= 5) {
        cell.satisfaction[score - 1]!++;
      }
    }
    m = this.eventMonth(t.rejected);
    if (m >= 0) this.cell(cc, m).rejected++;
    m = this.eventMonth(t.closedWithoutResponse);
    if (m >= 0) this.cell(cc, m).closedWithoutResponse++;

    // Open months: from the month of receipt until the case closed (or the range ends).
    const closedMonth = t.closed === Infinity ? Infinity : monthIndexOfInstant(t.closed);
    const start = Math.max(this.first, receivedMonth);
    const end = Math.min(this.last, closedMonth);
    for (let month = start; month <= end; month++) {
      const monthStart = monthStartMs(month);
      if (monthStart > this.asOf) break;
      const cell = this.cell(cc, month);
      if (month > receivedMonth && t.closed >= monthStart) cell.openCarriedOver++;
      const at = Math.min(monthEndMs(month) - 1, this.asOf);
      if (t.received <= at && t.closed > at) {
        cell.openAtEnd++;
        const stage = overdueStageAt(t, at, this.calendar, this.deadlines);
        if (stage) cell.overdue[stage]++;
      }
    }
  }

  private addReceived(cell: MonthCell, record: ForumRecord): void {
    cell.received++;
    cell.sector.add(record.sector);
    cell.spellings.add(record.provider.trim());
    cell.maladministration.add(record.maladministration ?? NOT_RECORDED);
    cell.channel.add(record.channel ?? NOT_RECORDED);
    cell.village.add(record.desa.trim());
    cell.gender.add(record.gender ?? NOT_RECORDED);
    cell.ageGroup.add(record.ageGroup ?? NOT_RECORDED);
    for (const kind of record.disabilities ?? []) cell.disabilityKind.add(kind);
    if (record.disability === true || (record.disabilities?.length ?? 0) > 0) cell.disability.ya++;
    else if (record.disability === false) cell.disability.tidak++;
    else cell.disability.tidak_tercatat++;
    cell.peopleAffected += peopleAffectedOf(record);
  }

  /** Complaints fed so far (with a readable receipt date). */
  get recordCount(): number {
    return this.records;
  }

  /** The aggregates, sorted by CC id then month; every CC seen has every month of the range. */
  finish(): CcMonthlyAggregate[] {
    const out: CcMonthlyAggregate[] = [];
    for (const cc of [...this.cells.keys()].sort()) {
      for (let m = this.first; m <= this.last; m++) {
        out.push(toAggregate(cc, monthFromIndex(m), this.cell(cc, m)));
      }
    }
    return out;
  }
}

/** People affected by one complaint: at least the complainant. */
export function peopleAffectedOf(record: ForumRecord): number {
  const n = record.peopleAffected;
  return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1;
}

function toAggregate(ccId: string, month: MonthKey, cell: MonthCell): CcMonthlyAggregate {
  const byKey = new Map<string, [string, number][]>();
  for (const [name, count] of cell.spellings.map) {
    const key = providerKey(name);
    const list = byKey.get(key) ?? [];
    list.push([name, count]);
    byKey.set(key, list);
  }
  const byProvider: Record<string, number> = {};
  const providerNames: Record<string, string> = {};
  for (const key of [...byKey.keys()].sort()) {
    const spellings = byKey.get(key)!;
    byProvider[key] = spellings.reduce((sum, [, n]) => sum + n, 0);
    providerNames[key] = mostUsedSpelling(spellings);
  }
  const responses = cell.satisfaction.reduce((a, b) => a + b, 0);
  const sum = cell.satisfaction.reduce((a, n, i) => a + n * (i + 1), 0);
  const [s1, s2, s3, s4, s5] = cell.satisfaction as [number, number, number, number, number];
  return {
    ccId,
    month,
    received: cell.received,
    verified: cell.verified,
    followedUp: cell.followedUp,
    resolved: cell.resolved,
    rejected: cell.rejected,
    closedWithoutResponse: cell.closedWithoutResponse,
    openCarriedOver: cell.openCarriedOver,
    openAtEnd: cell.openAtEnd,
    bySector: cell.sector.toRecord(),
    byProvider,
    providerNames,
    byMaladministration: cell.maladministration.toRecord(),
    byChannel: cell.channel.toRecord(),
    byVillage: cell.village.toRecord(),
    complainants: {
      byGender: cell.gender.toRecord(),
      byAgeGroup: cell.ageGroup.toRecord(),
      byDisability: { ...cell.disability },
      byDisabilityKind: cell.disabilityKind.toRecord()
    },
    peopleAffected: cell.peopleAffected,
    workingDaysToVerify: cell.toVerify.stats(),
    workingDaysToResolve: cell.toResolve.stats(),
    overdue: {
      ...cell.overdue,
      total: cell.overdue.verification + cell.overdue.followUp + cell.overdue.resolution
    },
    satisfaction: {
      responses,
      mean: responses === 0 ? null : Math.round((sum / responses) * 100) / 100,
      distribution: { '1': s1, '2': s2, '3': s3, '4': s4, '5': s5 }
    }
  };
}
