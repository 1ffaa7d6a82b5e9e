// Runs the product locally on its embedded default, as the README's quick start says.
// Today: the local Firestore emulator with the real firestore.rules (data kept in .data/
// across restarts) and the built web app. The Auth and Functions emulators and the seeded
// demo network join with the end-to-end issue.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePackages, root, run } from './lib/setup.mjs';

const FIRESTORE_PORT = Number(process.env.FIRESTORE_PORT ?? 8080);
const WEB_PORT = Number(process.env.WEB_PORT ?? 5173);
const dataDir = join(root, '.data', 'firestore');

ensurePackages();
console.log('• Building the web app…');
if (run('npm', ['run', '--silent', 'build', '-w', 'web']) !== 0) process.exit(1);

mkdirSync(dataDir, { recursive: true });
const emulatorArgs = ['tsx', 'emulator/src/cli.ts', '--port', String(FIRESTORE_PORT), '--project', 'demo-buku'];
emulatorArgs.push('--rules', 'firestore.rules', '--export-on-exit', dataDir);
if (existsSync(join(dataDir, 'snapshot.json'))) emulatorArgs.push('--import', dataDir);

const children = [
  spawn('npx', emulatorArgs, { cwd: root, stdio: 'inherit' }),
  spawn('npx', ['vite', 'preview', '--port', String(WEB_PORT), '--strictPort', '--host', '127.0.0.1'], {
    cwd: join(root, 'web'),
    stdio: 'inherit'
  })
];

console.log(`\nBuku Pengaduan: http://127.0.0.1:${WEB_PORT}  (Firestore emulator on port ${FIRESTORE_PORT})`);
console.log('Stop with Ctrl+C; Firestore data is kept in .data/ for the next start.\n');

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGINT');
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', () => stop());
