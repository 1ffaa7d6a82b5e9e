/**
 * Everything the monthly forum needs in one pass over the complaints: the per-CC aggregates of
 * the month and the network ranking. Each record's timeline is computed once and shared.
 *
 * When one pass cannot see every CC (the monthly job fanned out, one task per CC), each share
 * ends with `finishPartial` instead, and `rankForumPartials` merges the shares' ranking partials
 * into the ranking one pass would have given. A CC's aggregate needs only that CC's complaints.
 */
import { rankingConfig, type RankingConfig, type RankingWeights } from '../ranking/config';
import type { RankingPartial } from '../ranking/partial';
import { RankingAccumulator, rankPartials, type RankingResult } from '../ranking/rank';
import { MonthlyAggregator, type CcMonthlyAggregate } from './aggregate';
import type { ForumRecord } from './record';
import { timelineOf, type ForumDeadlines } from './timeline';
import type { MonthKey } from './time';
import type { WorkingDayCalendar } from './working-days';

export interface ForumMonthOptions {
  month: MonthKey;
  /** Aggregate from this month on (default: `month` only); the ranking is always for `month`. */
  aggregateFrom?: MonthKey;
  calendar?: WorkingDayCalendar;
  deadlines?: ForumDeadlines;
  asOf?: string | number;
  ranking?: Partial<Omit<RankingConfig, 'weights'>> & { weights?: Partial<RankingWeights> };
}

export interface ForumMonthResult {
  month: MonthKey;
  aggregates: CcMonthlyAggregate[];
  ranking: RankingResult;
}

export interface ForumMonthPartial {
  month: MonthKey;
  aggregates: CcMonthlyAggregate[];
  /** The ranking's counts before scoring, to merge with the other shares'. */
  ranking: RankingPartial;
}

function asOfMsOf(asOf: ForumMonthOptions['asOf']): number {
  return asOf === undefined ? Infinity : typeof asOf === 'number' ? asOf : Date.parse(asOf);
}

function forumRankingConfig(options: ForumMonthOptions): RankingConfig {
  return rankingConfig({
    ...options.ranking,
    ...(options.calendar ? { calendar: options.calendar } : {}),
    ...(options.deadlines ? { deadlines: options.deadlines } : {})
  });
}

/**
 * The ranking from the partials of ForumMonths run with the same options over disjoint shares of
 * the complaints (e.g. one per CC): the ranking of one ForumMonth over all of them.
 */
export function rankForumPartials(
  options: ForumMonthOptions,
  partials: Iterable<RankingPartial>
): RankingResult {
  return rankPartials(partials, options.month, forumRankingConfig(options));
}

export class ForumMonth {
  private readonly aggregator: MonthlyAggregator;
  private readonly ranking: RankingAccumulator;

  constructor(readonly options: ForumMonthOptions) {
    const asOfMs = asOfMsOf(options.asOf);
    const config = forumRankingConfig(options);
    this.aggregator = new MonthlyAggregator({
      from: options.aggregateFrom ?? options.month,
      to: options.month,
      calendar: config.calendar,
      deadlines: config.deadlines,
      asOf: asOfMs
    });
    this.ranking = new RankingAccumulator(options.month, config, asOfMs);
  }

  /** Show a CC in the aggregates even when its book is empty for the month. */
  touch(ccId: string): void {
    this.aggregator.touch(ccId);
  }

  add(record: ForumRecord): void {
    const timeline = timelineOf(record);
    this.aggregator.add(record, timeline);
    this.ranking.add(record, timeline);
  }

  /** The aggregates, and the ranking left unscored for `rankForumPartials`. */
  finishPartial(): ForumMonthPartial {
    return {
      month: this.options.month,
      aggregates: this.aggregator.finish(),
      ranking: this.ranking.partial()
    };
  }

  finish(): ForumMonthResult {
    return {
      month: this.options.month,
      aggregates: this.aggregator.finish(),
      ranking: this.ranking.finish()
    };
  }
}
