/**
 * Scale check for the monthly forum (not a test): aggregates a year and ranks one month of
 * 1,000,000 complaints from 2,000 CCs, streamed from the generator in one process, and prints
 * throughput and peak memory. Memory must follow the number of aggregates, not of complaints.
 *
 *   npx tsx core/bench/forum-scale.ts [--complaints 1000000] [--ccs 2000] [--runs 3]
 *
 * Each run is a fresh child process so peak RSS is that run's own; the parent prints medians.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ForumMonth } from '../src/forum/forum-month';
import { generateYear } from '../src/forum/generator';

interface RunResult {
  complaints: number;
  ccs: number;
  aggregates: number;
  issues: number;
  generateMs: number;
  totalMs: number;
  recordsPerSecond: number;
  peakHeapMB: number;
  maxRssMB: number;
}

const { values } = parseArgs({
  options: {
    complaints: { type: 'string', default: '1000000' },
    ccs: { type: 'string', default: '2000' },
    runs: { type: 'string', default: '3' },
    child: { type: 'boolean', default: false }
  }
});
const complaints = Number(values.complaints);
const ccs = Number(values.ccs);
const YEAR = 2026;

function runOnce(): RunResult {
  const options = { seed: 2026, year: YEAR, ccs, total: complaints };
  // Time the generator alone so the forum's own cost can be told apart.
  let t0 = performance.now();
  let generated = 0;
  for (const _record of generateYear(options)) generated++;
  const generateMs = performance.now() - t0;

  let peakHeap = 0;
  t0 = performance.now();
  const forum = new ForumMonth({ month: `${YEAR}-12`, aggregateFrom: `${YEAR}-01` });
  let n = 0;
  for (const record of generateYear(options)) {
    forum.add(record);
    if (++n % 100_000 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const result = forum.finish();
  const totalMs = performance.now() - t0;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  if (generated !== n) throw new Error('generator is not deterministic');
  return {
    complaints: n,
    ccs,
    aggregates: result.aggregates.length,
    issues: result.ranking.issues.length,
    generateMs: Math.round(generateMs),
    totalMs: Math.round(totalMs),
    recordsPerSecond: Math.round(n / (totalMs / 1000)),
    peakHeapMB: Math.round(peakHeap / 2 ** 20),
    // maxRSS is in kilobytes on Linux.
    maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024)
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : Math.round((s[mid - 1]! + s[mid]!) / 2);
}

if (values.child) {
  process.stdout.write(JSON.stringify(runOnce()));
} else {
  const runs = Number(values.runs);
  const results: RunResult[] = [];
  for (let i = 0; i < runs; i++) {
    const output = execFileSync(
      process.execPath,
      [
        ...process.execArgv,
        fileURLToPath(import.meta.url),
        '--child',
        '--complaints',
        String(complaints),
        '--ccs',
        String(ccs)
      ],
      { encoding: 'utf8', maxBuffer: 1 << 20 }
    );
    const result = JSON.parse(output) as RunResult;
    results.push(result);
    console.log(`run ${i + 1}:`, JSON.stringify(result));
  }
  const first = results[0]!;
  console.log(
    [
      `complaints ${first.complaints}, CCs ${first.ccs}, aggregates ${first.aggregates} (CC × month), ranked issues ${first.issues}`,
      `median of ${runs} runs:`,
      `  generator alone        ${median(results.map((r) => r.generateMs))} ms`,
      `  aggregate + rank (incl. generator) ${median(results.map((r) => r.totalMs))} ms`,
      `  throughput             ${median(results.map((r) => r.recordsPerSecond))} complaints/s`,
      `  peak heap used         ${median(results.map((r) => r.peakHeapMB))} MB`,
      `  max RSS                ${median(results.map((r) => r.maxRssMB))} MB`
    ].join('\n')
  );
}
