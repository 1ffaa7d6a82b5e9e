#!/usr/bin/env node
/**
 * npm run emulator -- --port 8080 [--host 127.0.0.1] [--project demo-buku] [--import DIR]
 *                     [--export-on-exit DIR] [--rules FILE] [--verbose]
 */
import { existsSync, readFileSync, unwatchFile, watchFile } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './index';
import { writeSnapshotDir } from './snapshot';

// `npm run emulator` runs in emulator/; npm keeps the caller's directory in INIT_CWD, and
// paths on the command line mean what they mean there.
const callerDir =
  process.env.npm_lifecycle_event === 'emulator' ? (process.env.INIT_CWD ?? process.cwd()) : process.cwd();
const fromCaller = (path: string | undefined): string | undefined =>
  path === undefined ? undefined : resolve(callerDir, path);

/** A mistake on the command line, said in Bahasa Indonesia and English. */
class UsageError extends Error {}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        port: { type: 'string', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        project: { type: 'string', default: 'demo-buku' },
        import: { type: 'string' },
        'export-on-exit': { type: 'string' },
        rules: { type: 'string' },
        verbose: { type: 'boolean', default: false }
      }
    }).values;
  } catch (error) {
    throw new UsageError(
      `Pilihan salah / invalid option: ${(error as Error).message}\n` +
        'Pemakaian / usage: npm run emulator -- --port 8080 [--host H] [--project P] [--import DIR] [--export-on-exit DIR] [--rules FILE] [--verbose]'
    );
  }
}

async function main(): Promise<void> {
  const values = parseOptions();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(
      `--port "${values.port}" bukan nomor port (0–65535) / is not a port number (0–65535)`
    );
  const rulesFile = fromCaller(values.rules);
  const importDir = fromCaller(values.import);
  const exportDir = fromCaller(values['export-on-exit']);
  if (importDir && !existsSync(importDir))
    throw new UsageError(`Folder --import tidak ada / the --import folder does not exist: ${importDir}`);
  const readRules = () => {
    try {
      return [
        { name: basename(rulesFile ?? 'firestore.rules'), content: readFileSync(rulesFile ?? '', 'utf8') }
      ];
    } catch (error) {
      throw new UsageError(
        `Berkas aturan tidak dapat dibaca / cannot read the rules file: ${rulesFile} (${(error as NodeJS.ErrnoException).code ?? String(error)})`
      );
    }
  };
  const emulator = await startEmulator({
    port,
    host: values.host,
    project: values.project,
    importDir,
    rulesFiles: rulesFile ? readRules() : undefined,
    log: values.verbose ? (line) => console.log(line) : undefined
  });

  const reportRules = (): void => {
    const state = emulator.service.defaultRules.state;
    if (state && !state.ok) {
      for (const e of state.errors) console.error(`${e.file}:${e.line}:${e.column}: ${e.message}`);
      console.error(
        'Aturan gagal dikompilasi: semua permintaan ditolak / Rules failed to compile: every request is denied.'
      );
    }
  };
  if (rulesFile) {
    reportRules();
    watchFile(rulesFile, { interval: 500 }, () => {
      try {
        emulator.loadRules(readRules());
        console.log(`Aturan dimuat ulang / Rules reloaded from ${rulesFile}`);
        reportRules();
      } catch (error) {
        console.error(error instanceof Error ? error.message : String(error));
      }
    });
  } else {
    console.warn(
      'Peringatan: tanpa --rules semua permintaan diizinkan / Warning: no --rules given, every request is allowed.'
    );
  }

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    if (rulesFile) unwatchFile(rulesFile);
    if (exportDir) {
      const file = writeSnapshotDir(emulator.service.store, exportDir);
      console.log(`Data diekspor ke / Data exported to ${file}`);
    }
    await emulator.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  console.log(`Firestore emulator ready at ${emulator.url} (project ${emulator.project})`);
}

main().catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EACCES')
    console.error(
      `Port tidak dapat dipakai (${code}); pilih --port lain / cannot listen on the port (${code}); choose another --port`
    );
  else console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
