/**
 * The complaint book's filters and what query each asks of Firestore. Pure: the Firestore module
 * turns the spec into a query, tests check the mapping. Only the query shapes listed in
 * tests/rules/queries.ts (and indexed in firestore.indexes.json) can come out of here; a
 * combination without an index is refused with a message instead of failing on the server.
 */
import type { Label } from '@buku/core/i18n';
import { SECTOR_IDS, type SectorId } from '@buku/core/taxonomy/index';
import { witaStartOfDay } from '@buku/core/wita/index';
import { STATUS_IDS, TERMINAL_STATUSES, type StatusId } from '@buku/core/workflow/states';
import { KECAMATAN } from '../../areas';

/** Cases per page of the book; a page costs PAGE_SIZE + 1 reads (the extra one says "there is more"). */
export const PAGE_SIZE = 25;

/** '' = every status; 'terbuka' = every open status. */
export type StatusFilter = StatusId | 'terbuka' | '';

export interface BookFilters {
  status: StatusFilter;
  sector: SectorId | '';
  /** The village as written on the complaint (`location.desa`). */
  desa: string;
  /** `YYYY-MM` (WITA) or ''. */
  month: string;
  /** Open cases past their resolution deadline. */
  overdue: boolean;
}

export const NO_FILTERS: BookFilters = { status: '', sector: '', desa: '', month: '', overdue: false };

export const OPEN_STATUSES: StatusId[] = STATUS_IDS.filter((s) => !TERMINAL_STATUSES.includes(s));

export type FilterOp = '==' | 'in' | '>=' | '<';
export type Condition = [field: string, op: FilterOp, value: string | string[] | Date];

export interface BookQuery {
  where: Condition[];
  orderBy: [field: string, direction: 'asc' | 'desc'];
}

export type BookQueryResult = { ok: true; query: BookQuery } | { ok: false; reason: Label };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The WITA bounds of a month: [first instant, first instant of the next month). */
export function monthBounds(month: string): { start: Date; end: Date } | null {
  const match = MONTH.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return { start: witaStartOfDay(`${month}-01`), end: witaStartOfDay(next) };
}

const ONE_AT_A_TIME: Label = {
  id: 'Pilih satu saja dari status, sektor atau desa (boleh ditambah bulan).',
  en: 'Choose only one of status, sector or village (a month may be added).'
};
const OVERDUE_ALONE: Label = {
  id: 'Filter "lewat tenggat" tidak bisa digabung dengan filter lain.',
  en: 'The "overdue" filter cannot be combined with other filters.'
};
const OPEN_ALONE: Label = {
  id: 'Filter "semua yang masih terbuka" tidak bisa digabung dengan filter lain.',
  en: 'The "all open cases" filter cannot be combined with other filters.'
};
const BAD_MONTH: Label = { id: 'Bulan tidak dikenal.', en: 'Unknown month.' };

/** The query for a set of filters at `now`, or why that combination cannot be asked. */
/** Every village name of Lombok Barat, for the village filter's suggestions. */
export const DESA_NAMES: readonly string[] = [
  ...new Set(KECAMATAN.flatMap((k) => k.desa.map((d) => d.name)))
].sort((a, b) => a.localeCompare(b, 'id'));

const folded = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('id');
const DESA_BY_FOLDED = new Map(DESA_NAMES.map((name) => [folded(name), name]));

/**
 * The village as complaints store it: a known Lombok Barat name typed in any case or spacing
 * becomes that name ("meninting" → "Meninting"); anything else is kept as typed.
 */
export function canonicalDesa(typed: string): string {
  const trimmed = typed.trim().replace(/\s+/g, ' ');
  return DESA_BY_FOLDED.get(folded(trimmed)) ?? trimmed;
}

export function bookQuery(filters: BookFilters, now: Date): BookQueryResult {
  const desa = canonicalDesa(filters.desa);
  const others = [filters.status !== '', filters.sector !== '', desa !== '', filters.month !== ''];
  if (filters.overdue) {
    if (others.some(Boolean)) return { ok: false, reason: OVERDUE_ALONE };
    return {
      ok: true,
      query: {
        where: [
          ['status', 'in', OPEN_STATUSES],
          ['deadlines.penyelesaian', '<', now]
        ],
        orderBy: ['deadlines.penyelesaian', 'asc']
      }
    };
  }
  if (filters.status === 'terbuka') {
    if (others.slice(1).some(Boolean)) return { ok: false, reason: OPEN_ALONE };
    return {
      ok: true,
      query: { where: [['status', 'in', OPEN_STATUSES]], orderBy: ['receivedAt', 'desc'] }
    };
  }
  const where: Condition[] = [];
  if (filters.status !== '') where.push(['status', '==', filters.status]);
  if (filters.sector !== '') where.push(['sector', '==', filters.sector]);
  if (desa !== '') where.push(['location.desa', '==', desa]);
  if (where.length > 1) return { ok: false, reason: ONE_AT_A_TIME };
  if (filters.month !== '') {
    const bounds = monthBounds(filters.month);
    if (!bounds) return { ok: false, reason: BAD_MONTH };
    where.push(['receivedAt', '>=', bounds.start], ['receivedAt', '<', bounds.end]);
  }
  return { ok: true, query: { where, orderBy: ['receivedAt', 'desc'] } };
}

/** Filters from the page's URL (`?status=…&sektor=…&desa=…&bulan=…&lewat=1`); unknown values are dropped. */
export function filtersFromParams(params: URLSearchParams): BookFilters {
  const status = params.get('status') ?? '';
  const sector = params.get('sektor') ?? '';
  const month = params.get('bulan') ?? '';
  return {
    status:
      status === 'terbuka' || (STATUS_IDS as readonly string[]).includes(status)
        ? (status as StatusFilter)
        : '',
    sector: (SECTOR_IDS as readonly string[]).includes(sector) ? (sector as SectorId) : '',
    desa: (params.get('desa') ?? '').trim().slice(0, 100),
    month: MONTH.test(month) ? month : '',
    overdue: params.get('lewat') === '1'
  };
}

/** The URL query for a set of filters, without empty ones (so a plain book is a plain URL). */
export function paramsFromFilters(filters: BookFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.sector) params.set('sektor', filters.sector);
  if (filters.desa.trim()) params.set('desa', filters.desa.trim());
  if (filters.month) params.set('bulan', filters.month);
  if (filters.overdue) params.set('lewat', '1');
  return params;
}

/**
 * Cursor-based paging: the stack of cursors where each page seen so far starts (null = the first
 * page). Going forward pushes the cursor after the page's last case; back pops it. Firestore has
 * no offset that is free of charge, so a page is never reached by skipping.
 */
export class Pager<C> {
  #starts: (C | null)[] = [null];

  /** Where the current page starts. */
  get start(): C | null {
    return this.#starts[this.#starts.length - 1] ?? null;
  }
  /** 1-based number of the current page. */
  get number(): number {
    return this.#starts.length;
  }
  get hasPrevious(): boolean {
    return this.#starts.length > 1;
  }
  next(after: C): void {
    this.#starts.push(after);
  }
  previous(): void {
    if (this.#starts.length > 1) this.#starts.pop();
  }
  reset(): void {
    this.#starts = [null];
  }
}

/** Splits a fetch of PAGE_SIZE + 1 documents into the page and whether another follows. */
export function splitPage<T>(docs: T[], size = PAGE_SIZE): { page: T[]; hasNext: boolean } {
  return { page: docs.slice(0, size), hasNext: docs.length > size };
}
