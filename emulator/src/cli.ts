#!/usr/bin/env node
/**
 * npm run emulator -- --port 8080 [--host 127.0.0.1] [--project demo-buku] [--import DIR]
 *                     [--export-on-exit DIR] [--rules FILE] [--verbose]
 */
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './index';
import { writeSnapshotDir } from './snapshot';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8080' },
      host: { type: 'string', default: '127.0.0.1' },
      project: { type: 'string', default: 'demo-buku' },
      import: { type: 'string' },
      'export-on-exit': { type: 'string' },
      rules: { type: 'string' },
      verbose: { type: 'boolean', default: false }
    }
  });
  const rulesFile = values.rules;
  const readRules = () => [
    { name: basename(rulesFile ?? 'firestore.rules'), content: readFileSync(rulesFile ?? '', 'utf8') }
  ];
  const emulator = await startEmulator({
    port: Number(values.port),
    host: values.host,
    project: values.project,
    importDir: values.import,
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
        console.error(`Tidak dapat membaca aturan / Cannot read rules: ${String(error)}`);
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
    const exportDir = values['export-on-exit'];
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
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
