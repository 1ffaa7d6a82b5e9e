/** Where each server-owned thing lives (docs/DATA-MODEL.md). One place, so tests and handlers agree. */
export const paths = {
  center: (cc: string) => `centers/${cc}`,
  complaints: (cc: string) => `centers/${cc}/complaints`,
  complaint: (cc: string, id: string) => `centers/${cc}/complaints/${id}`,
  contact: (cc: string, id: string) => `centers/${cc}/complaints/${id}/private/contact`,
  logEntry: (cc: string, id: string, entry: string) => `centers/${cc}/complaints/${id}/log/${entry}`,
  /** Register-number sequence of one CC and one year (WITA). */
  registerCounter: (cc: string, year: number) => `centers/${cc}/counters/${year}`,
  /** Live counts of the CC's cases by status, kept by the case triggers. */
  caseCounts: (cc: string) => `centers/${cc}/stats/cases`,
  member: (cc: string, uid: string) => `centers/${cc}/members/${uid}`,
  monthly: (cc: string, month: string) => `centers/${cc}/monthly/${month}`,
  forum: (month: string) => `forum/${month}`,
  /** Progress of a month's run fanned out one task per CC; server-only (no rule opens it). */
  forumRun: (month: string) => `forumRuns/${month}`,
  /** One CC's share of that run: the ranking's counts before scoring. */
  forumPartials: (month: string) => `forumRuns/${month}/partials`,
  forumPartial: (month: string, cc: string) => `forumRuns/${month}/partials/${cc}`,
  tracking: (code: string) => `tracking/${code}`,
  audit: (id: string) => `audit/${id}`
} as const;
