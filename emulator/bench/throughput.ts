/**
 * Throughput of the local emulator through the real SDKs (not a test): run with
 *   npx tsx emulator/bench/throughput.ts [--runs 3]
 * The emulator runs as its own process (the CLI), as in development, so client and server
 * do not share an event loop. Prints one line per figure and a JSON summary.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { initializeApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  doc,
  getFirestore,
  setDoc,
  setLogLevel,
  type Firestore
} from 'firebase/firestore/lite';
import { initializeApp as initializeAdminApp } from 'firebase-admin/app';
import {
  getFirestore as getAdminFirestore,
  type Firestore as AdminFirestore
} from 'firebase-admin/firestore';
import { OAuth2Client } from 'google-auth-library';

setLogLevel('silent');
const root = join(import.meta.dirname, '..');
let appCounter = 0;

function startCli(): Promise<{ host: string; port: number; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli.ts', '--port', '0', '--project', 'demo-bench'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit']
    }
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /ready at http:\/\/([^:]+):(\d+)/.exec(out);
      if (m) resolve({ host: m[1] ?? '127.0.0.1', port: Number(m[2]), child });
    });
    child.on('exit', (code) => reject(new Error(`emulator exited ${code}: ${out}`)));
  });
}

function lite(host: string, port: number): Firestore {
  const app = initializeApp({ projectId: 'demo-bench', apiKey: 'k' }, `bench-${++appCounter}`);
  const db = getFirestore(app);
  connectFirestoreEmulator(db, host, port);
  return db;
}

function admin(host: string, port: number): AdminFirestore {
  const app = initializeAdminApp({ projectId: 'demo-bench' }, `bench-admin-${++appCounter}`);
  const db = getAdminFirestore(app);
  const owner = new OAuth2Client();
  owner.setCredentials({ access_token: 'owner' });
  db.settings({ preferRest: true, host: `${host}:${port}`, ssl: false, authClient: owner });
  return db;
}

const SECTORS = ['kesehatan', 'pendidikan', 'adminduk', 'bansos', 'air', 'jalan', 'desa'];
const STATUSES = ['baru', 'diverifikasi', 'ditindaklanjuti', 'selesai'];

async function run(): Promise<Record<string, number>> {
  const { host, port, child } = await startCli();
  try {
    const l = lite(host, port);
    const a = admin(host, port);
    const result: Record<string, number> = {};

    // Warm up connections and JIT.
    for (let i = 0; i < 50; i++) await setDoc(doc(l, 'warm', `w${i}`), { i });

    const sequential = 1000;
    let t = performance.now();
    for (let i = 0; i < sequential; i++) await setDoc(doc(l, 'seq', `d${i}`), { i, at: 'x' });
    result.liteSequentialCommitsPerSec = sequential / ((performance.now() - t) / 1000);

    t = performance.now();
    for (let i = 0; i < sequential; i++) await a.doc(`seqAdmin/d${i}`).set({ i, at: 'x' });
    result.adminSequentialCommitsPerSec = sequential / ((performance.now() - t) / 1000);

    const batchTimes: number[] = [];
    for (let r = 0; r < 5; r++) {
      const batch = a.batch();
      for (let i = 0; i < 500; i++)
        batch.set(a.doc(`batch${r}/d${i}`), {
          i,
          sector: SECTORS[i % SECTORS.length],
          text: 'x'.repeat(200)
        });
      t = performance.now();
      await batch.commit();
      batchTimes.push(performance.now() - t);
    }
    result.batch500Ms = median(batchTimes);

    for (let b = 0; b < 40; b++) {
      const batch = a.batch();
      for (let i = 0; i < 500; i++) {
        const n = b * 500 + i;
        batch.set(a.doc(`complaints/c${String(n).padStart(5, '0')}`), {
          sector: SECTORS[n % SECTORS.length],
          status: STATUSES[n % STATUSES.length],
          people: n % 50,
          createdAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000)
        });
      }
      await batch.commit();
    }
    const queryTimes: number[] = [];
    let matched = 0;
    for (let r = 0; r < 7; r++) {
      t = performance.now();
      const snap = await a
        .collection('complaints')
        .where('sector', '==', 'kesehatan')
        .where('status', '==', 'baru')
        .orderBy('createdAt', 'desc')
        .get();
      queryTimes.push(performance.now() - t);
      matched = snap.size;
    }
    result.query20kMs = median(queryTimes);
    result.query20kMatched = matched;
    const limitTimes: number[] = [];
    for (let r = 0; r < 7; r++) {
      t = performance.now();
      await a
        .collection('complaints')
        .where('people', '>=', 40)
        .orderBy('people')
        .orderBy('createdAt', 'desc')
        .limit(50)
        .get();
      limitTimes.push(performance.now() - t);
    }
    result.query20kLimit50Ms = median(limitTimes);

    const clients = Array.from({ length: 10 }, () => lite(host, port));
    const perClient = 200;
    t = performance.now();
    await Promise.all(
      clients.map(async (db, c) => {
        for (let i = 0; i < perClient; i++) await setDoc(doc(db, 'concurrent', `c${c}-${i}`), { c, i });
      })
    );
    result.concurrent10WritesPerSec = (clients.length * perClient) / ((performance.now() - t) / 1000);
    return result;
  } finally {
    child.kill('SIGTERM');
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs: Record<string, number>[] = [];
for (let r = 0; r < Number(values.runs); r++) {
  const result = await run();
  runs.push(result);
  console.log(
    `run ${r + 1}: ${Object.entries(result)
      .map(([k, v]) => `${k}=${v.toFixed(1)}`)
      .join(' ')}`
  );
}
const keys = Object.keys(runs[0] ?? {});
const medians = Object.fromEntries(
  keys.map((k) => [k, Number(median(runs.map((r) => r[k] ?? 0)).toFixed(1))])
);
console.log('median of runs:', JSON.stringify(medians));
process.exit(0);
