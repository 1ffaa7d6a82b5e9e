// Runs the whole product locally, as the README's quick start says: our Firestore emulator with
// the real firestore.rules, Firestore triggers delivered to the functions, the Auth, Functions and
// Hosting emulators of firebase-tools, the built web app and, on the first start, the demo
// network. Data is kept in .data/ across restarts. The stack itself is local-stack/ (TypeScript);
// this file uses only Node built-ins, because it runs before the npm packages are installed.
import { spawn } from 'node:child_process';
import { ensurePackages, root } from './lib/setup.mjs';

ensurePackages();

// One process (tsx as a loader, not as a wrapper), so signals reach the stack directly. Its own
// process group: Ctrl+C is passed on once, by us, and the stack stops in order.
const stack = spawn(
  process.execPath,
  ['--import', 'tsx', 'local-stack/src/main.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
    detached: true
  }
);

let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // The terminal and npm may both deliver Ctrl+C; the stack needs it once.
    if (forwarded) return;
    forwarded = true;
    stack.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
stack.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
