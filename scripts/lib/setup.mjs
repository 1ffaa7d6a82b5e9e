// What both quick-start commands need before they can run: the npm packages, and for
// browser tests Chromium from Debian's packages. Uses only Node built-ins: it runs before
// anything is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed (exit ${status})`);
    process.exit(status);
  }
}

/** npm ci when node_modules is missing or was installed from another package-lock.json. */
export function ensurePackages() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.buku-lock-hash');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log('• Installing npm packages (npm ci)…');
  // Serialise with any other install on this machine (several checkouts may share it).
  const flock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  if (flock) must('flock', ['/tmp/npm.lock', 'npm', 'ci', '--no-audit', '--no-fund']);
  else must('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, hash);
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's chromium through apt-get when missing (Playwright cannot download browsers here). */
export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log('• Installing Chromium from Debian packages (apt-get)…');
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => must(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...args] : args, { env });
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
  if (!existsSync(CHROMIUM)) {
    console.error(`✗ Chromium is still missing at ${CHROMIUM}`);
    process.exit(1);
  }
}
