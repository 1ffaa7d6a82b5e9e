/**
 * Everything the monthly forum needs in one pass over the complaints: the per-CC aggregates of
 * the month and the network ranking. Each record's timeline is computed once and shared.
 */
import { rankingConfig, type RankingConfig, type RankingWeights } from '../ranking/config';
import { RankingAccumulator, type RankingResult } from '../ranking/rank';
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

export class ForumMonth {
  private readonly aggregator: MonthlyAggregator;
  private readonly ranking: RankingAccumulator;

  constructor(readonly options: ForumMonthOptions) {
    const asOfMs =
      options.asOf === undefined
        ? Infinity
        : typeof options.asOf === 'number'
          ? options.asOf
          : Date.parse(options.asOf);
    const config = rankingConfig({
      ...options.ranking,
      ...(options.calendar ? { calendar: options.calendar } : {}),
      ...(options.deadlines ? { deadlines: options.deadlines } : {})
    });
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

  finish(): ForumMonthResult {
    return {
      month: this.options.month,
      aggregates: this.aggregator.finish(),
      ranking: this.ranking.finish()
    };
  }
}
