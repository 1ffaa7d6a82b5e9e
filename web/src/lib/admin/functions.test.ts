import { describe, expect, it } from 'vitest';
import { functionsEmulatorAddress } from './functions';

describe('where the callables are', () => {
  it('uses the configured emulator host first', () => {
    expect(functionsEmulatorAddress('127.0.0.1:5101', 'demo-buku', 'example.org')).toEqual({
      host: '127.0.0.1',
      port: 5101
    });
  });

  it('uses the page host, port 5001, on a demo project, and the deployed functions otherwise', () => {
    expect(functionsEmulatorAddress(undefined, 'demo-buku', '192.168.1.5')).toEqual({
      host: '192.168.1.5',
      port: 5001
    });
    expect(functionsEmulatorAddress(undefined, 'buku-pengaduan', 'buku.example.org')).toBeUndefined();
  });
});
