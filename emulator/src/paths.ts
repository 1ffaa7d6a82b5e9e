/**
 * Resource names and field paths. Documents are kept under document-relative paths
 * ('centers/sandik'); the wire carries full names
 * ('projects/p/databases/(default)/documents/centers/sandik').
 */
import { EmulatorError } from './errors';

export interface DatabaseName {
  project: string;
  database: string;
}

const NAME_PREFIX = /^projects\/([^/]+)\/databases\/([^/]+)\/documents(?:\/(.*))?$/;

/** Splits a full resource name into its database and document-relative path ('' for the root). */
export function parseResourceName(name: string): DatabaseName & { path: string } {
  const match = NAME_PREFIX.exec(name);
  if (!match) throw new EmulatorError('INVALID_ARGUMENT', `Invalid resource name: "${name}".`);
  const path = match[3] ?? '';
  if (path.split('/').some((segment) => segment === '') && path !== '') {
    throw new EmulatorError('INVALID_ARGUMENT', `Invalid resource name: "${name}": empty path segment.`);
  }
  return { project: match[1] ?? '', database: match[2] ?? '', path };
}

export function documentsRoot(db: DatabaseName): string {
  return `projects/${db.project}/databases/${db.database}/documents`;
}

export function fullName(db: DatabaseName, path: string): string {
  return path === '' ? documentsRoot(db) : `${documentsRoot(db)}/${path}`;
}

export function segments(path: string): string[] {
  return path === '' ? [] : path.split('/');
}

export function isDocumentPath(path: string): boolean {
  const n = segments(path).length;
  return n > 0 && n % 2 === 0;
}

/** Parses a document name from a request, checking it names a document in this database. */
export function documentPathFromName(db: DatabaseName, name: string): string {
  const parsed = parseResourceName(name);
  if (parsed.project !== db.project || parsed.database !== db.database) {
    throw new EmulatorError(
      'INVALID_ARGUMENT',
      `Document "${name}" is not in database ${documentsRoot(db)}.`
    );
  }
  if (!isDocumentPath(parsed.path)) {
    throw new EmulatorError('INVALID_ARGUMENT', `"${name}" is not a document name.`);
  }
  return parsed.path;
}

export function parentCollection(path: string): string {
  const parts = segments(path);
  return parts.slice(0, -1).join('/');
}

export function collectionId(docPath: string): string {
  const parts = segments(docPath);
  return parts[parts.length - 2] ?? '';
}

export function documentId(docPath: string): string {
  const parts = segments(docPath);
  return parts[parts.length - 1] ?? '';
}

/**
 * Compares strings the way Firestore does: by UTF-8 bytes, which equals code point order.
 * JavaScript compares UTF-16 code units, which puts astral characters (surrogates) below
 * U+E000..U+FFFF; remapping the two ranges restores code point order.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xd800 && unit <= 0xdfff) return unit + 0x2000;
  if (unit >= 0xe000) return unit - 0x800;
  return unit;
}

/** Document paths order segment by segment. */
export function comparePaths(a: string, b: string): number {
  const left = segments(a);
  const right = segments(b);
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const c = compareSegment(left[i] ?? '', right[i] ?? '');
    if (c !== 0) return c;
  }
  return left.length - right.length;
}

const NUMERIC_ID = /^__id(-?\d+)__$/;

/** Numeric ids ('__id123__') sort before string ids, by number (Firestore's documented order). */
function compareSegment(a: string, b: string): number {
  const na = NUMERIC_ID.exec(a);
  const nb = NUMERIC_ID.exec(b);
  if (na && nb) {
    const x = BigInt(na[1] ?? '0');
    const y = BigInt(nb[1] ?? '0');
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (na) return -1;
  if (nb) return 1;
  return compareUtf8(a, b);
}

/**
 * Parses a field path as the REST API writes it: dot-separated segments, each either a
 * simple identifier or a backquoted string with `\\` escapes ('a.`b.c`.d').
 */
export function parseFieldPath(path: string): string[] {
  if (path === '') throw new EmulatorError('INVALID_ARGUMENT', 'Empty field path.');
  const out: string[] = [];
  let i = 0;
  while (i <= path.length) {
    let segment = '';
    if (path[i] === '`') {
      i++;
      let closed = false;
      while (i < path.length) {
        const ch = path[i];
        if (ch === '\\') {
          segment += path[i + 1] ?? '';
          i += 2;
        } else if (ch === '`') {
          closed = true;
          i++;
          break;
        } else {
          segment += ch;
          i++;
        }
      }
      if (!closed) throw new EmulatorError('INVALID_ARGUMENT', `Invalid field path: ${path}`);
    } else {
      while (i < path.length && path[i] !== '.') {
        segment += path[i];
        i++;
      }
    }
    if (segment === '') throw new EmulatorError('INVALID_ARGUMENT', `Invalid field path: ${path}`);
    out.push(segment);
    if (i >= path.length) break;
    if (path[i] !== '.') throw new EmulatorError('INVALID_ARGUMENT', `Invalid field path: ${path}`);
    i++;
    if (i >= path.length) throw new EmulatorError('INVALID_ARGUMENT', `Invalid field path: ${path}`);
  }
  return out;
}

const SIMPLE_SEGMENT = /^[A-Za-z_][A-Za-z_0-9]*$/;

export function formatFieldPath(parts: string[]): string {
  return parts
    .map((part) =>
      SIMPLE_SEGMENT.test(part) ? part : '`' + part.replace(/\\/g, '\\\\').replace(/`/g, '\\`') + '`'
    )
    .join('.');
}

export const DOCUMENT_ID_FIELD = '__name__';
