/**
 * Exact median and 90th percentile of whole working days with memory bounded by the number of
 * distinct values (a few dozen), not the number of cases.
 */
export interface DayStats {
  count: number;
  /** Nearest-rank median (the lower middle value when the count is even); null when empty. */
  median: number | null;
  /** Nearest-rank 90th percentile; null when empty. */
  p90: number | null;
}

export class DayHistogram {
  private readonly counts = new Map<number, number>();
  private total = 0;

  add(days: number): void {
    this.counts.set(days, (this.counts.get(days) ?? 0) + 1);
    this.total++;
  }

  /** Smallest value v with at least ceil(p * n) values <= v (nearest rank). */
  quantile(p: number): number | null {
    if (this.total === 0) return null;
    const rank = Math.max(1, Math.ceil(p * this.total));
    const values = [...this.counts.keys()].sort((a, b) => a - b);
    let seen = 0;
    for (const value of values) {
      seen += this.counts.get(value)!;
      if (seen >= rank) return value;
    }
    return values[values.length - 1]!;
  }

  stats(): DayStats {
    return { count: this.total, median: this.quantile(0.5), p90: this.quantile(0.9) };
  }
}
