/**
 * Everything a browser needs to use the app locally: our Firestore emulator (in this process,
 * with the real firestore.rules), the Firebase Auth emulator, web/ built against both into a
 * temporary directory, and a static server for it; with `functions: true` also the Functions
 * emulator running functions/ (the staff pages' callables). Used by the browser tests' global
 * setup (citizen and staff pages alike) and by the budget benchmarks.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileRules, formatCompileErrors, startEmulator, type RunningEmulator } from '@buku/emulator';
import { RULES_PATH } from '../../rules/harness';
import { freePort, startAuthEmulator } from './auth-emulator';
import { buildFunctionsSource } from './functions-build';
import { serveBuild } from './static-server';
import { buildWeb, kitDirOf } from './web-build';

export const PROJECT = 'demo-buku';

export interface CitizenStack {
  /** Where the built app is served, e.g. http://127.0.0.1:41234 */
  siteUrl: string;
  /** host:port of our Firestore emulator. */
  firestoreHost: string;
  /** host:port of the Auth emulator. */
  authHost: string;
  /** host:port of the Functions emulator, when started. */
  functionsHost: string | null;
  project: string;
  /** SvelteKit's working directory of this build (its client output holds the Vite manifest). */
  kitDir: string;
  /** Every request the Firestore emulator answered: "METHOD /url status". */
  requests: string[];
  emulator: RunningEmulator;
  stop(): Promise<void>;
}

export interface StackOptions {
  /** Start the Functions emulator too (about as quick as Auth alone; both start during the build). */
  functions?: boolean;
}

export async function startCitizenStack(options: StackOptions = {}): Promise<CitizenStack> {
  const rules = [{ name: 'firestore.rules', content: readFileSync(RULES_PATH, 'utf8') }];
  const compiled = compileRules(rules);
  if (!compiled.ok)
    throw new Error(`firestore.rules does not compile:\n${formatCompileErrors(compiled.errors)}`);
  const requests: string[] = [];
  const running: { stop(): Promise<void> }[] = [];
  const outDir = mkdtempSync(join(tmpdir(), 'buku-web-build-'));
  const stop = async () => {
    for (const service of running.reverse()) await service.stop().catch(() => undefined);
    rmSync(outDir, { recursive: true, force: true });
    rmSync(kitDirOf(outDir), { recursive: true, force: true });
  };
  try {
    const emulator = await startEmulator({
      port: 0,
      project: PROJECT,
      rulesFiles: rules,
      log: (line) => requests.push(line)
    });
    running.push(emulator);
    const firestoreHost = `${emulator.host}:${emulator.port}`;
    const authHost = `127.0.0.1:${await freePort()}`;
    const functionsPort = options.functions ? await freePort() : null;
    const functionsHost = functionsPort === null ? null : `127.0.0.1:${functionsPort}`;
    const startEmulators = async () => {
      let functions;
      if (functionsPort !== null) {
        const source = await buildFunctionsSource();
        running.push({ stop: async () => source.remove() });
        functions = { port: functionsPort, source: source.dir, firestoreHost };
      }
      running.push(await startAuthEmulator(PROJECT, Number(authHost.split(':')[1]), functions));
    };
    // The Auth emulator takes ~15–20 s to start; the build runs meanwhile.
    await Promise.all([
      startEmulators(),
      buildWeb(outDir, {
        VITE_FIRESTORE_EMULATOR_HOST: firestoreHost,
        VITE_AUTH_EMULATOR_HOST: authHost,
        ...(functionsHost ? { VITE_FUNCTIONS_EMULATOR_HOST: functionsHost } : {})
      })
    ]);
    const site = await serveBuild(outDir);
    running.push({ stop: site.close });
    const kitDir = kitDirOf(outDir);
    return {
      siteUrl: site.url,
      firestoreHost,
      authHost,
      functionsHost,
      project: PROJECT,
      kitDir,
      requests,
      emulator,
      stop
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
