/**
 * Our Firestore emulator in this process, with the real firestore.rules (reloaded when the file
 * changes) and its data kept on disk: loaded at start, saved every few seconds when something
 * changed and on stop, so data survives restarts and, up to the last save, crashes.
 */
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  unwatchFile,
  watchFile,
  writeFileSync
} from 'node:fs';
import { basename, join } from 'node:path';
import {
  exportSnapshot,
  formatCompileErrors,
  readSnapshotDir,
  startEmulator,
  type RunningEmulator
} from '@buku/emulator';

/** The file name emulator/src/snapshot.ts reads (readSnapshotDir); the persistence test checks they agree. */
export const SNAPSHOT_FILE = 'firestore-snapshot.json';

export interface LocalFirestoreOptions {
  port: number;
  host: string;
  project: string;
  /** firestore.rules; watched for changes. */
  rulesFile: string;
  /** Where the snapshot lives; loaded at start when present. */
  dataDir: string;
  /** Save this often while there are unsaved changes; 0 saves only on stop. */
  saveEveryMs: number;
  log: (line: string) => void;
}

export interface LocalFirestore {
  emulator: RunningEmulator;
  /** Documents loaded from disk at start. */
  loaded: number;
  /** Writes the snapshot now (atomically: a crash mid-write leaves the previous one). */
  save(): string;
  /** Saves, stops watching and closes the server. */
  stop(): Promise<void>;
}

export function snapshotPath(dataDir: string): string {
  return join(dataDir, SNAPSHOT_FILE);
}

export function hasSnapshot(dataDir: string): boolean {
  return existsSync(snapshotPath(dataDir));
}

export async function startLocalFirestore(options: LocalFirestoreOptions): Promise<LocalFirestore> {
  const readRules = () => [
    { name: basename(options.rulesFile), content: readFileSync(options.rulesFile, 'utf8') }
  ];
  const emulator = await startEmulator({
    port: options.port,
    host: options.host,
    project: options.project
  });
  const reportRules = (result: ReturnType<RunningEmulator['loadRules']>) => {
    if (result.ok) return;
    options.log(formatCompileErrors(result.errors));
    options.log(
      'Aturan gagal dikompilasi: semua permintaan ditolak / Rules failed to compile: every request is denied.'
    );
  };
  reportRules(emulator.loadRules(readRules()));
  const loaded = readSnapshotDir(emulator.service.store, options.dataDir);

  let dirty = false;
  const unsubscribe = emulator.onDocumentChange(() => {
    dirty = true;
  });

  const save = (): string => {
    mkdirSync(options.dataDir, { recursive: true });
    const file = snapshotPath(options.dataDir);
    const temporary = `${file}.${process.pid}.tmp`;
    dirty = false;
    writeFileSync(temporary, JSON.stringify(exportSnapshot(emulator.service.store)));
    renameSync(temporary, file);
    return file;
  };

  const timer =
    options.saveEveryMs > 0
      ? setInterval(() => {
          if (!dirty) return;
          try {
            save();
          } catch (error) {
            dirty = true;
            options.log(`Gagal menyimpan data / Could not save data: ${String(error)}`);
          }
        }, options.saveEveryMs)
      : undefined;
  timer?.unref();

  watchFile(options.rulesFile, { interval: 500 }, () => {
    try {
      const result = emulator.loadRules(readRules());
      options.log(`Aturan dimuat ulang / Rules reloaded from ${basename(options.rulesFile)}`);
      reportRules(result);
    } catch (error) {
      options.log(`Tidak dapat membaca aturan / Cannot read rules: ${String(error)}`);
    }
  });

  let stopped = false;
  return {
    emulator,
    loaded,
    save,
    async stop() {
      if (stopped) return;
      stopped = true;
      if (timer) clearInterval(timer);
      unwatchFile(options.rulesFile);
      unsubscribe();
      save();
      await emulator.stop();
    }
  };
}
