/** Requests Cloud Firestore refuses for their size are refused here too, and change nothing. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index';
import { documentSize } from '../../src/values';

let emulator: RunningEmulator;
const docs = () => `${emulator.url}/v1/projects/demo-limits/databases/(default)/documents`;
const name = (path: string) => `projects/demo-limits/databases/(default)/documents/${path}`;
const owner = { Authorization: 'Bearer owner' };

const commit = (path: string, text: string) =>
  fetch(`${docs()}:commit`, {
    method: 'POST',
    headers: owner,
    body: JSON.stringify({
      writes: [{ update: { name: name(path), fields: { text: { stringValue: text } } } }]
    })
  });

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, project: 'demo-limits' });
});
afterAll(async () => emulator.stop());

describe('size limits', () => {
  test('documents are sized as Google documents it (name + fields + 32 bytes)', () => {
    // 'notes' 6 + 'a' 2 + 16 = 24; 'text' 5 + 'hello' 6 = 11; + 32
    expect(documentSize('notes/a', { text: { stringValue: 'hello' } })).toBe(67);
  });
  test('a document over 1 MiB is refused with its size, and is not stored', async () => {
    const response = await commit('notes/big', 'x'.repeat(1_048_576));
    const body = (await response.json()) as { error: { status: string; message: string } };
    expect([response.status, body.error.status]).toEqual([400, 'INVALID_ARGUMENT']);
    expect(body.error.message).toContain('exceeds the maximum allowed size of 1048576 bytes');
    const read = await fetch(`${docs()}/notes/big`, { headers: owner });
    expect(read.status).toBe(404);
  });
  test('a document of exactly 1 MiB is stored', async () => {
    const empty = documentSize('notes/edge', { text: { stringValue: '' } });
    const text = 'x'.repeat(1_048_576 - empty);
    expect(documentSize('notes/edge', { text: { stringValue: text } })).toBe(1_048_576);
    expect((await commit('notes/edge', text)).status).toBe(200);
  });
  test('a request body over 10 MiB is refused', async () => {
    const response = await commit('notes/huge', 'x'.repeat(11 * 1024 * 1024));
    const body = (await response.json()) as { error: { message: string } };
    expect(response.status).toBe(400);
    expect(body.error.message).toContain('Request payload size exceeds the limit');
  });
});
