import { describe, expect, it } from 'vitest';
import {
  bookQuery,
  DESA_NAMES,
  filtersFromParams,
  monthBounds,
  NO_FILTERS,
  OPEN_STATUSES,
  Pager,
  PAGE_SIZE,
  paramsFromFilters,
  splitPage
} from './filters';

const now = new Date('2026-12-03T02:00:00Z');

describe('bookQuery', () => {
  it('asks for the newest cases first without filters', () => {
    expect(bookQuery(NO_FILTERS, now)).toEqual({
      ok: true,
      query: { where: [], orderBy: ['receivedAt', 'desc'] }
    });
  });

  it('maps one equality filter, with or without a month in WITA', () => {
    expect(bookQuery({ ...NO_FILTERS, sector: 'kesehatan', month: '2026-12' }, now)).toEqual({
      ok: true,
      query: {
        where: [
          ['sector', '==', 'kesehatan'],
          ['receivedAt', '>=', new Date('2026-11-30T16:00:00.000Z')],
          ['receivedAt', '<', new Date('2026-12-31T16:00:00.000Z')]
        ],
        orderBy: ['receivedAt', 'desc']
      }
    });
    expect(bookQuery({ ...NO_FILTERS, desa: ' Sandik ' }, now)).toMatchObject({
      ok: true,
      query: { where: [['location.desa', '==', 'Sandik']] }
    });
    expect(bookQuery({ ...NO_FILTERS, status: 'dirujuk' }, now)).toMatchObject({
      ok: true,
      query: { where: [['status', '==', 'dirujuk']] }
    });
  });

  it('reads a known village in any case or spacing as stored, and keeps an unknown one as typed', () => {
    const query = (desa: string) => {
      const result = bookQuery({ ...NO_FILTERS, desa }, now);
      return result.ok ? result.query.where : null;
    };
    expect(query('  meninting ')).toEqual([['location.desa', '==', 'Meninting']]);
    expect(query('BATU  LAYAR barat')).toEqual([['location.desa', '==', 'Batu Layar Barat']]);
    expect(query('Dusun Entah')).toEqual([['location.desa', '==', 'Dusun Entah']]);
    expect(DESA_NAMES).toContain('Sandik');
  });

  it('asks for open cases with status in the open states', () => {
    expect(bookQuery({ ...NO_FILTERS, status: 'terbuka' }, now)).toEqual({
      ok: true,
      query: { where: [['status', 'in', OPEN_STATUSES]], orderBy: ['receivedAt', 'desc'] }
    });
    expect(OPEN_STATUSES).toEqual(['diterima', 'diverifikasi', 'ditindaklanjuti', 'dirujuk']);
  });

  it('asks for overdue cases by the stored resolution deadline, most overdue first', () => {
    expect(bookQuery({ ...NO_FILTERS, overdue: true }, now)).toEqual({
      ok: true,
      query: {
        where: [
          ['status', 'in', OPEN_STATUSES],
          ['deadlines.penyelesaian', '<', now]
        ],
        orderBy: ['deadlines.penyelesaian', 'asc']
      }
    });
  });

  it('refuses combinations that have no index, with a reason in both languages', () => {
    const two = bookQuery({ ...NO_FILTERS, status: 'diterima', sector: 'kesehatan' }, now);
    expect(two.ok).toBe(false);
    if (!two.ok)
      expect(two.reason.en).toBe('Choose only one of status, sector or village (a month may be added).');
    expect(bookQuery({ ...NO_FILTERS, overdue: true, month: '2026-12' }, now).ok).toBe(false);
    expect(bookQuery({ ...NO_FILTERS, status: 'terbuka', sector: 'kesehatan' }, now).ok).toBe(false);
    expect(bookQuery({ ...NO_FILTERS, month: '2026-13' }, now).ok).toBe(false);
  });
});

describe('monthBounds', () => {
  it('rolls December over to January of the next year', () => {
    expect(monthBounds('2026-12')?.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(monthBounds('2026-02')).toEqual({
      start: new Date('2026-01-31T16:00:00.000Z'),
      end: new Date('2026-02-28T16:00:00.000Z')
    });
    expect(monthBounds('Desember')).toBeNull();
  });
});

describe('filters in the URL', () => {
  it('round-trips and drops unknown values', () => {
    const filters = {
      status: 'dirujuk',
      sector: 'pendidikan',
      desa: 'Mambalan',
      month: '2026-11',
      overdue: false
    } as const;
    const params = paramsFromFilters(filters);
    expect(params.toString()).toBe('status=dirujuk&sektor=pendidikan&desa=Mambalan&bulan=2026-11');
    expect(filtersFromParams(params)).toEqual(filters);
    expect(filtersFromParams(new URLSearchParams('status=hilang&sektor=x&bulan=11-2026&lewat=1'))).toEqual({
      ...NO_FILTERS,
      overdue: true
    });
  });
});

describe('Pager and splitPage', () => {
  it('walks forward on cursors and back the same way', () => {
    const pager = new Pager<string>();
    expect([pager.start, pager.number, pager.hasPrevious]).toEqual([null, 1, false]);
    pager.next('doc-25');
    pager.next('doc-50');
    expect([pager.start, pager.number]).toEqual(['doc-50', 3]);
    pager.previous();
    expect([pager.start, pager.number, pager.hasPrevious]).toEqual(['doc-25', 2, true]);
    pager.previous();
    pager.previous();
    expect([pager.start, pager.number]).toEqual([null, 1]);
    pager.next('x');
    pager.reset();
    expect(pager.start).toBeNull();
  });

  it('reads one document more than a page to know whether another follows', () => {
    const docs = Array.from({ length: PAGE_SIZE + 1 }, (_, i) => i);
    expect(splitPage(docs)).toEqual({ page: docs.slice(0, 25), hasNext: true });
    expect(splitPage(docs.slice(0, 25))).toEqual({ page: docs.slice(0, 25), hasNext: false });
    expect(PAGE_SIZE).toBe(25);
  });
});
