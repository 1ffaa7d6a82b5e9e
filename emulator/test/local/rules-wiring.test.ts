/** The real rules compiler wired in: rules at start, replaced through PUT …:securityRules. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { initializeApp } from 'firebase/app';
import {
  connectFirestoreEmulator,
  doc,
  getDoc,
  getFirestore,
  setDoc,
  setLogLevel,
  type Firestore
} from 'firebase/firestore/lite';
import { startEmulator, type RunningEmulator } from '../../src/index';

setLogLevel('silent');

const RULES = `rules_version = '2';
service cloud.firestore {
  match /databases/{database}/documents {
    match /notes/{id} {
      allow read: if request.auth != null;
      allow write: if request.auth != null && request.auth.uid == id;
    }
  }
}`;

let emulator: RunningEmulator;
let alice: Firestore;
let anon: Firestore;

function client(name: string, sub?: string): Firestore {
  const db = getFirestore(initializeApp({ projectId: 'demo-rules-wiring', apiKey: 'k' }, name));
  connectFirestoreEmulator(db, emulator.host, emulator.port, sub ? { mockUserToken: { sub } } : {});
  return db;
}

const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { code: string }) => e.code
  );

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    project: 'demo-rules-wiring',
    rulesFiles: [{ name: 'test.rules', content: RULES }]
  });
  alice = client('alice', 'alice');
  anon = client('anon');
});
afterAll(async () => emulator.stop());

describe('rules loaded at start', () => {
  test('the owner of the id may write, others may not', async () => {
    expect([
      await code(setDoc(doc(alice, 'notes/alice'), { t: 1 })),
      await code(setDoc(doc(alice, 'notes/bob'), { t: 1 }))
    ]).toEqual(['ok', 'permission-denied']);
  });
  test('signed-in users read, anonymous requests are denied', async () => {
    expect([
      await code(getDoc(doc(alice, 'notes/alice'))),
      await code(getDoc(doc(anon, 'notes/alice')))
    ]).toEqual(['ok', 'permission-denied']);
  });
  test('paths no rule matches are denied', async () => {
    expect(await code(getDoc(doc(alice, 'other/x')))).toBe('permission-denied');
  });
});

describe('PUT /emulator/v1/projects/{p}:securityRules', () => {
  const put = (content: string) =>
    fetch(`${emulator.url}/emulator/v1/projects/demo-rules-wiring:securityRules`, {
      method: 'PUT',
      body: JSON.stringify({ rules: { files: [{ content }] } })
    });
  test('replaces the rules of the project', async () => {
    const response = await put(`rules_version = '2';
service cloud.firestore { match /databases/{database}/documents { match /{document=**} { allow read: if true; } } }`);
    expect([response.status, await code(getDoc(doc(anon, 'other/x')))]).toEqual([200, 'ok']);
  });
  test('rules with an error answer 400 with line and column and then deny everything', async () => {
    const response = await put(
      `rules_version = '2';\nservice cloud.firestore {\n  match /x { allow read: if ; }\n}`
    );
    const body = (await response.json()) as { error: { message: string } };
    expect([
      response.status,
      /:\d+:\d+/.test(body.error.message),
      await code(getDoc(doc(anon, 'other/x')))
    ]).toEqual([400, true, 'permission-denied']);
  });
});

describe('bad rules requests change nothing', () => {
  const putBody = (body: string) =>
    fetch(`${emulator.url}/emulator/v1/projects/demo-rules-wiring:securityRules`, { method: 'PUT', body });
  test('a body without rules files answers 400 and keeps the rules in force', async () => {
    emulator.loadRules([{ name: 'test.rules', content: RULES }]);
    const answers = [
      await putBody('{"rules":5}'),
      await putBody('{"rules":{"files":[]}}'),
      await putBody('{"rules":{"files":[{"name":"x.rules"}]}}')
    ];
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { error: { message: string } }[];
    expect(answers.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(bodies[0]?.error.message).toContain('the rules are unchanged');
    expect(await code(getDoc(doc(alice, 'notes/alice')))).toBe('ok');
  });
  test('rules reloaded from disk replace rules a PUT gave the project', async () => {
    await putBody(JSON.stringify({ rules: { files: [{ content: 'rules_version = "2";' }] } }));
    expect(await code(getDoc(doc(alice, 'notes/alice')))).toBe('permission-denied');
    emulator.loadRules([{ name: 'test.rules', content: RULES }]);
    expect(await code(getDoc(doc(alice, 'notes/alice')))).toBe('ok');
  });
});
