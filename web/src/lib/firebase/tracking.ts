/**
 * The public view of a complaint, `tracking/{code}`, read with one plain GET of Firestore's REST
 * API rather than through the SDK. The tracking page is often opened from a shared link on a
 * cheap phone: this spares it loading and running the SDK (about 60 KB gzip, the page's largest
 * cost) and the CORS preflight that the SDK's headers cause. Still one document read, checked by
 * the rules like any other (anyone may `get` a tracking document; firestore.rules).
 */
import { firebaseOptions, firestoreEmulatorAddress } from './config';

/** One public log entry of `tracking/{code}` (written by functions/, see cases/public-view.ts). */
export interface TrackingLogEntry {
  id: string;
  at: string;
  type: string;
  from?: string;
  to?: string;
  kind?: string;
  destinationName?: string;
  externalTicketId?: string;
  date?: string;
  text?: string;
}

/** The public view of a complaint: what anyone holding the tracking code may see. */
export interface TrackingView {
  code: string;
  ccName: string;
  registerNumber: string | null;
  sector: string | null;
  status: string;
  open: boolean;
  receivedAt: string | null;
  statusChangedAt: string | null;
  closedAt: string | null;
  deadlines: { verifikasi: string; tindak_lanjut: string; penyelesaian: string } | null;
  log: TrackingLogEntry[];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const textOrNull = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;

/**
 * A Firestore REST value (v1 `Value`) as plain data: maps and arrays as objects and arrays,
 * integers (sent as strings) as numbers, timestamps as ISO strings with milliseconds, as the
 * SDK's `Timestamp.toDate().toISOString()` gives them.
 */
export function fromRestValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if ('stringValue' in v) return v.stringValue;
  if ('booleanValue' in v) return v.booleanValue;
  if ('integerValue' in v) return Number(v.integerValue);
  if ('doubleValue' in v) return Number(v.doubleValue);
  if ('timestampValue' in v) {
    const time = Date.parse(String(v.timestampValue));
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  }
  if ('mapValue' in v) return fromRestFields((v.mapValue as { fields?: unknown } | null)?.fields);
  if ('arrayValue' in v) {
    const values = (v.arrayValue as { values?: unknown } | null)?.values;
    return Array.isArray(values) ? values.map(fromRestValue) : [];
  }
  // nullValue, and kinds a tracking view never holds (bytes, references, geo points).
  return null;
}

export function fromRestFields(fields: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  if (typeof fields !== 'object' || fields === null) return data;
  for (const [key, value] of Object.entries(fields)) data[key] = fromRestValue(value);
  return data;
}

function logEntryOf(value: unknown): TrackingLogEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const data = value as Record<string, unknown>;
  const at = textOrNull(data.at);
  if (!at) return null;
  const entry: TrackingLogEntry = { id: text(data.id), at, type: text(data.type) };
  for (const key of ['from', 'to', 'kind', 'destinationName', 'externalTicketId', 'date', 'text'] as const) {
    const field = textOrNull(data[key]);
    if (field) entry[key] = field;
  }
  return entry;
}

/** Reads defensively: a view missing a field shows less instead of breaking the page. */
export function trackingViewOf(code: string, data: Record<string, unknown>): TrackingView {
  const deadlines = data.deadlines as Record<string, unknown> | null | undefined;
  // Functions store deadlines as Timestamps (DATA-MODEL.md), like every other instant.
  const verifikasi = textOrNull(deadlines?.verifikasi);
  const tindakLanjut = textOrNull(deadlines?.tindak_lanjut);
  const penyelesaian = textOrNull(deadlines?.penyelesaian);
  return {
    code,
    ccName: text(data.ccName),
    registerNumber: textOrNull(data.registerNumber),
    sector: textOrNull(data.sector),
    status: text(data.status) || 'diterima',
    open: data.open !== false,
    receivedAt: textOrNull(data.receivedAt),
    statusChangedAt: textOrNull(data.statusChangedAt),
    closedAt: textOrNull(data.closedAt),
    deadlines:
      verifikasi && tindakLanjut && penyelesaian
        ? { verifikasi, tindak_lanjut: tindakLanjut, penyelesaian }
        : null,
    log: (Array.isArray(data.log) ? data.log : [])
      .map(logEntryOf)
      .filter((entry): entry is TrackingLogEntry => entry !== null)
      // ISO instants sort as plain strings; localeCompare would build a collator (slow on a phone).
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
  };
}

export interface TrackingSource {
  /** Origin of the REST API: the emulator's in development and tests, else Google's. */
  origin?: string;
  projectId?: string;
  apiKey?: string;
  fetcher?: typeof fetch;
}

function defaultOrigin(): string {
  const emulator = firestoreEmulatorAddress();
  return emulator ? `http://${emulator.host}:${emulator.port}` : 'https://firestore.googleapis.com';
}

/**
 * The public view by its exact code: one read; null when no complaint has that code (yet).
 * No header of its own, so the browser sends it without a preflight.
 */
export async function fetchTracking(code: string, source: TrackingSource = {}): Promise<TrackingView | null> {
  const projectId = source.projectId ?? firebaseOptions.projectId ?? '';
  const apiKey = source.apiKey ?? firebaseOptions.apiKey;
  const url = new URL(
    `/v1/projects/${encodeURIComponent(projectId)}/databases/(default)/documents/tracking/${encodeURIComponent(code)}`,
    source.origin ?? defaultOrigin()
  );
  if (apiKey) url.searchParams.set('key', apiKey);
  const response = await (source.fetcher ?? fetch)(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`Firestore answered ${response.status} for tracking/${code}`);
  const document = (await response.json()) as { fields?: unknown };
  return trackingViewOf(code, fromRestFields(document.fields));
}
