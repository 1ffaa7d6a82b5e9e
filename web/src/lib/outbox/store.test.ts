/**
 * The outbox in IndexedDB. Node has no IndexedDB, so these unit tests use `fake-indexeddb`
 * (an in-memory implementation of the standard API); the same code runs against Chromium's
 * real IndexedDB in the browser tests.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox';
import { indexedDbOutboxStore } from './store';
import type { NewOutboxEntry } from './types';

const entry: NewOutboxEntry = {
  id: 'k9Qz2xL0aB3cD4eF5gH6',
  ccId: 'mambalan',
  trackingCode: 'ABCD2345EFGH',
  summary: { ccName: 'Lembaga Adat Paer Mambal', sector: 'air_bersih', providerName: 'PDAM Giri Menang' },
  payload: {
    complaint: { sector: 'air_bersih', peopleAffected: 40 },
    contact: { name: 'Amaq Rohman', disabilities: ['netra'] }
  }
};

describe('indexedDbOutboxStore', () => {
  it('keeps a waiting complaint across a "reload" and sends it from the new page', async () => {
    const name = `outbox-reload-${Math.random()}`;
    const offlinePage = new Outbox({
      store: indexedDbOutboxStore(name),
      send: async () => {
        throw new Error('not reached while offline');
      },
      isOnline: () => false
    });
    await offlinePage.add(entry);
    await offlinePage.flush({ force: true });

    // A new page: a new store object and a new outbox over the same database.
    const sent: string[] = [];
    const reloaded = new Outbox({
      store: indexedDbOutboxStore(name),
      send: async (message) => {
        sent.push(`${message.ccId}/${message.id}`);
        return 'created';
      }
    });
    const before = await reloaded.list();
    expect(before.map((e) => [e.id, e.state, e.trackingCode])).toEqual([
      ['k9Qz2xL0aB3cD4eF5gH6', 'waiting', 'ABCD2345EFGH']
    ]);
    expect(before[0]!.payload).toEqual(entry.payload);

    await reloaded.flush({ force: true });
    expect(sent).toEqual(['mambalan/k9Qz2xL0aB3cD4eF5gH6']);
    const after = await indexedDbOutboxStore(name).get(entry.id);
    expect(after?.state).toBe('sent');
    expect(after?.payload).toBeUndefined();
  });

  it('answers undefined for an unknown id and lists nothing in a new database', async () => {
    const store = indexedDbOutboxStore(`outbox-empty-${Math.random()}`);
    expect(await store.get('missing')).toBeUndefined();
    expect(await store.all()).toEqual([]);
  });
});
