import { Timestamp } from 'firebase-admin/firestore';
import { describe, expect, it } from 'vitest';
import { ComplaintDeadlinesSchema, ComplaintRecordSchema, STAGE_IDS } from '@buku/core';
import {
  COMPLAINT_INSTANT_FIELDS,
  DEADLINE_KEYS,
  hasStoredDeadlines,
  isoOf,
  stamp,
  storedComplaintInstants,
  storedDeadlines,
  strayInstantFixes
} from '../src/instants';
import { isoStringsIn } from './support/instants';

const INSTANT = '2024-05-06T07:08:09.000Z';

/** Plain text as long as INSTANT: a text field takes it, an instant field does not. */
const TEXT = 'Bukan waktu: teks biasa.';

/** Fields of a core schema that take an ISO instant and refuse plain text and a calendar day. */
function instantFieldsOf(shape: Record<string, { safeParse(v: unknown): { success: boolean } }>) {
  return Object.entries(shape)
    .filter(
      ([, schema]) =>
        schema.safeParse(INSTANT).success &&
        !schema.safeParse(TEXT).success &&
        !schema.safeParse('2024-05-06').success
    )
    .map(([key]) => key)
    .sort();
}

describe('the list of stored instants', () => {
  it('covers every instant of core’s stored complaint, plus updatedAt (functions only)', () => {
    const core = instantFieldsOf(ComplaintRecordSchema.shape);
    expect(core).toEqual(
      [
        'awaitingReplySince',
        'closedAt',
        'firstFollowUpAt',
        'receivedAt',
        'statusChangedAt',
        'verifiedAt'
      ].sort()
    );
    expect([...COMPLAINT_INSTANT_FIELDS].sort()).toEqual([...core, 'updatedAt'].sort());
  });

  it('keys deadlines by core’s stage ids', () => {
    expect(TEXT).toHaveLength(INSTANT.length);
    expect([...DEADLINE_KEYS]).toEqual([...STAGE_IDS]);
    expect(Object.keys(ComplaintDeadlinesSchema.shape).sort()).toEqual([...DEADLINE_KEYS].sort());
    expect(instantFieldsOf(ComplaintDeadlinesSchema.shape)).toEqual([...DEADLINE_KEYS].sort());
  });
});

describe('conversion at the edge', () => {
  it('stamps ISO strings, Dates and epoch ms, and reads them back as core’s ISO strings', () => {
    for (const value of [INSTANT, new Date(INSTANT), Date.parse(INSTANT)]) {
      const stored = stamp(value);
      expect(stored).toBeInstanceOf(Timestamp);
      expect(isoOf(stored)).toBe(INSTANT);
    }
    expect(() => stamp('kemarin')).toThrow('not an instant');
  });

  it('does not take a calendar day for an instant', () => {
    expect(isoOf('2024-05-06')).toBeUndefined();
    expect(isoOf('2024-05-06T00:00:00+08:00')).toBe('2024-05-05T16:00:00.000Z');
    expect(isoOf(42)).toBeUndefined();
  });

  it('stores a complaint’s instants and deadlines as timestamps, leaving calendar days as strings', () => {
    const stored = storedComplaintInstants({
      occurredAt: '2024-05-01',
      receivedAt: INSTANT,
      statusChangedAt: INSTANT,
      closedAt: INSTANT,
      deadlines: { verifikasi: INSTANT, tindak_lanjut: INSTANT, penyelesaian: INSTANT },
      registerNumber: '001/CC-SA/V/2024'
    });
    expect(stored.occurredAt).toBe('2024-05-01');
    expect(stored.registerNumber).toBe('001/CC-SA/V/2024');
    expect(stored.receivedAt).toBeInstanceOf(Timestamp);
    expect(stored.statusChangedAt).toBeInstanceOf(Timestamp);
    expect(stored.closedAt).toBeInstanceOf(Timestamp);
    expect(hasStoredDeadlines(stored.deadlines)).toBe(true);
    expect(isoStringsIn(stored)).toEqual([]);
  });

  it('recognises deadlines that are not stored by the convention', () => {
    const good = storedDeadlines({ verifikasi: INSTANT, tindak_lanjut: INSTANT, penyelesaian: INSTANT });
    expect(hasStoredDeadlines(good)).toBe(true);
    expect(hasStoredDeadlines({ ...good, penyelesaian: INSTANT })).toBe(false);
    expect(
      hasStoredDeadlines({
        verify: good.verifikasi,
        followUp: good.tindak_lanjut,
        resolve: good.penyelesaian
      })
    ).toBe(false);
    expect(hasStoredDeadlines({ ...good, resolve: good.penyelesaian })).toBe(false);
    expect(hasStoredDeadlines(undefined)).toBe(false);
  });

  it('(test helper) finds ISO strings at any depth, not calendar days nor timestamps', () => {
    expect(
      isoStringsIn({ a: INSTANT, b: { c: [INSTANT, 'teks'] }, day: '2024-05-06', at: stamp(INSTANT) })
    ).toEqual(['a', 'b.c[0]']);
  });

  it('finds instant fields stored as ISO strings, and only those', () => {
    const fixes = strayInstantFixes({
      receivedAt: stamp(INSTANT),
      verifiedAt: INSTANT,
      awaitingReplySince: INSTANT,
      occurredAt: '2024-05-01',
      chronology: 'Sejak 2024-05-06T07:08 belum dilayani.'
    });
    expect(Object.keys(fixes).sort()).toEqual(['awaitingReplySince', 'verifiedAt']);
    expect(isoOf(fixes.verifiedAt)).toBe(INSTANT);
  });
});
