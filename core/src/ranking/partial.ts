/**
 * The ranking's state before scoring, as plain data: what `RankingAccumulator` has counted so far
 * for each issue. A share of the complaints (one CC's book, say) gives a partial; merging the
 * partials of every share and scoring them gives exactly the ranking of one pass over all the
 * complaints — same issues, scores, components and order — because every counter is a sum, the
 * villages are a set, and scoring sums floats in CC-id order (rank.test.ts / partial.test.ts).
 *
 * A partial names CCs, villages and provider spellings and holds counts; nothing about a person.
 * It is canonical (issues by key, lists sorted), so equal state gives equal data, and it holds no
 * array directly inside an array, so Firestore can store it as it is.
 */
import * as z from 'zod';
import { SECTOR_IDS } from '../taxonomy/index';

const count = z.number().int().nonnegative();

export const IssuePartialSchema = z.object({
  /** `${sector}|${providerKey}`. */
  key: z.string().min(1),
  sector: z.enum(SECTOR_IDS),
  providerKey: z.string(),
  /** Complaints received in each month of the window, oldest first, the ranked month last. */
  monthly: z.array(count),
  /** Complaints received in the ranked month, per CC, by CC id. */
  perCc: z.array(z.object({ ccId: z.string().min(1), complaints: count })),
  /** Village keys of the ranked month's complaints, sorted. */
  villages: z.array(z.string()),
  /** How often each spelling of the provider was used, by name. */
  spellings: z.array(z.object({ name: z.string(), count })),
  people: count,
  urgency: z.object({ biasa: count, mendesak: count, darurat: count, tidak_tercatat: count }),
  active: count,
  openAtEnd: count,
  overdueAtEnd: count
});
export type IssuePartial = z.infer<typeof IssuePartialSchema>;

export const RankingPartialSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** Months each issue's `monthly` covers (the persistence window, at least 2). */
  window: z.number().int().min(2),
  issues: z.array(IssuePartialSchema)
});
export type RankingPartial = z.infer<typeof RankingPartialSchema>;

/** A partial read back from storage, checked (throws on anything that is not one). */
export function parseRankingPartial(input: unknown): RankingPartial {
  return RankingPartialSchema.parse(input);
}
