/**
 * The demo network (seed/), loaded on the first start only. The seed module is looked up at run
 * time: the stack still starts, with empty data, while seed/ is missing or incomplete.
 *
 * Contract with seed/ (seed/load.ts and seed/network.ts):
 *   loadDemo({ db, accounts }) → { documents, complaints, accounts }
 *   authEmulatorAccounts(app)  → the account step against the Auth emulator
 *   DEMO_ACCOUNTS [{ email, label }], DEMO_PASSWORD
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App } from 'firebase-admin/app';
import type { Firestore } from 'firebase-admin/firestore';
import { ROOT } from './config';

export interface DemoLogin {
  email: string;
  label: string;
}

export interface DemoLogins {
  password: string;
  accounts: DemoLogin[];
}

export interface SeedSummary {
  documents: number;
  complaints: number;
  accounts: number;
}

export interface DemoSeed {
  load(db: Firestore, app: App): Promise<SeedSummary>;
  logins: DemoLogins;
}

type Loader = (options: { db: Firestore; accounts?: unknown }) => Promise<SeedSummary>;

const LOAD = join(ROOT, 'seed', 'load.ts');
const NETWORK = join(ROOT, 'seed', 'network.ts');

/** Why the seed cannot be used, or the seed. */
export async function findDemoSeed(): Promise<DemoSeed | string> {
  if (!existsSync(LOAD) || !existsSync(NETWORK))
    return 'seed/load.ts atau / or seed/network.ts belum ada / is missing';
  let load: Record<string, unknown>;
  let network: Record<string, unknown>;
  try {
    load = (await import(pathToFileURL(LOAD).href)) as Record<string, unknown>;
    network = (await import(pathToFileURL(NETWORK).href)) as Record<string, unknown>;
  } catch (error) {
    return `seed/ tidak dapat dimuat / cannot be loaded: ${error instanceof Error ? error.message : String(error)}`;
  }
  const { loadDemo, authEmulatorAccounts } = load;
  const { DEMO_ACCOUNTS, DEMO_PASSWORD } = network;
  if (typeof loadDemo !== 'function' || typeof authEmulatorAccounts !== 'function') {
    return 'seed/load.ts tidak mengekspor / does not export loadDemo and authEmulatorAccounts';
  }
  if (!Array.isArray(DEMO_ACCOUNTS) || typeof DEMO_PASSWORD !== 'string') {
    return 'seed/network.ts tidak mengekspor / does not export DEMO_ACCOUNTS and DEMO_PASSWORD';
  }
  return {
    logins: {
      password: DEMO_PASSWORD,
      accounts: (DEMO_ACCOUNTS as DemoLogin[]).map(({ email, label }) => ({ email, label }))
    },
    load: (db, app) =>
      (loadDemo as Loader)({ db, accounts: (authEmulatorAccounts as (app: App) => unknown)(app) })
  };
}
