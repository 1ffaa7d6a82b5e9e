/**
 * The cost of checking rules: the same runQuery sent as the owner (rules bypassed) and as a
 * signed-in user (rules checked), over raw REST so that only the rules differ.
 *
 *   npx tsx emulator/bench/rules-cost.ts [iterations]
 *
 * Two rules are measured: one that reads a custom claim, one that get()s a membership
 * document. Prints mean milliseconds per query and the user / owner ratio.
 */
import { startEmulator } from '../src/index';
import { compileRules } from '../src/rules/index';

const ITERATIONS = Number(process.argv[2] ?? 400);
const PROJECT = 'demo-rules-bench';
const DOCS = 500;

const RULES = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /centers/{cc}/complaints/{id} {
      allow list: if request.auth.token.get('cc', {}).get(cc, '') == 'staff'
        || resource.data.reporter == request.auth.uid;
    }
    match /centers/{cc}/cases/{id} {
      allow list: if get(/databases/$(database)/documents/centers/$(cc)/members/$(request.auth.uid)).data.role == 'staff';
    }
  }
}`;

function unsignedToken(claims: Record<string, unknown>): string {
  const part = (x: unknown) => Buffer.from(JSON.stringify(x)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ iat: now, exp: now + 3600, sub: claims.sub, user_id: claims.sub, ...claims })}.`;
}

async function main(): Promise<void> {
  const emulator = await startEmulator({ port: 0, project: PROJECT, compile: compileRules });
  const loaded = emulator.loadRules([{ name: 'firestore.rules', content: RULES }]);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
  const base = `${emulator.url}/v1/projects/${PROJECT}/databases/(default)/documents`;

  // Seed as the owner through the REST commit endpoint.
  const writes = [];
  for (let i = 0; i < DOCS; i++) {
    const fields = {
      reporter: { stringValue: `warga-${i % 25}` },
      title: { stringValue: `Aduan nomor ${i}` },
      status: { stringValue: i % 3 === 0 ? 'baru' : 'diproses' },
      people: { integerValue: String(i % 40) }
    };
    writes.push({
      update: {
        name: `projects/${PROJECT}/databases/(default)/documents/centers/sandik/complaints/c${i}`,
        fields
      }
    });
    writes.push({
      update: { name: `projects/${PROJECT}/databases/(default)/documents/centers/sandik/cases/k${i}`, fields }
    });
  }
  writes.push({
    update: {
      name: `projects/${PROJECT}/databases/(default)/documents/centers/sandik/members/staf-1`,
      fields: { role: { stringValue: 'staff' } }
    }
  });
  const seeded = await fetch(`${base}:commit`, {
    method: 'POST',
    headers: { authorization: 'Bearer owner', 'content-type': 'application/json' },
    body: JSON.stringify({ writes })
  });
  if (!seeded.ok) throw new Error(`seed failed: ${seeded.status} ${await seeded.text()}`);

  const query = (collectionId: string, where?: unknown) =>
    JSON.stringify({ structuredQuery: { from: [{ collectionId }], ...(where ? { where } : {}) } });
  const byReporter = {
    fieldFilter: { field: { fieldPath: 'reporter' }, op: 'EQUAL', value: { stringValue: 'warga-1' } }
  };

  const once = async (body: string, authorization: string): Promise<number> => {
    const r = await fetch(`${base}/centers/sandik:runQuery`, {
      method: 'POST',
      headers: { authorization, 'content-type': 'application/json' },
      body
    });
    const rows = (await r.json()) as { document?: unknown }[];
    if (!r.ok) throw new Error(`${r.status} ${JSON.stringify(rows)}`);
    return rows.filter((x) => x.document).length;
  };
  const median = (xs: number[]): number => {
    const s = [...xs].sort((x, y) => x - y);
    return s[Math.floor(s.length / 2)] ?? Number.NaN;
  };
  /** Owner and user requests alternate, so that drift (GC, JIT) hits both alike; medians. */
  async function compare(label: string, body: string, user: string, quiet = false): Promise<number> {
    const count = await once(body, user);
    const owner: number[] = [];
    const users: number[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      let t = process.hrtime.bigint();
      await once(body, 'Bearer owner');
      owner.push(Number(process.hrtime.bigint() - t) / 1e6);
      t = process.hrtime.bigint();
      await once(body, user);
      users.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    const ratio = median(users) / median(owner);
    if (!quiet)
      console.log(
        `${label.padEnd(52)} owner ${median(owner).toFixed(3)} ms, user ${median(users).toFixed(3)} ms, ratio ${ratio.toFixed(2)} (${count} docs)`
      );
    return ratio;
  }

  const citizen = `Bearer ${unsignedToken({ sub: 'warga-1' })}`;
  const staffClaim = `Bearer ${unsignedToken({ sub: 'staf-9', cc: { sandik: 'staff' } })}`;
  const staffMember = `Bearer ${unsignedToken({ sub: 'staf-1' })}`;

  const cases: [string, string, string][] = [
    ['where(reporter == uid), rule proves it', query('complaints', byReporter), citizen],
    ['whole collection, custom-claim rule', query('complaints'), staffClaim],
    ['whole collection, get() membership rule', query('cases'), staffMember],
    ['control: owner against owner', query('complaints', byReporter), 'Bearer owner']
  ];
  // Warm-up: the JIT settles only after a few hundred requests of each kind.
  for (const [label, body, user] of cases) await compare(label, body, user, true);
  console.log(`${DOCS} documents per collection, ${ITERATIONS} alternating iterations, medians`);
  for (const [label, body, user] of cases) await compare(label, body, user);
  await emulator.stop();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
