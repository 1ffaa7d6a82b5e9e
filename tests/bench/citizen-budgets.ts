/**
 * The citizen app's budgets (issue 8), measured on the built site. Not a test: run it and copy
 * the figures into BENCHMARKS.md.
 *
 *   npx tsx tests/bench/citizen-budgets.ts [--runs 3]
 *
 * 1. JavaScript, gzip: first load of home and form as web/scripts/bundle-report.ts computes it
 *    from the build manifest, and what a real Chromium fetches to complete a submission.
 * 2. Lighthouse (mobile preset: simulated slow 4G, Moto G-class CPU) on home, form and tracking
 *    pages, N runs each, medians of performance, accessibility and best practices.
 * 3. Firestore reads of the tracking page, counted at the emulator.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, openPhone } from '../browser/support/browser';
import { fillComplaint } from '../browser/support/complaint-form';
import { freePort } from '../browser/support/auth-emulator';
import { ownerOf, seedCenter } from '../browser/support/owner';
import { startCitizenStack } from '../browser/support/stack';
import { seedTrackingView } from '../browser/support/tracking';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;
const WEB = fileURLToPath(new URL('../../web/', import.meta.url));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
console.log('Starting the stack (Firestore emulator, Auth emulator, web build)…');
// Lighthouse's simulation scales what it observes: a busy machine lowers the performance score.
console.log(
  `Machine: ${cpus().length} CPUs, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`
);
const stack = await startCitizenStack();
const CLIENT = join(stack.kitDir, 'output', 'client');
/** gzip -9 of a built file, as bundle-report.ts counts it. */
const gzipOf = (path: string) => gzipSync(readFileSync(join(CLIENT, path)), { level: 9 }).length;
const owner = ownerOf(stack.firestoreHost, stack.project);
try {
  // ── 1. JavaScript ──
  console.log('\n## JavaScript (gzip -9)\n\nFrom the build manifest (web/scripts/bundle-report.ts):');
  const report = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-report.ts'], {
    cwd: WEB,
    env: { ...process.env, BUKU_WEB_KIT_DIR: stack.kitDir },
    encoding: 'utf8'
  });
  if (report.status !== 0) throw new Error(`bundle-report failed:\n${report.stderr}`);
  // The citizen's routes; the staff app's are not this budget's.
  for (const line of report.stdout.split('\n')) if (line.startsWith('/(warga)')) console.log(`  ${line}`);

  await seedCenter(owner.db, 'bench', 'CC Bench');
  const phone = await openPhone();
  const scripts = new Set<string>();
  phone.page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === stack.siteUrl && url.pathname.endsWith('.js') && url.pathname !== '/service-worker.js')
      scripts.add(url.pathname);
  });
  const sum = () => [...scripts].reduce((total, path) => total + gzipOf(path.slice(1)), 0);
  await phone.page.goto(`${stack.siteUrl}/`, { waitUntil: 'networkidle' });
  const home = sum();
  scripts.clear();
  await phone.page.goto(`${stack.siteUrl}/adukan`, { waitUntil: 'networkidle' });
  const formFirst = sum();
  await fillComplaint(phone.page, { ccName: 'CC Bench', privacy: 'publik' });
  await phone.page.getByRole('button', { name: 'Kirim pengaduan' }).click();
  await phone.page.getByText('Terkirim', { exact: true }).waitFor({ timeout: 30_000 });
  const submission = sum();
  await phone.close();
  const precache = JSON.parse(readFileSync(join(CLIENT, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string }
  >;
  const allJs = new Set(Object.values(precache).map((chunk) => chunk.file));
  const everything = [...allJs].reduce((total, file) => total + gzipOf(file), 0);
  console.log('\nFetched by Chromium (fresh profile, gzip -9 of each file fetched):');
  console.log(`  home, first load:                    ${kb(home)}   (budget 100 KB)`);
  console.log(`  form, first load:                    ${kb(formFirst)}   (budget 100 KB)`);
  console.log(`  form + everything to send one:       ${kb(submission)}   (budget 170 KB)`);
  console.log(
    `  all JS of the build (the service worker precaches it after the first load): ${kb(everything)}`
  );

  // ── 3. Firestore reads of the tracking page ──
  const code = await seedTrackingView(owner.db);
  const trackingPhone = await openPhone();
  const before = stack.requests.length;
  await trackingPhone.page.goto(`${stack.siteUrl}/lacak/${code}`, { waitUntil: 'networkidle' });
  await trackingPhone.page.locator('.status').waitFor();
  const trackingRequests = stack.requests.slice(before).filter((line) => !line.startsWith('OPTIONS'));
  await trackingPhone.close();
  const reads = trackingRequests.filter((line) => /:batchGet|:runQuery|^GET /.test(line)).length;
  console.log('\n## Firestore, tracking page\n');
  console.log(`  requests at the emulator: ${trackingRequests.length} (${trackingRequests.join('; ')})`);
  console.log(`  document reads: ${reads} (budget 2)`);

  // ── 2. Lighthouse ──
  const pages = { home: '/', form: '/adukan', tracking: `/lacak/${code}` };
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`]
  });
  const scores: Record<string, Record<string, number[]>> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${stack.siteUrl}${path}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices']
        });
        if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
        const { categories, audits } = result.lhr;
        const page = (scores[name] ??= {});
        for (const id of ['performance', 'accessibility', 'best-practices']) {
          (page[id] ??= []).push(Math.round((categories[id]?.score ?? 0) * 100));
        }
        for (const metric of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']) {
          (page[metric] ??= []).push(Math.round(audits[metric]?.numericValue ?? 0));
        }
        const failing = Object.values(audits).filter(
          (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary'
        );
        if (run === 0 && failing.length > 0)
          console.log(`  ${name}: audits not passed: ${failing.map((audit) => audit.id).join(', ')}`);
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`\n## Lighthouse ${lighthouseVersion()}, mobile preset, ${RUNS} runs, medians\n`);
  console.log(
    `(load average after the runs: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')})\n`
  );
  console.log('| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, page] of Object.entries(scores)) {
    const m = (id: string) => median(page[id] ?? []);
    console.log(
      `| ${name} | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${m('first-contentful-paint')} | ${m('largest-contentful-paint')} | ${m('total-blocking-time')} |`
    );
    console.log(
      `|   (all runs) | ${page.performance?.join(', ')} | ${page.accessibility?.join(', ')} | ${page['best-practices']?.join(', ')} | | | |`
    );
  }
} finally {
  await owner.close();
  await stack.stop();
}

function lighthouseVersion(): string {
  const manifest = fileURLToPath(new URL('../../node_modules/lighthouse/package.json', import.meta.url));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
