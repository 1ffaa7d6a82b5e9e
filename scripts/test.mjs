// The whole test suite, as the README's quick start and .ci/run call it: installs what it
// needs, then formatting, lint, type checks, builds and every vitest project. Ends with one
// line "N passed, N failed" and a non-zero exit code when anything failed.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensurePackages, root, run } from './lib/setup.mjs';

ensurePackages();
ensureChromium();

const steps = [
  ['format (prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['lint (eslint)', 'npx', ['eslint', '.']],
  ['types: core', 'npx', ['tsc', '-p', 'core/tsconfig.json']],
  ['types: emulator', 'npx', ['tsc', '-p', 'emulator/tsconfig.json']],
  ['types: functions', 'npx', ['tsc', '-p', 'functions/tsconfig.json']],
  ['types: tests', 'npx', ['tsc', '-p', 'tests/tsconfig.json']],
  ['types: seed', 'npx', ['tsc', '-p', 'seed/tsconfig.json']],
  ['types: local-stack', 'npx', ['tsc', '-p', 'local-stack/tsconfig.json']],
  ['types: web (svelte-check)', 'npm', ['run', '--silent', 'typecheck', '-w', 'web']],
  ['build: functions', 'npm', ['run', '--silent', 'build', '-w', 'functions']],
  ['build: web', 'npm', ['run', '--silent', 'build', '-w', 'web']]
];

const failed = [];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  if (run(command, args) !== 0) failed.push(name);
}

console.log('\n▶ tests (vitest, every package)');
const resultsDir = join(root, '.test-results');
rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });
const report = join(resultsDir, 'vitest.json');
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`
]);
let passed = 0;
let failedTests = 0;
let skipped = 0;
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed = summary.numPassedTests;
  failedTests = summary.numFailedTests;
  skipped = summary.numPendingTests + summary.numTodoTests;
}
if (vitestStatus !== 0) failed.push('tests (vitest)');
if (passed === 0) failed.push('tests: none ran');

console.log('');
for (const name of failed) console.log(`✗ ${name}`);
console.log(`${passed} passed, ${failedTests} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed.length ? 1 : 0);
