/**
 * The whole product's figures (issues 8, 9, 10), on the stack `npm start` brings up (free ports,
 * throw-away data, the seeded demo network). Not a test: it prints figures for BENCHMARKS.md.
 *
 *   npx tsx tests/bench/product.ts [--runs 3]
 *
 * 1. JavaScript per route, gzip -9: the first load web/scripts/bundle-report.ts computes from the
 *    build manifest, and what a real Chromium fetches on the page (every .js response).
 * 2. Lighthouse (mobile preset) on citizen pages and, signed in, on staff pages; medians of N runs.
 * 3. Firestore reads per screen, counted as Firestore bills them from the REST responses the
 *    page receives from the emulator, from navigation until the page is settled.
 * 4. Intake: N complaints written to one CC by anonymous citizens as the app writes them, until
 *    the trigger has numbered each and written its tracking view; complaints/s, p50/p95.
 * 5. The monthly job (the recomputeMonth callable, as the demo admin, through the Functions
 *    emulator) for each of the 12 seeded months.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { doc, runTransaction, serverTimestamp, type Firestore } from 'firebase/firestore/lite';
import { chromium, type BrowserContext, type Page, type Request, type Response } from 'playwright-core';
import { CitizenComplaintSchema } from '@buku/core/complaints/schema';
import { generateTrackingCode } from '@buku/core/tracking/tracking-code';
import { witaDate } from '@buku/core/wita/index';
import { FIRST_MONTH, LAST_MONTH } from '../../seed/complaints';
import { newComplaintId } from '../../web/src/lib/outbox/ids';
import { CHROMIUM, CHROMIUM_FLAGS } from '../browser/support/browser';
import { ownerOf, type Owner } from '../browser/support/owner';
import { ADMIN, MODERATOR_SANDIK, clientOf, signInOnPhone, type Client } from '../e2e/support/accounts';
import { startProductStack, type ProductStack } from '../e2e/support/product-stack';
import {
  bundleReport,
  gzipOfBuilt,
  kb,
  launchDebuggableChromium,
  lighthouseRuns,
  lighthouseTable,
  loadAverage,
  machineLine,
  median,
  quantile,
  runsFromArgs,
  type LighthousePage,
  type RouteBundle
} from './measure';

const RUNS = runsFromArgs(3);
const INTAKE_COMPLAINTS = 200;
/** Citizens sending at once, each one complaint after another (as phones coming online). */
const INTAKE_SENDERS = 10;
const INTAKE_CC = 'sandik';
/** A page is settled when no Firestore request is in flight and none started for this long. */
const QUIET_MS = 1500;

console.log(machineLine());
console.log(`Runs: ${RUNS}. Starting the product as \`npm start\` does (builds, emulators, seed)…`);
const stack = await startProductStack();
console.log(`The product is up in ${stack.startSeconds.toFixed(1)} s at ${stack.siteUrl}`);
const owner = ownerOf(stack.firestoreHost, stack.project);
const firestoreOrigin = `http://${stack.firestoreHost}`;

try {
  const sample = await sampleCase(owner);
  console.log(`Sample case: centers/sandik/complaints/${sample.id}, tracking code ${sample.code}`);

  // ── 1 and 3: JavaScript and Firestore reads per screen ──
  const bundles = bundleReport(stack.kitDir);
  const screens = await measureScreens(stack, sample);
  printScreens(screens, bundles);

  // ── 2: Lighthouse ──
  const lighthousePages = await measureLighthouse(stack, sample);
  console.log(`\n## 2. Lighthouse (load average now ${loadAverage()})\n`);
  console.log(lighthouseTable(lighthousePages, RUNS));

  // ── 4: intake ──
  console.log(`\n## 4. Intake: ${INTAKE_COMPLAINTS} complaints into one CC (${INTAKE_CC})\n`);
  const intakeRuns: IntakeRun[] = [];
  for (let run = 0; run < RUNS; run++) {
    const result = await intakeRun(stack, owner);
    intakeRuns.push(result);
    console.log(
      `  run ${run + 1}: ${result.perSecond.toFixed(1)} complaints/s numbered; writes alone ${result.writesPerSecond.toFixed(1)}/s; write→numbered p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, max ${result.max.toFixed(0)} ms; tracking views ${result.views}/${INTAKE_COMPLAINTS}`
    );
  }
  printIntake(intakeRuns);

  // ── 5: the monthly job ──
  console.log(`\n## 5. The monthly job over the seeded year (${FIRST_MONTH} … ${LAST_MONTH})\n`);
  const monthly = await monthlyRuns(stack);
  printMonthly(monthly);
  console.log(`\nLoad average at the end: ${loadAverage()}`);
} finally {
  await owner.close();
  await stack.stop();
}

// ───────────── the sample case ─────────────

interface SampleCase {
  id: string;
  code: string;
}

/** A seeded case of CC Saling Anton in follow-up with a public tracking view that has log entries. */
async function sampleCase(db: Owner): Promise<SampleCase> {
  const candidates = await db.db
    .collection('centers/sandik/complaints')
    .where('status', '==', 'ditindaklanjuti')
    .limit(20)
    .get();
  for (const candidate of candidates.docs) {
    const code = candidate.data().trackingCode as string | undefined;
    if (!code) continue;
    const view = await db.db.doc(`tracking/${code}`).get();
    if (view.exists && Array.isArray(view.data()?.log) && (view.data()?.log as unknown[]).length > 0)
      return { id: candidate.id, code };
  }
  throw new Error('the demo network has no followed-up case with a public view in sandik');
}

// ───────────── 1 and 3: screens ─────────────

interface Screen {
  name: string;
  path: string;
  /** SvelteKit's route id, as bundle-report.ts names it. */
  route: string;
  /** What shows the page has its data. */
  ready: string;
  budget?: number;
}

interface FirestoreCall {
  method: string;
  reads: number;
  writes: number;
  status: number;
}

interface ScreenFigures extends Screen {
  scripts: number;
  scriptGzip: number;
  calls: FirestoreCall[];
  reads: number;
  /** What the page showed, e.g. the number of cases listed. */
  note: string;
}

/** A phone as openPhone() gives it, with service workers blocked so every response can be read. */
async function openMeasuringPhone(): Promise<{
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'buku-bench-phone-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    hasTouch: true,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    serviceWorkers: 'block'
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  };
}

/**
 * Documents read as Firestore bills them, from one REST response: each document a batchGet or
 * runQuery returns is 1 (a missing document asked by batchGet too), a query that returns nothing
 * is 1, an aggregation is 1 per up to 1000 index entries counted. Commits are writes.
 */
function billedOf(method: string, body: unknown): { reads: number; writes: number } {
  const elements = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
  switch (method) {
    case 'batchGet':
      return { reads: elements.filter((e) => 'found' in e || 'missing' in e).length, writes: 0 };
    case 'runQuery':
      return { reads: Math.max(1, elements.filter((e) => 'document' in e).length), writes: 0 };
    case 'runAggregationQuery': {
      let entries = 0;
      for (const element of elements) {
        const fields = (element.result as { aggregateFields?: Record<string, Record<string, unknown>> })
          ?.aggregateFields;
        for (const value of Object.values(fields ?? {}))
          entries = Math.max(entries, Number(value.integerValue ?? 0));
      }
      return { reads: Math.max(1, Math.ceil(entries / 1000)), writes: 0 };
    }
    // A plain REST GET of one document (the tracking page): 1 read, found or not (404).
    case 'GET document':
      return { reads: 1, writes: 0 };
    case 'commit': {
      const results = (body as { writeResults?: unknown[] } | null)?.writeResults;
      return { reads: 0, writes: Array.isArray(results) ? results.length : 0 };
    }
    default:
      return { reads: 0, writes: 0 };
  }
}

/** Counts a page's .js responses and Firestore calls from `start()` until `settled()`. */
function watchPage(page: Page, siteUrl: string) {
  const scripts = new Set<string>();
  const inFlight = new Set<Request>();
  const calls: Promise<FirestoreCall | undefined>[] = [];
  let lastActivity = Date.now();
  let watching = false;
  const isFirestore = (request: Request) =>
    request.url().startsWith(firestoreOrigin) && request.method() !== 'OPTIONS';
  page.on('request', (request) => {
    if (!watching || !isFirestore(request)) return;
    inFlight.add(request);
    lastActivity = Date.now();
  });
  const done = (request: Request) => {
    if (!inFlight.delete(request)) return;
    lastActivity = Date.now();
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('response', (response: Response) => {
    if (!watching) return;
    const url = new URL(response.url());
    if (url.origin === siteUrl && url.pathname.endsWith('.js') && url.pathname !== '/service-worker.js')
      scripts.add(url.pathname);
    if (!isFirestore(response.request())) return;
    const method = url.pathname.match(/:(\w+)$/)?.[1] ?? `${response.request().method()} document`;
    calls.push(
      response.text().then(
        (text) => {
          const body: unknown = text ? JSON.parse(text) : null;
          const answered =
            response.status() === 200 || (method === 'GET document' && response.status() === 404);
          const billed = answered ? billedOf(method, body) : { reads: 0, writes: 0 };
          return { method, status: response.status(), ...billed };
        },
        () => ({ method, status: response.status(), reads: Number.NaN, writes: 0 })
      )
    );
  });
  return {
    start() {
      scripts.clear();
      inFlight.clear();
      calls.length = 0;
      lastActivity = Date.now();
      watching = true;
    },
    async settled(): Promise<{ scripts: string[]; calls: FirestoreCall[] }> {
      await page.waitForLoadState('networkidle').catch(() => undefined);
      const deadline = Date.now() + 30_000;
      while ((inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 100));
      watching = false;
      const finished = (await Promise.all(calls)).filter((call): call is FirestoreCall => call !== undefined);
      return { scripts: [...scripts], calls: finished };
    }
  };
}

async function measureScreens(stack: ProductStack, sample: SampleCase): Promise<ScreenFigures[]> {
  const gzipOf = gzipOfBuilt(join(stack.kitDir, 'output', 'client'), stack.webBuildDir);
  const figures: ScreenFigures[] = [];
  const measure = async (page: Page, screen: Screen, clearCache: () => Promise<void>) => {
    await clearCache();
    const watcher = watchPage(page, stack.siteUrl);
    watcher.start();
    await page.goto(`${stack.siteUrl}${screen.path}`, { waitUntil: 'load' });
    let note = '';
    try {
      await page.locator(screen.ready).first().waitFor({ timeout: 30_000 });
    } catch {
      note = `NOT READY: ${screen.ready} never showed`;
    }
    const seen = await watcher.settled();
    const landed = new URL(page.url()).pathname;
    if (landed !== screen.path) note = `ended on ${landed}`;
    if (screen.name === 'complaint book' && !note)
      note = `${await page.locator('ol.book > li').count()} cases listed`;
    figures.push({
      ...screen,
      scripts: seen.scripts.length,
      scriptGzip: seen.scripts.reduce((total, path) => total + gzipOf(path), 0),
      calls: seen.calls,
      reads: seen.calls.reduce((total, call) => total + call.reads, 0),
      note
    });
  };

  const citizenScreens: Screen[] = [
    { name: 'home', path: '/', route: '/(warga)', ready: 'h1' },
    { name: 'complaint form', path: '/adukan', route: '/(warga)/adukan', ready: 'h1' },
    {
      name: 'tracking',
      path: `/lacak/${sample.code}`,
      route: '/(warga)/lacak/[code]',
      ready: '.status',
      budget: 2
    },
    { name: 'information', path: '/informasi', route: '/(warga)/informasi', ready: 'h1' },
    { name: 'learning events', path: '/kegiatan', route: '/(warga)/kegiatan', ready: 'h1' }
  ];
  // A citizen's first visit: each page in a fresh profile.
  for (const screen of citizenScreens) {
    const phone = await openMeasuringPhone();
    try {
      await measure(phone.page, screen, async () => undefined);
    } finally {
      await phone.close();
    }
  }

  const staffScreens: { email: string; screens: Screen[] }[] = [
    {
      email: MODERATOR_SANDIK,
      screens: [
        {
          name: 'complaint book',
          path: '/staf/sandik',
          route: '/(staf)/staf/[cc]',
          ready: 'ol.book li',
          budget: 27
        },
        {
          name: 'case',
          path: `/staf/sandik/${sample.id}`,
          route: '/(staf)/staf/[cc]/[id]',
          ready: 'dd.status'
        },
        { name: 'forum dashboard', path: '/staf/forum', route: '/(staf)/staf/forum', ready: 'h1', budget: 5 }
      ]
    },
    {
      email: ADMIN,
      screens: [
        { name: 'admin: CCs', path: '/admin', route: '/(admin)/admin', ready: 'h1' },
        { name: 'admin: agenda', path: '/admin/agenda', route: '/(admin)/admin/agenda', ready: 'h1' }
      ]
    }
  ];
  for (const [index, { email, screens }] of staffScreens.entries()) {
    const phone = await openMeasuringPhone();
    try {
      const cdp = await phone.context.newCDPSession(phone.page);
      // Each staff page as its first load: the session stays (IndexedDB), the HTTP cache goes.
      const clearCache = async () => {
        await cdp.send('Network.clearBrowserCache');
      };
      if (index === 0)
        await measure(
          phone.page,
          { name: 'staff sign-in', path: '/staf/masuk', route: '/(staf)/staf/masuk', ready: 'form.signin' },
          clearCache
        );
      await signInOnPhone(phone.page, stack.siteUrl, email);
      for (const screen of screens) await measure(phone.page, screen, clearCache);
    } finally {
      await phone.close();
    }
  }
  return figures;
}

function printScreens(screens: ScreenFigures[], bundles: Map<string, RouteBundle>): void {
  console.log('\n## 1 and 3. JavaScript (gzip -9) and Firestore reads per screen\n');
  console.log(
    'Citizen pages: first visit, fresh profile. Staff pages: signed in, HTTP cache emptied before each. Service workers blocked.\n'
  );
  console.log(
    '| page | route | first load (manifest) | on demand (manifest) | .js fetched by Chromium | their gzip | Firestore calls | reads | budget |'
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const screen of screens) {
    const bundle = bundles.get(screen.route);
    const calls = screen.calls.map(
      (call) => `${call.method}${call.status === 200 ? '' : ` (${call.status})`}`
    );
    const budget =
      screen.budget === undefined
        ? ''
        : `≤ ${screen.budget} ${screen.reads <= screen.budget ? 'met' : 'MISSED'}`;
    console.log(
      `| ${screen.name} \`${screen.path}\` | \`${screen.route}\` | ${bundle ? `${bundle.firstLoad.toFixed(1)} KB` : '?'} | ${bundle ? `${bundle.onDemand.toFixed(1)} KB` : '?'} | ${screen.scripts} | ${kb(screen.scriptGzip)} | ${calls.length}: ${summarise(calls)} | ${screen.reads} | ${budget} |`
    );
  }
  const notes = screens.filter((screen) => screen.note);
  for (const screen of notes) console.log(`  ${screen.name}: ${screen.note}`);
  const writes = screens.filter((screen) => screen.calls.some((call) => call.writes > 0));
  for (const screen of writes)
    console.log(
      `  ${screen.name} wrote ${screen.calls.reduce((total, call) => total + call.writes, 0)} documents on load`
    );
}

/** "batchGet ×2, runQuery" */
function summarise(calls: string[]): string {
  const counts = new Map<string, number>();
  for (const call of calls) counts.set(call, (counts.get(call) ?? 0) + 1);
  return [...counts].map(([call, n]) => (n > 1 ? `${call} ×${n}` : call)).join(', ') || '—';
}

// ───────────── 2: Lighthouse ─────────────

async function measureLighthouse(
  stack: ProductStack,
  sample: SampleCase
): Promise<Record<string, LighthousePage>> {
  const pages: Record<string, LighthousePage> = {};
  const citizen = await launchDebuggableChromium();
  try {
    for (const [name, path] of [
      ['citizen home', '/'],
      ['complaint form', '/adukan'],
      ['tracking page', `/lacak/${sample.code}`]
    ] as const) {
      console.log(`Lighthouse: ${name}…`);
      pages[name] = await lighthouseRuns(`${stack.siteUrl}${path}`, { port: citizen.port, runs: RUNS });
    }
  } finally {
    await citizen.close();
  }
  const signedIn: { email: string; pages: [string, string][] }[] = [
    {
      email: MODERATOR_SANDIK,
      pages: [
        ['complaint book (sandik)', '/staf/sandik'],
        ['case page', `/staf/sandik/${sample.id}`],
        ['forum dashboard', '/staf/forum']
      ]
    },
    { email: ADMIN, pages: [['admin agenda', '/admin/agenda']] }
  ];
  for (const { email, pages: staffPages } of signedIn) {
    const browser = await launchDebuggableChromium();
    try {
      // Firebase Auth keeps the session in this profile's IndexedDB; Lighthouse must not reset it.
      const page = await browser.context.newPage();
      await signInOnPhone(page, stack.siteUrl, email);
      await page.goto('about:blank');
      const cdp = await browser.context.newCDPSession(page);
      // As a cold load, but signed in: empty the HTTP cache and drop the service worker and its
      // precache (Lighthouse's own reset would also wipe IndexedDB, and with it the session).
      const coldButSignedIn = async () => {
        await cdp.send('Network.clearBrowserCache');
        await cdp.send('Storage.clearDataForOrigin', {
          origin: stack.siteUrl,
          storageTypes: 'service_workers,cache_storage'
        });
      };
      for (const [name, path] of staffPages) {
        console.log(`Lighthouse: ${name} (signed in as ${email})…`);
        pages[name] = await lighthouseRuns(`${stack.siteUrl}${path}`, {
          port: browser.port,
          runs: RUNS,
          disableStorageReset: true,
          beforeEachRun: coldButSignedIn
        });
      }
    } finally {
      await browser.close();
    }
  }
  return pages;
}

// ───────────── 4: intake ─────────────

interface IntakeRun {
  perSecond: number;
  writesPerSecond: number;
  p50: number;
  p95: number;
  max: number;
  views: number;
}

/** A complaint as the form makes it (core's schema), varied a little from one to the next. */
function citizenComplaint(n: number): {
  complaint: Record<string, unknown>;
  contact: Record<string, unknown>;
} {
  const sectors = ['kesehatan', 'pendidikan', 'administrasi_kependudukan', 'kesejahteraan_sosial'];
  const parsed = CitizenComplaintSchema.parse({
    ccId: INTAKE_CC,
    sector: sectors[n % sectors.length],
    providerName: [
      'Puskesmas Meninting',
      'SD Negeri 1 Sandik',
      'Dukcapil Lombok Barat',
      'Kantor Desa Sandik'
    ][n % 4],
    location: { desa: 'Sandik', desaCode: '52.01.14.2003', dusun: 'Sandik Timur' },
    chronology: `Sudah tiga kali datang untuk mengurus layanan, petugas selalu meminta kembali minggu depan (${n}).`,
    remedyWanted: 'Layanan diberikan sesuai aturan tanpa ditunda lagi.',
    occurredAt: witaDate(new Date(Date.now() - 86_400_000)),
    peopleAffected: 1 + (n % 5),
    urgency: 'biasa',
    consentToContact: false,
    privacy: 'publik',
    channel: 'web',
    contact: { name: `Warga Uji ${n}` }
  });
  const { contact, ...complaint } = parsed;
  return { complaint: JSON.parse(JSON.stringify(complaint)), contact: JSON.parse(JSON.stringify(contact)) };
}

/** web/src/lib/firebase/firestore.ts createComplaint: read the id, then create it and its contact in one commit. */
async function createAsTheAppDoes(db: Firestore, uid: string, id: string, trackingCode: string, n: number) {
  const { complaint, contact } = citizenComplaint(n);
  const complaintRef = doc(db, 'centers', INTAKE_CC, 'complaints', id);
  await runTransaction(
    db,
    async (transaction) => {
      const existing = await transaction.get(complaintRef);
      if (existing.exists()) throw new Error(`complaint ${id} already exists`);
      transaction.set(complaintRef, {
        ...complaint,
        ccId: INTAKE_CC,
        trackingCode,
        receivedAt: serverTimestamp(),
        reporterUid: uid
      });
      transaction.set(doc(complaintRef, 'private', 'contact'), contact);
    },
    { maxAttempts: 2 }
  );
}

async function intakeRun(stack: ProductStack, db: Owner): Promise<IntakeRun> {
  const senders: Client[] = [];
  for (let i = 0; i < INTAKE_SENDERS; i++) senders.push(await clientOf(stack));
  const sent: { id: string; code: string }[] = [];
  const each = INTAKE_COMPLAINTS / INTAKE_SENDERS;
  try {
    const started = Date.now();
    await Promise.all(
      senders.map(async (sender, s) => {
        for (let i = 0; i < each; i++) {
          const id = newComplaintId();
          const code = generateTrackingCode();
          await createAsTheAppDoes(sender.db, sender.user.uid, id, code, s * each + i);
          sent.push({ id, code });
        }
      })
    );
    const written = Date.now();
    // Server times: the complaint's createTime is the write, its updateTime once numbered is the
    // trigger's commit (the same commit writes the tracking view), so polling does not skew them.
    const latency = new Map<string, number>();
    let lastNumbered = 0;
    let firstCreated = Number.POSITIVE_INFINITY;
    const deadline = Date.now() + 10 * 60_000;
    while (latency.size < sent.length) {
      if (Date.now() > deadline) throw new Error(`only ${latency.size}/${sent.length} numbered after 10 min`);
      const pending = sent.filter((s) => !latency.has(s.id));
      const snapshots = await db.db.getAll(
        ...pending.map((s) => db.db.doc(`centers/${INTAKE_CC}/complaints/${s.id}`))
      );
      for (const snapshot of snapshots) {
        if (typeof snapshot.get('registerNumber') !== 'string') continue;
        const created = snapshot.createTime!.toMillis();
        const numbered = snapshot.updateTime!.toMillis();
        latency.set(snapshot.id, numbered - created);
        lastNumbered = Math.max(lastNumbered, numbered);
        firstCreated = Math.min(firstCreated, created);
      }
      if (latency.size < sent.length) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const views = await db.db.getAll(...sent.map((s) => db.db.doc(`tracking/${s.code}`)));
    const values = [...latency.values()];
    return {
      perSecond: sent.length / ((lastNumbered - started) / 1000),
      writesPerSecond: sent.length / ((written - started) / 1000),
      p50: median(values),
      p95: quantile(values, 0.95),
      max: Math.max(...values),
      views: views.filter((view) => typeof view.get('registerNumber') === 'string').length
    };
  } finally {
    for (const sender of senders) await sender.close();
  }
}

function printIntake(runs: IntakeRun[]): void {
  const m = (key: keyof IntakeRun) => median(runs.map((run) => run[key]));
  console.log(
    `\n${INTAKE_SENDERS} anonymous citizens at once, ${INTAKE_COMPLAINTS / INTAKE_SENDERS} complaints each, one after another; medians of ${runs.length} run(s):\n`
  );
  console.log('| complaints | numbered per s | written per s (clients) | write→numbered p50 | p95 | max |');
  console.log('|---|---|---|---|---|---|');
  console.log(
    `| ${INTAKE_COMPLAINTS} | ${m('perSecond').toFixed(1)} | ${m('writesPerSecond').toFixed(1)} | ${m('p50').toFixed(0)} ms | ${m('p95').toFixed(0)} ms | ${m('max').toFixed(0)} ms |`
  );
}

// ───────────── 5: the monthly job ─────────────

function seededMonths(): string[] {
  const months: string[] = [];
  let [year, month] = FIRST_MONTH.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key === LAST_MONTH) return months;
    if (months.length > 24) throw new Error(`${FIRST_MONTH}…${LAST_MONTH} is not a year`);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
}

interface MonthFigures {
  month: string;
  seconds: number[];
  complaints: number;
  centers: number;
  written: number[];
  issues: number;
}

async function monthlyRuns(stack: ProductStack): Promise<MonthFigures[]> {
  const admin = await clientOf(stack, ADMIN);
  const figures = seededMonths().map((month): MonthFigures => ({
    month,
    seconds: [],
    complaints: 0,
    centers: 0,
    written: [],
    issues: 0
  }));
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const month of figures) {
        const started = performance.now();
        const { result, error } = await admin.call('recomputeMonth', { month: month.month });
        const seconds = (performance.now() - started) / 1000;
        if (error || !result) throw new Error(`recomputeMonth ${month.month}: ${JSON.stringify(error)}`);
        const outcome = result as { centers: number; complaints: number; written: number; issues: number };
        month.seconds.push(seconds);
        month.written.push(outcome.written);
        Object.assign(month, {
          complaints: outcome.complaints,
          centers: outcome.centers,
          issues: outcome.issues
        });
      }
      const total = figures.reduce((sum, month) => sum + month.seconds[run]!, 0);
      console.log(`  run ${run + 1}: 12 months in ${total.toFixed(1)} s`);
    }
  } finally {
    await admin.close();
  }
  return figures;
}

function printMonthly(figures: MonthFigures[]): void {
  console.log(`\nrecomputeMonth as ${ADMIN}, months one after another; medians of ${RUNS} run(s):\n`);
  console.log('| month | seconds | complaints read | CCs | issues ranked | documents written (each run) |');
  console.log('|---|---|---|---|---|---|');
  for (const month of figures) {
    console.log(
      `| ${month.month} | ${median(month.seconds).toFixed(2)} | ${month.complaints} | ${month.centers} | ${month.issues} | ${month.written.join(', ')} |`
    );
  }
  const totals = Array.from({ length: RUNS }, (_, run) =>
    figures.reduce((sum, month) => sum + month.seconds[run]!, 0)
  );
  console.log(
    `| **total** | ${median(totals).toFixed(1)} (runs: ${totals.map((t) => t.toFixed(1)).join(', ')}) | | | | |`
  );
}
