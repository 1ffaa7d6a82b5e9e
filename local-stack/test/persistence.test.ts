/**
 * Data survives: a stop saves it and the next start loads it; while running it is saved
 * periodically, so a crash loses at most the last interval. The last case runs the stack's own
 * entry point (`--only firestore`, no firebase-tools) as `npm start` does, stops it with SIGINT
 * and starts it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSnapshotDir, startEmulator } from '@buku/emulator';
import { ROOT } from '../src/config';
import { snapshotPath, startLocalFirestore, type LocalFirestoreOptions } from '../src/firestore';
import { adminFirestore, SANDIK } from './support';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'buku-stack-data-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function options(dataDir: string, saveEveryMs = 0): LocalFirestoreOptions {
  return {
    port: 0,
    host: '127.0.0.1',
    project: 'demo-buku',
    rulesFile: join(ROOT, 'firestore.rules'),
    dataDir,
    saveEveryMs,
    log: () => undefined
  };
}

describe('the local Firestore keeps its data', () => {
  it('saves on stop and loads on the next start', async () => {
    const dataDir = tempDir();
    const first = await startLocalFirestore(options(dataDir));
    expect(first.loaded).toBe(0);
    const admin = adminFirestore(first.emulator);
    await admin.db.doc('centers/sandik').set(SANDIK);
    await admin.db
      .doc('centers/sandik/complaints/c1')
      .set({ ccId: 'sandik', registerNumber: '001/CC-SA/XII/2026' });
    await admin.close();
    await first.stop();

    const second = await startLocalFirestore(options(dataDir));
    cleanups.push(() => second.stop());
    expect(second.loaded).toBe(2);
    const again = adminFirestore(second.emulator);
    cleanups.push(() => again.close());
    expect((await again.db.doc('centers/sandik').get()).data()).toEqual(SANDIK);
    expect((await again.db.doc('centers/sandik/complaints/c1').get()).data()?.registerNumber).toBe(
      '001/CC-SA/XII/2026'
    );
  });

  it('saves periodically while running, so a crash keeps what was written before the last save', async () => {
    const dataDir = tempDir();
    const running = await startLocalFirestore(options(dataDir, 50));
    cleanups.push(() => running.stop());
    const admin = adminFirestore(running.emulator);
    cleanups.push(() => admin.close());
    await admin.db.doc('centers/sandik').set(SANDIK);
    expect(existsSync(snapshotPath(dataDir))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 300));

    // What a fresh start after a crash would load: the file as it is on disk now.
    const fresh = await startEmulator({ port: 0 });
    cleanups.push(() => fresh.stop());
    expect(readSnapshotDir(fresh.service.store, dataDir)).toBe(1);
    expect(fresh.service.store.database('demo-buku').get('centers/sandik')?.fields.name).toEqual({
      stringValue: 'CC Saling Anton'
    });
    // Nothing changed since: no rewrite (the file is not touched every interval).
    const before = readFileSync(snapshotPath(dataDir), 'utf8');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(readFileSync(snapshotPath(dataDir), 'utf8')).toBe(before);
  });
});

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The stack's entry point as `npm start` runs it, Firestore part only; resolves when ready. */
async function startStack(
  dataDir: string,
  port: number
): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'local-stack/src/main.ts', '--only', 'firestore'],
    {
      cwd: ROOT,
      env: { ...process.env, LOCAL_STACK_DATA: dataDir, FIRESTORE_PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${output}`)), 20_000);
    const watch = () => {
      if (output.includes('Berhenti / stop')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', watch);
    child.once('exit', (code) => reject(new Error(`exited ${code}:\n${output}`)));
  });
  return { child, output: () => output };
}

async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

describe('the stack entry point', () => {
  it('delivers triggers, keeps data across Ctrl+C and a new start', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const first = await startStack(dataDir, port);
    expect(first.output()).toContain(`Firestore (aturan/rules: firestore.rules)  http://127.0.0.1:${port}`);

    const emulator = { host: '127.0.0.1', port, project: 'demo-buku' } as Parameters<
      typeof adminFirestore
    >[0];
    const admin = adminFirestore(emulator);
    await admin.db.doc('centers/sandik').set(SANDIK);
    await admin.db.doc('centers/sandik/complaints/c1').set({
      ccId: 'sandik',
      channel: 'datang_langsung',
      trackingCode: 'M2N3B4V5C6X7',
      receivedAt: new Date('2026-12-03T02:00:00Z')
    });
    // The stack's trigger delivery numbers it, as the deployed onComplaintCreated would.
    let numbered: unknown;
    for (let i = 0; i < 50 && !numbered; i++) {
      numbered = (await admin.db.doc('centers/sandik/complaints/c1').get()).data()?.registerNumber;
      if (!numbered) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(numbered).toBe('001/CC-SA/XII/2026');
    await admin.close();
    expect(await interrupt(first.child)).toBe(0);
    expect(first.output()).toContain('Selesai / stopped.');

    const second = await startStack(dataDir, port);
    expect(second.output()).toMatch(/\(\d+ dokumen dimuat \/ documents loaded/);
    const again = adminFirestore(emulator);
    const complaint = (await again.db.doc('centers/sandik/complaints/c1').get()).data();
    expect(complaint?.registerNumber).toBe('001/CC-SA/XII/2026');
    expect((await again.db.doc('tracking/M2N3B4V5C6X7').get()).data()?.registerNumber).toBe(
      '001/CC-SA/XII/2026'
    );
    await again.close();
    expect(await interrupt(second.child)).toBe(0);
  });
});
