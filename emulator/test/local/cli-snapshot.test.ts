/** The command line (ready line, --import / --export-on-exit), snapshots and CORS. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { startEmulator } from '../../src/index';
import { exportSnapshot, importSnapshot, SNAPSHOT_FILE } from '../../src/snapshot';
import { Store } from '../../src/store';

const root = join(import.meta.dirname, '..', '..');

function runCli(
  args: string[],
  env: Record<string, string> = {}
): Promise<{ url: string; stop: () => Promise<string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`CLI did not start: ${output}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Firestore emulator ready at (http:\/\/\S+) \(project (\S+)\)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({
          url: match[1] ?? '',
          stop: () =>
            new Promise((done) => {
              child.on('exit', () => done(output));
              child.kill('SIGTERM');
            })
        });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`CLI exited with ${code}: ${output}`)));
  });
}

const commit = (url: string, project: string, path: string, fields: unknown) =>
  fetch(`${url}/v1/projects/${project}/databases/(default)/documents:commit`, {
    method: 'POST',
    headers: { Authorization: 'Bearer owner' },
    body: JSON.stringify({
      writes: [{ update: { name: `projects/${project}/databases/(default)/documents/${path}`, fields } }]
    })
  });

describe('command line', () => {
  test('prints one ready line, exports on exit and imports on start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'buku-emu-'));
    const first = await runCli(['--port', '0', '--project', 'demo-cli', '--export-on-exit', dir]);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(
      (await commit(first.url, 'demo-cli', 'centers/sandik', { name: { stringValue: 'CC Saling Anton' } }))
        .status
    ).toBe(200);
    await first.stop();
    const saved = JSON.parse(readFileSync(join(dir, SNAPSHOT_FILE), 'utf8')) as {
      databases: { documents: { path: string }[] }[];
    };
    expect(saved.databases[0]?.documents.map((d) => d.path)).toEqual(['centers/sandik']);

    const second = await runCli(['--port', '0', '--project', 'demo-cli', '--import', dir]);
    const response = await fetch(
      `${second.url}/v1/projects/demo-cli/databases/(default)/documents/centers/sandik`,
      {
        headers: { Authorization: 'Bearer owner' }
      }
    );
    const body = (await response.json()) as { fields: unknown };
    await second.stop();
    expect(body.fields).toEqual({ name: { stringValue: 'CC Saling Anton' } });
  }, 40_000);
});

describe('command line rules', () => {
  const allowAll = `rules_version = '2';
service cloud.firestore { match /databases/{database}/documents { match /{document=**} { allow read, write: if true; } } }`;
  const denyAll = allowAll.replace('if true', 'if false');
  test('--rules loads the file and picks up changes on disk', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'buku-rules-')), 'firestore.rules');
    writeFileSync(file, allowAll);
    const cli = await runCli(['--port', '0', '--project', 'demo-cli-rules', '--rules', file]);
    const get = () =>
      fetch(`${cli.url}/v1/projects/demo-cli-rules/databases/(default)/documents/a/b`).then((r) => r.status);
    const before = await get();
    writeFileSync(file, denyAll);
    let after = before;
    for (let i = 0; i < 40 && after !== 403; i++) {
      await new Promise((r) => setTimeout(r, 250));
      after = await get();
    }
    const output = await cli.stop();
    expect([before, after, output.includes('Rules reloaded')]).toEqual([404, 403, true]);
  }, 40_000);
});

describe('snapshots', () => {
  test('export then import keeps fields and times', () => {
    const store = new Store();
    store.database('p').put({
      path: 'a/b',
      fields: { n: { integerValue: '9007199254740993' }, d: { doubleValue: 'NaN' } },
      createTime: '2026-01-01T00:00:00.000001000Z',
      updateTime: '2026-01-02T00:00:00.000002000Z'
    });
    const copy = new Store();
    const text = JSON.stringify(exportSnapshot(store));
    expect(importSnapshot(copy, JSON.parse(text))).toBe(1);
    expect(copy.database('p').get('a/b')).toEqual(store.database('p').get('a/b'));
  });
  test('a foreign file is refused', () => {
    expect(() => importSnapshot(new Store(), { hello: 'world' })).toThrow(/snapshot/);
  });
});

describe('CORS', () => {
  test('preflight allows any origin with Authorization and Content-Type', async () => {
    const emulator = await startEmulator({ port: 0 });
    const response = await fetch(`${emulator.url}/v1/projects/p/databases/(default)/documents:commit`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:5173',
        'Access-Control-Request-Headers': 'authorization,content-type'
      }
    });
    const allowed = response.headers.get('access-control-allow-headers') ?? '';
    await emulator.stop();
    expect([
      response.status,
      response.headers.get('access-control-allow-origin'),
      /Authorization/.test(allowed),
      /Content-Type/.test(allowed)
    ]).toEqual([204, '*', true, true]);
  });
});

describe('command line mistakes', () => {
  /** Runs the CLI expecting it to refuse; resolves with its exit code and standard error. */
  function refused(args: string[]): Promise<{ code: number | null; stderr: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  }

  test('reads --rules relative to where `npm run emulator` was typed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'buku-rules-'));
    writeFileSync(
      join(dir, 'my.rules'),
      "rules_version = '2';\nservice cloud.firestore { match /databases/{d}/documents { match /open/{id} { allow read: if true; } } }"
    );
    const cli = await runCli(['--port', '0', '--project', 'demo-cli-rules', '--rules', 'my.rules'], {
      npm_lifecycle_event: 'emulator',
      INIT_CWD: dir
    });
    const base = `${cli.url}/v1/projects/demo-cli-rules/databases/(default)/documents`;
    const statuses = [(await fetch(`${base}/open/x`)).status, (await fetch(`${base}/closed/x`)).status];
    await cli.stop();
    expect(statuses).toEqual([404, 403]);
  });

  test('says in both languages what is wrong, and exits 1', async () => {
    const missing = await refused(['--port', '0', '--rules', 'tidak-ada.rules']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Berkas aturan tidak dapat dibaca / cannot read the rules file');
    const port = await refused(['--port', 'abc']);
    expect([port.code, port.stderr.trim()]).toEqual([
      1,
      '--port "abc" bukan nomor port (0–65535) / is not a port number (0–65535)'
    ]);
    const folder = await refused(['--port', '0', '--import', join(tmpdir(), 'buku-tidak-ada')]);
    expect(folder.stderr).toContain('Folder --import tidak ada / the --import folder does not exist');
    const broken = mkdtempSync(join(tmpdir(), 'buku-rusak-'));
    writeFileSync(join(broken, SNAPSHOT_FILE), '{rusak');
    const snapshot = await refused(['--port', '0', '--import', broken]);
    expect([snapshot.code, snapshot.stderr]).toEqual([
      1,
      expect.stringContaining(
        `Snapshot tidak dapat dimuat / cannot load the snapshot ${join(broken, SNAPSHOT_FILE)}:`
      )
    ]);
  }, 20_000);
});
