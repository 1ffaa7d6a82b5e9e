/**
 * The contract between the emulator's request path (server, store) and the rules engine.
 * The store keeps documents in Firestore's REST v1 JSON shape (proto3 JSON, enums as names),
 * so the engine reads the same shape the wire carries and nothing is converted twice.
 *
 * Paths here are document-relative: 'centers/sandik/complaints/abc' (no
 * 'projects/p/databases/(default)/documents/' prefix). The engine builds rules paths
 * ('/databases/(default)/documents/…') itself.
 */

/** A Firestore REST v1 `Value` (exactly one key set), e.g. {integerValue: '5'}. */
export type RestValue =
  | { nullValue: null }
  | { booleanValue: boolean }
  | { integerValue: string }
  | { doubleValue: number | 'NaN' | 'Infinity' | '-Infinity' }
  | { timestampValue: string }
  | { stringValue: string }
  | { bytesValue: string }
  | { referenceValue: string }
  | { geoPointValue: { latitude?: number; longitude?: number } }
  | { arrayValue: { values?: RestValue[] } }
  | { mapValue: { fields?: Record<string, RestValue> } };

export interface StoredDocument {
  /** Document-relative path, e.g. 'centers/sandik'. */
  path: string;
  fields: Record<string, RestValue>;
  /** RFC 3339 with nanoseconds. */
  createTime: string;
  updateTime: string;
}

export type RulesMethod = 'get' | 'list' | 'create' | 'update' | 'delete';

export interface RulesAuth {
  uid: string;
  /** All claims of the ID token, custom claims included (token.admin, token.cc, token.firebase…). */
  token: Record<string, unknown>;
}

/** What a list query asks, for "rules are not filters": the engine must prove every
 * document the query could return is allowed, from these constraints alone. */
export interface RulesQuery {
  /** Document-relative path of the parent ('' for the root). */
  parent: string;
  collectionId: string;
  /** true for a collection-group query. */
  allDescendants: boolean;
  /** The StructuredQuery as sent (REST JSON, enums as names: EQUAL, ASCENDING, AND…). */
  structuredQuery: Record<string, unknown>;
}

export interface AuthorizeRequest {
  method: RulesMethod;
  /** Document path for get/create/update/delete; for list, the collection path
   * ('centers/sandik/complaints'). */
  path: string;
  auth: RulesAuth | null;
  /** request.time, RFC 3339 (the commit time for writes). */
  time: string;
  /** The document as stored before the request (null when missing / for list). */
  resource: StoredDocument | null;
  /** create/update: the document as it will be after this write (server timestamps resolved). */
  requestResource?: StoredDocument | null;
  query?: RulesQuery;
}

/** Lookups for get()/exists() and getAfter()/existsAfter(); null when missing. */
export interface RulesContext {
  get(path: string): StoredDocument | null;
  getAfter(path: string): StoredDocument | null;
}

export interface RulesDecision {
  allowed: boolean;
  /** Human-readable: names the path, method and deciding rule location (file:line:col). */
  message: string;
}

export interface RulesCompileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface CompiledRules {
  /** Evaluate one request. Commits with several writes call this once per write with a
   * shared `getAfter` view of the whole commit; the caller counts get() calls across a
   * commit via `callBudget` (10 for single requests, 20 for commits/transactions). */
  authorize(
    request: AuthorizeRequest,
    context: RulesContext,
    callBudget?: { remaining: number }
  ): RulesDecision;
}

/** compile(files) → either rules or errors with line/column. Errors mean deny everything. */
export type CompileResult = { ok: true; rules: CompiledRules } | { ok: false; errors: RulesCompileError[] };
