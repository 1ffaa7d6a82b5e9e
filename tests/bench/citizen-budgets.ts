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
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPhone } from '../browser/support/browser';
import { fillComplaint } from '../browser/support/complaint-form';
import { ownerOf, seedCenter } from '../browser/support/owner';
import { startCitizenStack } from '../browser/support/stack';
import { seedTrackingView } from '../browser/support/tracking';
import {
  bundleReport,
  gzipOfBuilt,
  kb,
  launchDebuggableChromium,
  lighthouseRuns,
  lighthouseTable,
  loadAverage,
  machineLine,
  runsFromArgs,
  type LighthousePage
} from './measure';

const RUNS = runsFromArgs(3);
console.log('Starting the stack (Firestore emulator, Auth emulator, web build)…');
console.log(machineLine());
const stack = await startCitizenStack();
const CLIENT = join(stack.kitDir, 'output', 'client');
/** gzip -9 of a built file, as bundle-report.ts counts it. */
const gzipOf = gzipOfBuilt(CLIENT);
const owner = ownerOf(stack.firestoreHost, stack.project);
try {
  // ── 1. JavaScript ──
  console.log('\n## JavaScript (gzip -9)\n\nFrom the build manifest (web/scripts/bundle-report.ts):');
  // The citizen's routes; the staff app's are not this budget's.
  for (const [route, bundle] of bundleReport(stack.kitDir)) {
    if (route.startsWith('/(warga)'))
      console.log(
        `  ${route.padEnd(32)} first load ${bundle.firstLoad.toFixed(1)} KB   loaded on demand ${bundle.onDemand.toFixed(1)} KB   together ${bundle.together.toFixed(1)} KB`
      );
  }

  await seedCenter(owner.db, 'bench', 'CC Bench');
  const phone = await openPhone();
  const scripts = new Set<string>();
  phone.page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === stack.siteUrl && url.pathname.endsWith('.js') && url.pathname !== '/service-worker.js')
      scripts.add(url.pathname);
  });
  const sum = () => [...scripts].reduce((total, path) => total + gzipOf(path), 0);
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
  const browser = await launchDebuggableChromium();
  const scores: Record<string, LighthousePage> = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      scores[name] = await lighthouseRuns(`${stack.siteUrl}${path}`, { port: browser.port, runs: RUNS });
    }
  } finally {
    await browser.close();
  }
  console.log(`\n## Lighthouse\n\n(load average after the runs: ${loadAverage()})\n`);
  console.log(lighthouseTable(scores, RUNS));
} finally {
  await owner.close();
  await stack.stop();
}
