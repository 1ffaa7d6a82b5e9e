/**
 * The monthly forum job, on the clock. The Functions emulator does not run scheduled functions
 * by itself (DESIGN.md section 6), so the stack does what Cloud Scheduler would: once last month
 * (WITA) has no `forum/{yyyy-mm}` yet — at the first start of a month, or when the month turns
 * while the stack runs — it calls the same handler as `monthlyForum` (computeMonthlyForum).
 * The deployed job runs at 01:00 WITA on the 1st; here it runs at the first check after midnight.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { computeMonthlyForum, previousMonth } from '../../functions/src/forum/monthly-forum';
import { paths } from '../../functions/src/paths';

export interface MonthlySchedule {
  /** Runs the check now; resolves with the month computed, if any. */
  check(): Promise<string | undefined>;
  stop(): void;
}

export function scheduleMonthlyForum(
  db: Firestore,
  options: { everyMs?: number; now?: () => Date; log: (line: string) => void }
): MonthlySchedule {
  const now = options.now ?? (() => new Date());
  let running: Promise<string | undefined> | undefined;
  const check = (): Promise<string | undefined> => {
    running ??= (async () => {
      const month = previousMonth(now());
      if ((await db.doc(paths.forum(month)).get()).exists) return undefined;
      const started = Date.now();
      await computeMonthlyForum(db, month);
      options.log(
        `• Forum bulanan / monthly forum ${month} dihitung / computed (${Date.now() - started} ms)`
      );
      return month;
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  const run = () =>
    void check().catch((error: unknown) =>
      options.log(`✗ monthlyForum: ${error instanceof Error ? error.message : String(error)}`)
    );
  const timer = setInterval(run, options.everyMs ?? 10 * 60_000);
  timer.unref();
  return { check, stop: () => clearInterval(timer) };
}
