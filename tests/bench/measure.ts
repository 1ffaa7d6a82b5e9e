/**
 * What the benchmark scripts share (citizen-budgets.ts, product.ts): medians, the machine's
 * load, web/scripts/bundle-report.ts run against a build made elsewhere, gzip sizes of built
 * files, a Chromium that Lighthouse and Playwright can both drive, and Lighthouse runs.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../browser/support/browser';
import { freePort } from '../browser/support/auth-emulator';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/** `--runs N` on the command line, else the default. */
export function runsFromArgs(fallback = 3): number {
  const at = process.argv.indexOf('--runs');
  const runs = at > 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs wants a positive whole number`);
  return runs;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The value at a quantile (nearest rank), e.g. 0.95. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

/** Lighthouse's simulation scales what it observes: a busy machine lowers the performance score. */
export function machineLine(): string {
  const model = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `Machine: ${cpus().length} CPUs (${model}), load average ${loadAverage()} (1, 5, 15 min), Node ${process.version}`;
}

export interface RouteBundle {
  firstLoad: number;
  onDemand: number;
  together: number;
}

/**
 * web/scripts/bundle-report.ts on the build in `kitDir`, by route id ("/(warga)/adukan").
 * The report prints KB with one decimal; the figures here are in KB.
 */
export function bundleReport(kitDir: string): Map<string, RouteBundle> {
  const report = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bundle-report.ts'], {
    cwd: WEB,
    env: { ...process.env, BUKU_WEB_KIT_DIR: kitDir },
    encoding: 'utf8'
  });
  if (report.status !== 0) throw new Error(`bundle-report failed:\n${report.stderr}`);
  const routes = new Map<string, RouteBundle>();
  for (const line of report.stdout.split('\n')) {
    const match = line.match(
      /^(\S+)\s+first load\s+([\d.]+) KB\s+loaded on demand\s+([\d.]+) KB\s+together\s+([\d.]+) KB/
    );
    if (!match) continue;
    routes.set(match[1]!, {
      firstLoad: Number(match[2]),
      onDemand: Number(match[3]),
      together: Number(match[4])
    });
  }
  if (routes.size === 0) throw new Error(`bundle-report printed no routes:\n${report.stdout}`);
  return routes;
}

/** gzip -9 of a built file (a path from the site root), as bundle-report.ts counts it. */
export function gzipOfBuilt(...roots: string[]): (sitePath: string) => number {
  const cache = new Map<string, number>();
  return (sitePath) => {
    const relative = sitePath.replace(/^\//, '');
    let size = cache.get(relative);
    if (size === undefined) {
      const root = roots.find((dir) => existsSync(join(dir, relative)));
      if (!root) throw new Error(`${sitePath} is not in the build (${roots.join(', ')})`);
      size = gzipSync(readFileSync(join(root, relative)), { level: 9 }).length;
      cache.set(relative, size);
    }
    return size;
  };
}

/**
 * Chromium started by us with a DevTools port and a profile of its own, so Lighthouse (through
 * the port) and Playwright (over CDP, in the same default context) share cookies and IndexedDB:
 * what one signs in, the other's pages are signed in to.
 */
export interface DebuggableChromium {
  port: number;
  browser: Browser;
  /** The profile's default context: the one Lighthouse opens its tabs in. */
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'buku-bench-chromium-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: 'ignore' }
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
      if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
    }
    // Chromium's helper processes may still be writing the profile for a moment.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    } catch (error) {
      console.warn(`could not remove ${profile}: ${String(error)}`);
    }
  };
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const answered = await fetch(`http://127.0.0.1:${port}/json/version`).then(
        (response) => response.ok,
        () => false
      );
      if (answered) break;
      if (Date.now() > deadline || child.exitCode !== null) throw new Error('Chromium did not open its port');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const context = browser.contexts()[0];
    if (!context) throw new Error('Chromium has no default context');
    return {
      port,
      browser,
      context,
      async close() {
        await browser.close().catch(() => undefined);
        await stop();
      }
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const LIGHTHOUSE_METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'];

/** Per page: every run's scores (0–100) and metrics (ms), and the audits the first run failed. */
export interface LighthousePage {
  runs: Record<string, number[]>;
  failing: string[];
}

/**
 * Lighthouse with its default config (the mobile preset: simulated slow 4G, 4× CPU slowdown,
 * Moto G Power screen), `runs` times on one URL, on the Chromium at `port`.
 * `disableStorageReset` keeps a signed-in session; `beforeEachRun` can then empty the caches.
 */
export async function lighthouseRuns(
  url: string,
  options: { port: number; runs: number; disableStorageReset?: boolean; beforeEachRun?: () => Promise<void> }
): Promise<LighthousePage> {
  const page: LighthousePage = { runs: {}, failing: [] };
  for (let run = 0; run < options.runs; run++) {
    await options.beforeEachRun?.();
    const result = await lighthouse(url, {
      port: options.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      ...(options.disableStorageReset ? { disableStorageReset: true } : {})
    });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { categories, audits, finalDisplayedUrl, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
    if (new URL(finalDisplayedUrl).pathname !== new URL(url).pathname)
      throw new Error(`Lighthouse on ${url} ended on ${finalDisplayedUrl}`);
    for (const id of LIGHTHOUSE_CATEGORIES) {
      (page.runs[id] ??= []).push(Math.round((categories[id]?.score ?? 0) * 100));
    }
    for (const metric of LIGHTHOUSE_METRICS) {
      (page.runs[metric] ??= []).push(Math.round(audits[metric]?.numericValue ?? 0));
    }
    if (run === 0) {
      page.failing = Object.values(audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
    }
  }
  return page;
}

/** A markdown table of the medians, with every run's scores under each page. */
export function lighthouseTable(pages: Record<string, LighthousePage>, runs: number): string {
  const lines = [
    `Lighthouse ${lighthouseVersion()}, mobile preset, ${runs} run(s) per page, medians`,
    '',
    '| page | performance | accessibility | best practices | FCP ms | LCP ms | TBT ms |',
    '|---|---|---|---|---|---|---|'
  ];
  for (const [name, page] of Object.entries(pages)) {
    const m = (id: string) => median(page.runs[id] ?? []);
    lines.push(
      `| ${name} | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${m('first-contentful-paint')} | ${m('largest-contentful-paint')} | ${m('total-blocking-time')} |`,
      `|   (all runs) | ${page.runs.performance?.join(', ')} | ${page.runs.accessibility?.join(', ')} | ${page.runs['best-practices']?.join(', ')} | | | |`
    );
  }
  const failing = Object.entries(pages).filter(([, page]) => page.failing.length > 0);
  if (failing.length > 0) {
    lines.push('', 'Binary audits not passed (first run):');
    for (const [name, page] of failing) lines.push(`  ${name}: ${page.failing.join(', ')}`);
  }
  return lines.join('\n');
}

export function lighthouseVersion(): string {
  const manifest = fileURLToPath(new URL('../../node_modules/lighthouse/package.json', import.meta.url));
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
