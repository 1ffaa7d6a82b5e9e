/**
 * The tracking page's one read, a plain REST GET, against our emulator with the real rules: the
 * view comes back as the SDK would have given it (instants as ISO strings, newest entry first),
 * an unknown code is null, and nobody needs to be signed in.
 */
import { doc, setDoc, Timestamp, type Firestore } from 'firebase/firestore/lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRulesEmulator, type RulesEmulator } from '$lib/testing/rules-emulator';
import { fetchTracking, fromRestValue, type TrackingSource } from './tracking';

const PROJECT = 'demo-tracking-test';
let rules: RulesEmulator;
let owner: Firestore;
let source: TrackingSource;
const requests: string[] = [];

beforeAll(async () => {
  rules = await startRulesEmulator(PROJECT);
  owner = rules.client('owner', 'owner');
  source = {
    origin: `http://${rules.emulator.host}:${rules.emulator.port}`,
    projectId: PROJECT,
    apiKey: 'demo',
    fetcher: (input, init) => {
      requests.push(String(input));
      return fetch(input, init);
    }
  };
});
afterAll(async () => {
  await rules?.stop();
});

const at = (iso: string) => Timestamp.fromDate(new Date(iso));

describe('fetchTracking', () => {
  it('reads the public view in one GET, without signing in', async () => {
    await setDoc(doc(owner, 'tracking/K7QMXR4TP9WH'), {
      code: 'K7QMXR4TP9WH',
      ccId: 'sandik',
      ccName: 'CC Saling Anton',
      registerNumber: '012/CC-SA/XII/2026',
      sector: 'kesehatan',
      status: 'diverifikasi',
      open: true,
      receivedAt: at('2026-12-01T01:30:00Z'),
      statusChangedAt: at('2026-12-02T02:00:00Z'),
      closedAt: null,
      deadlines: {
        verifikasi: at('2026-12-04T15:59:59.999Z'),
        tindak_lanjut: at('2026-12-08T15:59:59.999Z'),
        penyelesaian: at('2027-01-30T15:59:59.999Z')
      },
      log: [
        {
          id: 'e1',
          at: at('2026-12-02T02:00:00Z'),
          type: 'perubahan_status',
          from: 'diterima',
          to: 'diverifikasi'
        },
        {
          id: 'e2',
          at: at('2026-12-03T04:00:00Z'),
          type: 'tindak_lanjut',
          kind: 'kunjungan',
          text: 'CC berkunjung.'
        },
        { id: 'broken', type: 'catatan' }
      ]
    });
    requests.length = 0;
    expect(await fetchTracking('K7QMXR4TP9WH', source)).toEqual({
      code: 'K7QMXR4TP9WH',
      ccName: 'CC Saling Anton',
      registerNumber: '012/CC-SA/XII/2026',
      sector: 'kesehatan',
      status: 'diverifikasi',
      open: true,
      receivedAt: '2026-12-01T01:30:00.000Z',
      statusChangedAt: '2026-12-02T02:00:00.000Z',
      closedAt: null,
      deadlines: {
        verifikasi: '2026-12-04T15:59:59.999Z',
        tindak_lanjut: '2026-12-08T15:59:59.999Z',
        penyelesaian: '2027-01-30T15:59:59.999Z'
      },
      log: [
        {
          id: 'e2',
          at: '2026-12-03T04:00:00.000Z',
          type: 'tindak_lanjut',
          kind: 'kunjungan',
          text: 'CC berkunjung.'
        },
        {
          id: 'e1',
          at: '2026-12-02T02:00:00.000Z',
          type: 'perubahan_status',
          from: 'diterima',
          to: 'diverifikasi'
        }
      ]
    });
    expect(requests).toEqual([
      `${source.origin}/v1/projects/${PROJECT}/databases/(default)/documents/tracking/K7QMXR4TP9WH?key=demo`
    ]);
  });

  it('answers null for a code nobody has (yet)', async () => {
    expect(await fetchTracking('2345678923AB', source)).toBeNull();
  });

  it('fails loudly when Firestore cannot answer', async () => {
    const down: TrackingSource = { ...source, fetcher: async () => new Response('', { status: 503 }) };
    await expect(fetchTracking('K7QMXR4TP9WH', down)).rejects.toThrow('Firestore answered 503');
  });
});

describe('fromRestValue', () => {
  it('turns REST values into plain data', () => {
    expect(
      fromRestValue({
        mapValue: {
          fields: {
            n: { integerValue: '42' },
            x: { doubleValue: 1.5 },
            yes: { booleanValue: true },
            none: { nullValue: null },
            list: {
              arrayValue: {
                values: [{ stringValue: 'a' }, { timestampValue: '2026-12-02T02:00:00.123456Z' }]
              }
            },
            empty: { arrayValue: {} }
          }
        }
      })
    ).toEqual({ n: 42, x: 1.5, yes: true, none: null, list: ['a', '2026-12-02T02:00:00.123Z'], empty: [] });
  });
});
