/**
 * A local, in-memory Cloud Firestore for development and tests. Start one on a free port:
 *
 *   const emulator = await startEmulator({ port: 0 });
 *   connectFirestoreEmulator(db, emulator.host, emulator.port);
 *   … await emulator.clear(); await emulator.stop();
 */
import type { AddressInfo } from 'node:net';
import type { CompileResult } from './rules/contract';
import { compileRules } from './rules/index';
import { createEmulatorServer, type CompileRules } from './server';
import { FirestoreService, type DocumentChangeListener } from './service';
import { exportSnapshot, importSnapshot, readSnapshotDir, writeSnapshotDir } from './snapshot';

export { FirestoreService, type DocumentChange, type DocumentChangeListener } from './service';
export { createEmulatorServer, type CompileRules } from './server';
export { compileRules, formatCompileErrors } from './rules/index';
export { exportSnapshot, importSnapshot, readSnapshotDir, writeSnapshotDir };

export interface StartOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Default project for clear(). */
  project?: string;
  /** Rules source files to load at start. */
  rulesFiles?: { name: string; content: string }[];
  /** The rules compiler; defaults to rules/index.ts compileRules. */
  compile?: CompileRules;
  /** Directory holding a snapshot to load at start. */
  importDir?: string;
  log?: (line: string) => void;
}

export interface RunningEmulator {
  port: number;
  host: string;
  /** http://host:port */
  url: string;
  project: string;
  service: FirestoreService;
  /** Deletes every document of the project (default: the start project). */
  clear(project?: string): Promise<void>;
  /** Replaces the rules of every project; null allows everything. */
  setRules(rules: CompileResult | null): void;
  /** Compiles and loads rules source files for every project. */
  loadRules(files: { name: string; content: string }[]): CompileResult;
  /** Calls `listener` after each commit for every changed document; returns an unsubscribe. */
  onDocumentChange(listener: DocumentChangeListener): () => void;
  stop(): Promise<void>;
}

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const service = new FirestoreService();
  const host = options.host ?? '127.0.0.1';
  const project = options.project ?? 'demo-buku';
  const compile = options.compile ?? compileRules;
  const loadRules = (files: { name: string; content: string }[]): CompileResult => {
    const result = compile(files);
    // The file on disk is the developer's latest word, also for projects that had rules PUT.
    service.setRulesForEveryProject(result);
    return result;
  };
  if (options.rulesFiles) loadRules(options.rulesFiles);
  if (options.importDir) readSnapshotDir(service.store, options.importDir);
  const server = createEmulatorServer({ service, compile, log: options.log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    host,
    url: `http://${host}:${port}`,
    project,
    service,
    clear: async (p = project) => service.clear({ project: p, database: '(default)' }),
    setRules: (rules) => service.setRulesForEveryProject(rules),
    loadRules,
    onDocumentChange: (listener) => service.onDocumentChange(listener),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })
  };
}
