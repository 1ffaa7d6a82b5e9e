/**
 * The monthly forum as the dashboard reads it: `forum/{yyyy-mm}` (the network ranking with each
 * issue's components and explanation) and `centers/{cc}/monthly/{yyyy-mm}` (one CC's aggregate),
 * both written by functions with core's shapes. Read defensively: a missing field shows as 0.
 */
import type { Label } from '@buku/core/i18n';
import { addMonths, isMonthKey, monthOfInstant } from '@buku/core/forum/time';
import { COMPONENT_NAMES, type ComponentName } from '@buku/core/ranking/config';

type Data = Record<string, unknown>;

const num = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const record = (value: unknown): Data => (typeof value === 'object' && value !== null ? (value as Data) : {});
const counts = (value: unknown): [string, number][] =>
  Object.entries(record(value))
    .map(([key, n]): [string, number] => [key, num(n)])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** The month whose forum is held now: the last full month in WITA. */
export function forumMonthAt(now: Date): string {
  return addMonths(monthOfInstant(now.getTime()), -1);
}

export { addMonths, isMonthKey };

export interface ForumIssue {
  rank: number;
  key: string;
  sector: string;
  provider: string;
  score: number;
  complaints: number;
  previousMonth: number;
  ccs: number;
  villages: number;
  openAtEnd: number;
  overdueAtEnd: number;
  components: { name: ComponentName; value: number; weight: number; points: number }[];
  explanation: Label;
}

export interface ForumRanking {
  month: string;
  centers: number;
  complaints: number;
  issueCount: number;
  issues: ForumIssue[];
}

export function rankingFromData(data: Data): ForumRanking {
  const issues = (Array.isArray(data.issues) ? data.issues : []).map((raw): ForumIssue => {
    const issue = record(raw);
    const facts = record(issue.facts);
    const components = record(issue.components);
    const explanation = record(issue.explanation);
    return {
      rank: num(issue.rank),
      key: str(issue.key),
      sector: str(issue.sector),
      provider: str(issue.provider),
      score: num(issue.score),
      complaints: num(facts.complaints),
      previousMonth: num(facts.previousMonth),
      ccs: num(facts.ccs),
      villages: num(facts.villages),
      openAtEnd: num(facts.openAtEnd),
      overdueAtEnd: num(facts.overdueAtEnd),
      components: COMPONENT_NAMES.map((name) => {
        const c = record(components[name]);
        return { name, value: num(c.value), weight: num(c.weight), points: num(c.points) };
      }),
      explanation: { id: str(explanation.id), en: str(explanation.en) }
    };
  });
  return {
    month: str(data.month),
    centers: num(data.centers),
    complaints: num(data.complaints),
    issueCount: num(data.issueCount) || issues.length,
    issues: issues.sort((a, b) => a.rank - b.rank)
  };
}

export interface CenterMonth {
  ccId: string;
  month: string;
  received: number;
  verified: number;
  followedUp: number;
  resolved: number;
  rejected: number;
  closedWithoutResponse: number;
  openAtEnd: number;
  overdue: number;
  peopleAffected: number;
  /** Sector id → complaints, most first. */
  bySector: [string, number][];
  byVillage: [string, number][];
}

export function centerMonthFromData(data: Data): CenterMonth {
  return {
    ccId: str(data.ccId),
    month: str(data.month),
    received: num(data.received),
    verified: num(data.verified),
    followedUp: num(data.followedUp),
    resolved: num(data.resolved),
    rejected: num(data.rejected),
    closedWithoutResponse: num(data.closedWithoutResponse),
    openAtEnd: num(data.openAtEnd),
    overdue: num(record(data.overdue).total),
    peopleAffected: num(data.peopleAffected),
    bySector: counts(data.bySector),
    byVillage: counts(data.byVillage)
  };
}

/** The change against last month, as shown: "+3", "−2", "0". */
export function change(now: number, before: number): string {
  const delta = now - before;
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';
}

/** Width of a bar, in percent of the largest value (0 when there is nothing). */
export function barPercent(value: number, largest: number): number {
  return largest > 0 ? Math.round((value / largest) * 100) : 0;
}
