/** The one block `npm start` prints when everything answers: where to go and how to sign in. */
import type { Ports } from './config';
import type { DemoLogins } from './seed';

export interface BannerInput {
  host: string;
  ports: Ports;
  project: string;
  /** Only our Firestore is running (tests, `--only firestore`). */
  firestoreOnly: boolean;
  seconds: number;
  dataDir: string;
  logins?: DemoLogins;
  /** Why there are no demo logins (seed skipped or not available). */
  noLoginsBecause?: string;
  /** Things that did not come up as they should. */
  warnings: string[];
}

export function banner(input: BannerInput): string {
  const { host, ports } = input;
  const url = (port: number) => `http://${host}:${port}`;
  const rule = '─'.repeat(72);
  const lines = [rule];
  if (!input.firestoreOnly) {
    lines.push(`  Buku Pengaduan siap / is ready (${input.seconds.toFixed(1)} s):  ${url(ports.hosting)}`);
    lines.push('');
  } else {
    lines.push(`  Firestore lokal siap / local Firestore ready (${input.seconds.toFixed(1)} s)`);
  }
  lines.push(`  Firestore (aturan/rules: firestore.rules)  ${url(ports.firestore)}`);
  if (!input.firestoreOnly) {
    lines.push(`  Auth emulator                             ${url(ports.auth)}`);
    lines.push(
      `  Functions emulator                        ${url(ports.functions)}/${input.project}/asia-southeast2/<name>`
    );
    lines.push(`  Hosting (web/build)                       ${url(ports.hosting)}`);
  }
  lines.push(`  Data disimpan di / data kept in           ${input.dataDir}`);
  if (input.logins) {
    lines.push('');
    lines.push(`  Akun demo / demo logins — kata sandi / password: ${input.logins.password}`);
    const width = Math.max(...input.logins.accounts.map((a) => a.email.length));
    for (const account of input.logins.accounts)
      lines.push(`    ${account.email.padEnd(width)}  ${account.label}`);
  } else if (input.noLoginsBecause) {
    lines.push('');
    lines.push(`  Tanpa akun demo / no demo logins: ${input.noLoginsBecause}`);
  }
  if (input.warnings.length > 0) {
    lines.push('');
    for (const warning of input.warnings) lines.push(`  ⚠ ${warning}`);
  }
  lines.push('');
  lines.push(
    '  Berhenti / stop: Ctrl+C (data tetap ada untuk start berikutnya / data is kept for the next start)'
  );
  lines.push(rule);
  return lines.join('\n');
}
