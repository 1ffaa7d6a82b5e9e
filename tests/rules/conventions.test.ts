/**
 * The storage conventions of docs/DATA-MODEL.md, pinned where the rules table and the index list
 * could drift from functions/ and core/: instants are timestamps (never ISO strings), deadlines
 * are keyed by core's stage ids, and every complaint field only functions write is documented
 * and refused to clients on every path a client writes a complaint.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ComplaintRecordSchema, STAGE_IDS } from '@buku/core';
import { baseWorld, importedComplaint, storedComplaint } from './fixtures';
import { APP_QUERIES } from './queries';
import { FUNCTIONS_ONLY_FIELDS, RULES_TABLE } from './table';

const ROOT = new URL('../../', import.meta.url);
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** Dates (how the table seeds timestamps) as core's ISO strings, at any depth. */
function asCore(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(asCore);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, asCore(inner)]));
  return value;
}

function isoStringsIn(data: unknown, at: string): string[] {
  if (typeof data === 'string') return ISO_DATE_TIME.test(data) ? [at] : [];
  if (Array.isArray(data)) return data.flatMap((inner, i) => isoStringsIn(inner, `${at}[${i}]`));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, inner]) => isoStringsIn(inner, `${at}.${key}`));
  return [];
}

describe('instants are timestamps', () => {
  it('the seeded world holds no instant as an ISO string', () => {
    const world = {
      ...baseWorld(),
      'centers/sandik/complaints/c-impor': importedComplaint('sandik', 'selesai')
    };
    expect(Object.entries(world).flatMap(([path, data]) => isoStringsIn(data, path))).toEqual([]);
  });

  it("a stored complaint of the table is core's ComplaintRecord once its timestamps are read", () => {
    for (const complaint of [
      storedComplaint('sandik', 'diverifikasi', { verifiedAt: new Date(Date.now() - 86_400_000) }),
      importedComplaint('sandik', 'selesai', { closedAt: new Date(Date.now() - 86_400_000) })
    ]) {
      const parsed = ComplaintRecordSchema.safeParse(asCore(complaint));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('the table refuses an ISO string where the rules want request.time', () => {
    const isoCases = RULES_TABLE.filter((c) => /as an ISO string/.test(c.name));
    expect(isoCases.map((c) => c.expect)).toEqual(isoCases.map(() => 'deny'));
    expect(isoCases.map((c) => c.name.split(':')[0]).sort()).toEqual(
      ['classify', 'intake', 'log', 'walk-in', 'workflow'].sort()
    );
  });
});

describe("deadlines are keyed by core's stage ids", () => {
  it('on the stored complaints of the table', () => {
    for (const [path, data] of Object.entries(baseWorld())) {
      if (!/\/complaints\/[^/]+$/.test(path)) continue;
      expect(Object.keys((data as { deadlines: object }).deadlines), path).toEqual([...STAGE_IDS]);
    }
  });

  it('in every query the app makes and every index declared', () => {
    const queried = APP_QUERIES.flatMap((q) => [...q.where, ...(q.orderBy ?? [])].map(([field]) => field));
    const indexes = JSON.parse(readFileSync(new URL('firestore.indexes.json', ROOT), 'utf8')) as {
      indexes: { fields: { fieldPath: string }[] }[];
      fieldOverrides: { fieldPath: string }[];
    };
    const declared = [
      ...indexes.indexes.flatMap((i) => i.fields.map((f) => f.fieldPath)),
      ...indexes.fieldOverrides.map((o) => o.fieldPath)
    ];
    const deadlineFields = [...queried, ...declared].filter((field) => field.startsWith('deadlines.'));
    expect(deadlineFields.length).toBeGreaterThan(0);
    for (const field of deadlineFields) expect(STAGE_IDS as readonly string[]).toContain(field.slice(10));
  });
});

describe('complaint fields only functions write', () => {
  const fields = Object.keys(FUNCTIONS_ONLY_FIELDS);

  it('include the register number, forum traits and import origin', () => {
    expect(fields).toEqual(
      expect.arrayContaining(['registerNumber', 'forumTraits', 'importedFrom', 'deadlines'])
    );
  });

  it('are refused from the web form, the staff form and a staff update', () => {
    const denied = new Set(RULES_TABLE.filter((c) => c.expect === 'deny').map((c) => c.name));
    for (const field of fields) {
      expect(
        [...denied].some((n) => n.startsWith(`intake: a citizen cannot set server-owned ${field}`)),
        field
      ).toBe(true);
      expect(denied.has(`walk-in: staff cannot set server-owned ${field}`), field).toBe(true);
      expect(denied.has(`edit: staff cannot set server-owned ${field}`), field).toBe(true);
    }
  });

  it('are listed as server-owned in docs/DATA-MODEL.md', () => {
    const model = readFileSync(new URL('docs/DATA-MODEL.md', ROOT), 'utf8');
    const row = model.split('\n').find((line) => line.startsWith('| `centers/{cc}/complaints/{id}` |'));
    expect(row).toBeDefined();
    const start = row!.indexOf('server-owned:');
    expect(start).toBeGreaterThan(0);
    // The "holds" cell only, up to the "read" column.
    const serverOwned = row!.slice(start, row!.indexOf(' | ', start));
    for (const field of fields) expect(serverOwned, field).toContain(`\`${field}\``);
  });
});
