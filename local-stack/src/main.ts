/**
 * `npm start`: the whole product on this machine. Our Firestore emulator (in this process, the
 * real firestore.rules, data in .data/), Firestore triggers delivered to the functions' handlers,
 * the Auth, Functions and Hosting emulators of firebase-tools, the built web app, and the demo
 * network on the first start. Ctrl+C saves everything and stops.
 *
 *   npx tsx local-stack/src/main.ts [--only firestore] [--no-seed]
 *
 * Ports: FIRESTORE_PORT, AUTH_PORT, FUNCTIONS_PORT, WEB_PORT, HUB_PORT, LOGGING_PORT,
 * EVENTARC_PORT, TASKS_PORT. Data: LOCAL_STACK_DATA (default .data/). Web build:
 * LOCAL_STACK_WEB_BUILD (default web/build).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { connectFirestore } from '../../functions/src/firestore';
import { banner } from './banner';
import { buildFunctions, buildWebIfStale } from './builds';
import {
  DEFAULT_PORTS,
  HOST,
  PROJECT,
  ROOT,
  SAVE_EVERY_MS,
  assertPortsFree,
  dataDirs,
  portsFrom,
  webBuildDir
} from './config';
import {
  startFirebaseEmulators,
  stopLeftoverEmulators,
  waitForHttp,
  type FirebaseEmulators
} from './firebase-emulators';
import { hasSnapshot, startLocalFirestore } from './firestore';
import { scheduleMonthlyForum } from './monthly-schedule';
import { findDemoSeed, type DemoLogins } from './seed';
import { deliverTriggers, type TriggerDelivery } from './triggers';

const started = Date.now();
const seconds = () => (Date.now() - started) / 1000;
const say = (line: string) => console.log(line);
const warn = (line: string) => console.error(line);

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-seed': { type: 'boolean', default: false }
  }
});
const firestoreOnly = values.only === 'firestore';
if (values.only !== undefined && !firestoreOnly) {
  warn(`--only ${values.only}: hanya / only "firestore" is supported`);
  process.exit(2);
}

const ports = portsFrom();
const dirs = dataDirs();
const webDir = webBuildDir();
mkdirSync(dirs.root, { recursive: true });
// First start: no data yet, or a seed that was interrupted (it is idempotent: run it again).
const seedPending = join(dirs.root, 'seed-pending');
const firstStart = !existsSync(dirs.seeded) && (!hasSnapshot(dirs.firestore) || existsSync(seedPending));
const warnings: string[] = [];

// ── stopping, whatever happens ─────────────────────────────────────────────
const stoppers: { name: string; stop: () => Promise<unknown> }[] = [];
let stopping: Promise<void> | undefined;
function stopAll(code: number): Promise<void> {
  stopping ??= (async () => {
    say('\n• Menyimpan data dan berhenti / saving data and stopping…');
    // Reverse order of start: triggers drain, firebase-tools exports Auth, Firestore saves last.
    for (const { name, stop } of [...stoppers].reverse()) {
      try {
        await stop();
      } catch (error) {
        warn(`✗ ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    say('• Selesai / stopped.');
    process.exit(code);
  })();
  return stopping;
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));
process.on('uncaughtException', (error) => {
  warn(`✗ ${error.stack ?? error.message}`);
  void stopAll(1);
});
process.on('unhandledRejection', (reason) => {
  warn(`✗ ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

async function main(): Promise<void> {
  // Builds run while Firestore starts; the Functions emulator needs functions/lib, Hosting web/build.
  if (!firestoreOnly) await stopLeftoverEmulators(dirs.firebase, say);
  await assertPortsFree(firestoreOnly ? { firestore: ports.firestore } : ports, HOST);
  const functionsBuilt = firestoreOnly ? Promise.resolve() : buildFunctions();
  functionsBuilt.catch(() => undefined);
  const viteEnv: Record<string, string> = {};
  // The web app finds the emulators on the page's own host at the default ports; say so when moved.
  if (ports.firestore !== DEFAULT_PORTS.firestore)
    viteEnv.VITE_FIRESTORE_EMULATOR_HOST = `${HOST}:${ports.firestore}`;
  if (ports.auth !== DEFAULT_PORTS.auth) viteEnv.VITE_AUTH_EMULATOR_HOST = `${HOST}:${ports.auth}`;
  // Not read by web/ yet (no callable is called from the app so far); the staff pages will need it.
  if (ports.functions !== DEFAULT_PORTS.functions)
    viteEnv.VITE_FUNCTIONS_EMULATOR_HOST = `${HOST}:${ports.functions}`;
  const webBuilt = firestoreOnly
    ? Promise.resolve({ built: false, ms: 0 })
    : buildWebIfStale(join(dirs.root, 'web-build.json'), viteEnv, webDir);
  webBuilt.catch(() => undefined);
  if (!firestoreOnly) say('• Membangun / building functions/ dan / and web/ …');

  const local = await startLocalFirestore({
    port: ports.firestore,
    host: HOST,
    project: PROJECT,
    rulesFile: join(ROOT, 'firestore.rules'),
    dataDir: dirs.firestore,
    saveEveryMs: SAVE_EVERY_MS,
    log: warn
  });
  stoppers.push({ name: 'firestore', stop: () => local.stop() });
  const firestoreHost = `${HOST}:${local.emulator.port}`;
  say(
    `• Firestore ${local.emulator.url} (${local.loaded} dokumen dimuat / documents loaded, ${seconds().toFixed(1)} s)`
  );

  const adminApp = initializeApp({ projectId: PROJECT }, 'buku-local-stack');
  const db = connectFirestore(adminApp, firestoreHost);
  stoppers.push({
    name: 'admin',
    stop: async () => {
      await db.terminate();
      await deleteApp(adminApp);
    }
  });

  let firebase: FirebaseEmulators | undefined;
  if (!firestoreOnly) {
    try {
      await functionsBuilt;
    } catch (error) {
      warnings.push('functions/ gagal dibangun / failed to build: callables are missing (see above)');
      warn(String(error));
    }
    firebase = startFirebaseEmulators({
      ports,
      host: HOST,
      project: PROJECT,
      firestoreHost,
      workDir: dirs.firebase,
      authDir: dirs.auth,
      webBuildDir: webDir,
      log: warn
    });
    const emulators = firebase;
    stoppers.push({ name: 'firebase-tools', stop: () => emulators.stop() });
    say('• Auth, Functions, Hosting (firebase-tools) …');
    await Promise.race([
      firebase.ready,
      new Promise((_, reject) =>
        setTimeout(
          () =>
            reject(new Error(`firebase-tools tidak siap / not ready after 120 s; see ${emulators.logFile}`)),
          120_000
        ).unref()
      )
    ]);
    await Promise.all([
      waitForHttp(`http://${HOST}:${ports.auth}/`),
      waitForHttp(`http://${HOST}:${ports.functions}/`),
      waitForHttp(`http://${HOST}:${ports.hosting}/`)
    ]);
    say(`• firebase-tools siap / ready (${seconds().toFixed(1)} s)`);
    // Stopped from outside (or crashed): the stack is not whole any more.
    firebase.child.once('exit', (code) => {
      if (stopping) return;
      warn(
        `✗ firebase-tools berhenti / exited (${code}); menghentikan semua / stopping everything. Log: ${emulators.logFile}`
      );
      void stopAll(1);
    });
    try {
      const web = await webBuilt;
      if (web.built) say(`• web/ dibangun / built (${(web.ms / 1000).toFixed(1)} s)`);
    } catch (error) {
      const old = existsSync(join(webDir, 'index.html'));
      warnings.push(
        `web/ gagal dibangun / failed to build: ${old ? 'serving the previous build' : 'no app to serve'}`
      );
      warn(String(error));
    }
  }

  // ── the demo network, first start only ───────────────────────────────────
  let logins: DemoLogins | undefined;
  let noLoginsBecause: string | undefined;
  const seed = firestoreOnly ? 'not with --only firestore' : await findDemoSeed();
  if (typeof seed === 'string') {
    noLoginsBecause = seed;
  } else if (values['no-seed'] && firstStart) {
    noLoginsBecause = '--no-seed';
  } else if (firstStart && firebase) {
    say('• Memuat jaringan demo / loading the demo network (first start)…');
    process.env.FIREBASE_AUTH_EMULATOR_HOST = `${HOST}:${ports.auth}`;
    const t = Date.now();
    writeFileSync(seedPending, '');
    try {
      // The seed writes what functions would have written: no triggers while it loads.
      const summary = await seed.load(db, adminApp);
      writeFileSync(
        dirs.seeded,
        `${JSON.stringify({ at: new Date().toISOString(), ...summary }, null, 2)}\n`
      );
      local.save();
      await firebase.exportAuth();
      rmSync(seedPending, { force: true });
      const took = ((Date.now() - t) / 1000).toFixed(1);
      say(
        `• ${summary.documents} dokumen / documents, ${summary.complaints} pengaduan / complaints, ${summary.accounts} akun / accounts (${took} s)`
      );
      logins = seed.logins;
    } catch (error) {
      // Idempotent seed: the next start tries again (no marker written).
      warn(`✗ seed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      noLoginsBecause =
        'jaringan demo gagal dimuat / the demo network failed to load (see above); tried again next start';
    }
  } else if (existsSync(dirs.seeded)) {
    logins = seed.logins;
  } else {
    noLoginsBecause = `${dirs.firestore} sudah berisi data tanpa jaringan demo / already holds data without the demo network`;
  }

  // ── triggers, from now on ────────────────────────────────────────────────
  const delivery: TriggerDelivery = deliverTriggers({
    emulator: local.emulator,
    db,
    project: PROJECT,
    log: warn,
    onDelivered: (event, outcome) => {
      const result = outcome.result as { outcome?: string; registerNumber?: string } | undefined;
      if (result?.outcome === 'numbered') say(`• ${event.path} → ${result.registerNumber}`);
    }
  });
  stoppers.push({
    name: 'triggers',
    stop: () => Promise.race([delivery.stop(), new Promise((r) => setTimeout(r, 10_000))])
  });
  const missed = delivery.deliverMissedIntakes();
  if (missed > 0) say(`• ${missed} pengaduan belum bernomor diproses / unnumbered complaints queued`);

  // What Cloud Scheduler does in production: last month's forum, once the month has turned.
  const monthly = scheduleMonthlyForum(db, { log: say });
  stoppers.push({ name: 'monthly schedule', stop: async () => monthly.stop() });
  try {
    await monthly.check();
  } catch (error) {
    warn(`✗ monthlyForum: ${error instanceof Error ? error.message : String(error)}`);
  }

  // 0 means "only on stop", as for Firestore: setInterval(…, 0) would export without pause.
  if (firebase && SAVE_EVERY_MS > 0) {
    const emulators = firebase;
    const timer = setInterval(() => {
      emulators.exportAuth().catch((error: unknown) => warn(`Auth export: ${String(error)}`));
    }, SAVE_EVERY_MS);
    timer.unref();
    stoppers.push({ name: 'auth export timer', stop: async () => clearInterval(timer) });
  }

  say(
    banner({
      host: HOST,
      ports: { ...ports, firestore: local.emulator.port },
      project: PROJECT,
      firestoreOnly,
      seconds: seconds(),
      dataDir: dirs.root,
      ...(logins ? { logins } : {}),
      ...(noLoginsBecause ? { noLoginsBecause } : {}),
      warnings
    })
  );
}

main().catch((error: unknown) => {
  warn(`✗ ${error instanceof Error ? error.message : String(error)}`);
  void stopAll(1);
});
