/**
 * The Firestore RPCs over the in-memory store, independent of HTTP: each takes the request
 * body as the REST API carries it and returns the response body. Every read and write of
 * a caller that is not the owner passes the rules gate first.
 */
import { aggregate, parseAggregations } from './aggregate';
import { EmulatorError } from './errors';
import {
  comparePaths,
  documentPathFromName,
  fullName,
  parentCollection,
  parseFieldPath,
  segments,
  type DatabaseName
} from './paths';
import { namedEnums, parseStructuredQuery, queryParentPath, runQuery, type ParsedQuery } from './query';
import { COMMIT_BUDGET, RulesGate, type Caller } from './rules-gate';
import type { CompileResult, RulesContext, RulesQuery, StoredDocument } from './rules/contract';
import { Store, type Database } from './store';
import { TransactionManager, type Transaction } from './transactions';
import { isObject, projectFields, type RestValue } from './values';
import { applyPlan, parseWrite, planCommit, type ParsedWrite } from './writes';

type Json = Record<string, unknown>;

export interface DocumentJson extends Json {
  name: string;
  fields: Record<string, RestValue>;
  createTime: string;
  updateTime: string;
}

/** One document changed by a commit: what Cloud Functions' Firestore triggers receive. */
export interface DocumentChange {
  project: string;
  database: string;
  /** Document-relative path. */
  path: string;
  before: StoredDocument | null;
  after: StoredDocument | null;
  commitTime: string;
}

export type DocumentChangeListener = (change: DocumentChange) => void;

export class FirestoreService {
  readonly store = new Store();
  private readonly changeListeners = new Set<DocumentChangeListener>();

  /** Called after every applied commit, once per changed document (for trigger wiring). */
  onDocumentChange(listener: DocumentChangeListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  readonly transactions = new TransactionManager();
  /** Rules for every project, unless a project got its own through the control endpoint. */
  readonly defaultRules = new RulesGate();
  private readonly projectRules = new Map<string, RulesGate>();

  rulesFor(project: string): RulesGate {
    return this.projectRules.get(project) ?? this.defaultRules;
  }

  setProjectRules(project: string, gate: RulesGate): void {
    this.projectRules.set(project, gate);
  }

  /** Rules for every project, replacing those a PUT …:securityRules gave one project. */
  setRulesForEveryProject(rules: CompileResult | null): void {
    this.projectRules.clear();
    this.defaultRules.set(rules);
  }

  private database(name: DatabaseName): Database {
    return this.store.database(name.project, name.database);
  }

  private key(name: DatabaseName): string {
    return `${name.project}/${name.database}`;
  }

  private now(): string {
    return this.store.clock.nextText();
  }

  docJson(name: DatabaseName, doc: StoredDocument, mask?: string[][] | null): DocumentJson {
    return {
      name: fullName(name, doc.path),
      fields: mask ? projectFields(doc.fields, mask) : doc.fields,
      createTime: doc.createTime,
      updateTime: doc.updateTime
    };
  }

  private context(db: Database, after?: Map<string, StoredDocument | null>): RulesContext {
    return {
      get: (path) => db.get(path),
      getAfter: (path) => (after && after.has(path) ? (after.get(path) ?? null) : db.get(path))
    };
  }

  /** Opens or resumes the transaction a read names (newTransaction / transaction). */
  private readTransaction(name: DatabaseName, body: Json): { txn: Transaction | null; isNew: boolean } {
    if (typeof body.transaction === 'string' && body.transaction !== '') {
      return { txn: this.transactions.get(this.key(name), body.transaction), isNew: false };
    }
    if (isObject(body.newTransaction)) {
      return {
        txn: this.transactions.begin(this.key(name), isObject(body.newTransaction.readOnly)),
        isNew: true
      };
    }
    return { txn: null, isNew: false };
  }

  async batchGet(name: DatabaseName, body: Json, caller: Caller): Promise<Json[]> {
    const db = this.database(name);
    const paths = (Array.isArray(body.documents) ? body.documents : []).map((d) =>
      documentPathFromName(name, String(d))
    );
    const mask = readMask(body.mask);
    const { txn, isNew } = this.readTransaction(name, body);
    try {
      if (txn) await this.transactions.lock(txn, paths);
      const readTime = this.now();
      const gate = this.rulesFor(name.project);
      const out: Json[] = paths.map((path) => {
        const doc = db.get(path);
        gate.check(
          caller,
          { method: 'get', path, auth: caller.auth, time: readTime, resource: doc },
          this.context(db)
        );
        if (txn) this.transactions.recordRead(txn, path, doc?.updateTime ?? null);
        return doc
          ? { found: this.docJson(name, doc, mask), readTime }
          : { missing: fullName(name, path), readTime };
      });
      if (txn && isNew) {
        if (out[0]) out[0].transaction = txn.id;
        else out.push({ transaction: txn.id, readTime });
      }
      return out;
    } catch (error) {
      if (txn && isNew) this.transactions.end(txn);
      throw error;
    }
  }

  /** GetDocument (GET on a document name). */
  async getDocument(
    name: DatabaseName,
    path: string,
    params: URLSearchParams,
    caller: Caller
  ): Promise<Json> {
    const body: Json = { documents: [fullName(name, path)] };
    const maskPaths = params.getAll('mask.fieldPaths');
    if (maskPaths.length > 0) body.mask = { fieldPaths: maskPaths };
    const transaction = params.get('transaction');
    if (transaction) body.transaction = transaction;
    const [result] = await this.batchGet(name, body, caller);
    if (!result || !result.found) throw new EmulatorError('NOT_FOUND', `Document not found: ${path}`);
    return result.found as Json;
  }

  private rulesQuery(parent: string, query: ParsedQuery, raw: unknown): RulesQuery {
    return {
      parent,
      collectionId: query.collectionId,
      allDescendants: query.allDescendants,
      structuredQuery: namedEnums(raw) as Record<string, unknown>
    };
  }

  /** Rules are not filters: a query (or a collection listing) is allowed or denied as a whole. */
  private checkList(
    name: DatabaseName,
    db: Database,
    parent: string,
    query: ParsedQuery,
    raw: unknown,
    caller: Caller,
    time: string
  ): void {
    this.rulesFor(name.project).check(
      caller,
      {
        method: 'list',
        path: parent === '' ? query.collectionId : `${parent}/${query.collectionId}`,
        auth: caller.auth,
        time,
        resource: null,
        query: this.rulesQuery(parent, query, raw)
      },
      this.context(db)
    );
  }

  async runQuery(name: DatabaseName, parentPath: string, body: Json, caller: Caller): Promise<Json[]> {
    const db = this.database(name);
    const parent = queryParentPath(parentPath);
    const query = parseStructuredQuery(body.structuredQuery);
    const { txn, isNew } = this.readTransaction(name, body);
    try {
      const readTime = this.now();
      this.checkList(name, db, parent, query, body.structuredQuery, caller, readTime);
      const ctx = { db: name, parent };
      let docs = runQuery(db, ctx, query);
      if (txn && !txn.readOnly) {
        await this.transactions.lock(
          txn,
          docs.map((d) => d.path)
        );
        docs = runQuery(db, ctx, query);
      }
      if (txn)
        for (const doc of docs)
          this.transactions.recordRead(txn, doc.path, db.get(doc.path)?.updateTime ?? null);
      const out: Json[] = docs.map((doc) => ({ document: this.docJson(name, doc), readTime }));
      if (out.length === 0) out.push({ readTime });
      if (txn && isNew && out[0]) out[0].transaction = txn.id;
      return out;
    } catch (error) {
      if (txn && isNew) this.transactions.end(txn);
      throw error;
    }
  }

  async runAggregationQuery(
    name: DatabaseName,
    parentPath: string,
    body: Json,
    caller: Caller
  ): Promise<Json[]> {
    const db = this.database(name);
    const parent = queryParentPath(parentPath);
    const spec = isObject(body.structuredAggregationQuery) ? body.structuredAggregationQuery : {};
    const query = parseStructuredQuery(spec.structuredQuery);
    const aggregations = parseAggregations(spec.aggregations);
    const { txn, isNew } = this.readTransaction(name, body);
    try {
      const readTime = this.now();
      this.checkList(name, db, parent, query, spec.structuredQuery, caller, readTime);
      const docs = runQuery(db, { db: name, parent }, { ...query, select: null });
      const out: Json = { result: { aggregateFields: aggregate(docs, aggregations) }, readTime };
      if (txn && isNew) out.transaction = txn.id;
      return [out];
    } catch (error) {
      if (txn && isNew) this.transactions.end(txn);
      throw error;
    }
  }

  beginTransaction(name: DatabaseName, body: Json): Json {
    const options = isObject(body.options) ? body.options : {};
    const txn = this.transactions.begin(this.key(name), isObject(options.readOnly));
    return { transaction: txn.id };
  }

  rollback(name: DatabaseName, body: Json): Json {
    if (typeof body.transaction === 'string') {
      try {
        this.transactions.end(this.transactions.get(this.key(name), body.transaction));
      } catch {
        // Rolling back a transaction that already ended is harmless.
      }
    }
    return {};
  }

  /** Plans, checks (rules) and applies the writes atomically. Synchronous on purpose: nothing
   * else can run between the checks and the apply. */
  private commitWrites(
    name: DatabaseName,
    writes: ParsedWrite[],
    caller: Caller,
    txn: Transaction | null
  ): Json {
    const db = this.database(name);
    if (txn) {
      for (const [path, seen] of txn.reads) {
        if ((db.get(path)?.updateTime ?? '') !== seen) {
          throw new EmulatorError(
            'ABORTED',
            `Transaction conflict: ${path} changed after it was read; retry the transaction.`
          );
        }
      }
    }
    const commitTime = this.now();
    const plan = planCommit(db, writes, commitTime);
    const gate = this.rulesFor(name.project);
    if (!caller.owner && gate.state !== null) {
      const context = this.context(db, plan.finalState);
      const budget = { remaining: COMMIT_BUDGET };
      for (const outcome of plan.outcomes) {
        const method = outcome.write.kind === 'delete' ? 'delete' : outcome.before ? 'update' : 'create';
        gate.check(
          caller,
          {
            method,
            path: outcome.write.path,
            auth: caller.auth,
            time: commitTime,
            resource: outcome.before,
            requestResource: outcome.after
          },
          context,
          budget
        );
      }
    }
    const before = new Map([...plan.finalState.keys()].map((path) => [path, db.get(path)]));
    applyPlan(db, plan);
    this.notify(name, before, plan.finalState, commitTime);
    return {
      writeResults: plan.outcomes.map((o) => {
        const result: Json = {};
        if (o.updateTime) result.updateTime = o.updateTime;
        if (o.transformResults.length > 0) result.transformResults = o.transformResults;
        return result;
      }),
      commitTime
    };
  }

  private notify(
    name: DatabaseName,
    before: Map<string, StoredDocument | null>,
    after: Map<string, StoredDocument | null>,
    commitTime: string
  ): void {
    if (this.changeListeners.size === 0) return;
    for (const [path, doc] of after) {
      const old = before.get(path) ?? null;
      // A write that changed nothing keeps its updateTime and fires no trigger.
      if (old && doc && old.updateTime === doc.updateTime) continue;
      if (!old && !doc) continue;
      const change: DocumentChange = {
        project: name.project,
        database: name.database,
        path,
        before: old,
        after: doc,
        commitTime
      };
      for (const listener of this.changeListeners) {
        try {
          listener(change);
        } catch {
          // A failing listener must not fail the commit that already happened.
        }
      }
    }
  }

  commit(name: DatabaseName, body: Json, caller: Caller): Json {
    const writes = (Array.isArray(body.writes) ? body.writes : []).map((w) => parseWrite(name, w));
    let txn: Transaction | null = null;
    if (typeof body.transaction === 'string' && body.transaction !== '') {
      txn = this.transactions.get(this.key(name), body.transaction);
      if (txn.readOnly && writes.length > 0) {
        this.transactions.end(txn);
        throw new EmulatorError('INVALID_ARGUMENT', 'Cannot write in a read-only transaction.');
      }
    }
    try {
      return this.commitWrites(name, writes, caller, txn);
    } finally {
      if (txn) this.transactions.end(txn);
    }
  }

  /** BatchWrite (admin BulkWriter): each write applies on its own; statuses per write. */
  batchWrite(name: DatabaseName, body: Json, caller: Caller): Json {
    const writeResults: Json[] = [];
    const status: Json[] = [];
    for (const raw of Array.isArray(body.writes) ? body.writes : []) {
      try {
        const result = this.commitWrites(name, [parseWrite(name, raw)], caller, null);
        writeResults.push((result.writeResults as Json[])[0] ?? {});
        status.push({});
      } catch (error) {
        const e = error instanceof EmulatorError ? error : new EmulatorError('INTERNAL', String(error));
        writeResults.push({});
        status.push({ code: statusCode(e), message: e.message });
      }
    }
    return { writeResults, status };
  }

  /** ListDocuments (GET on a collection). */
  listDocuments(name: DatabaseName, collectionPath: string, params: URLSearchParams, caller: Caller): Json {
    const db = this.database(name);
    const parent = parentCollection(collectionPath);
    const id = segments(collectionPath).pop() ?? '';
    const query = parseStructuredQuery({ from: [{ collectionId: id }] });
    const time = this.now();
    this.checkList(name, db, parent, query, { from: [{ collectionId: id }] }, caller, time);
    const mask = params.getAll('mask.fieldPaths').map(parseFieldPath);
    const docs: Json[] = runQuery(db, { db: name, parent }, query).map((doc) =>
      this.docJson(name, doc, mask.length > 0 ? mask : null)
    );
    if (params.get('showMissing') === 'true') {
      for (const path of db.missingParents(collectionPath)) docs.push({ name: fullName(name, path) });
      docs.sort((a, b) => comparePaths(String(a.name), String(b.name)));
    }
    const pageSize = Number(params.get('pageSize') ?? 0);
    const start = Number(params.get('pageToken') ?? 0) || 0;
    if (pageSize > 0 && start + pageSize < docs.length) {
      return { documents: docs.slice(start, start + pageSize), nextPageToken: String(start + pageSize) };
    }
    return { documents: docs.slice(start) };
  }

  listCollectionIds(name: DatabaseName, parentPath: string, caller: Caller): Json {
    if (!caller.owner && this.rulesFor(name.project).state !== null) {
      throw new EmulatorError('PERMISSION_DENIED', 'Only the owner (admin SDK) may list collection ids.');
    }
    return { collectionIds: this.database(name).collectionIds(parentPath) };
  }

  /** UpdateDocument (PATCH), DeleteDocument (DELETE) and CreateDocument (POST on a collection). */
  writeDocument(
    name: DatabaseName,
    path: string,
    kind: 'patch' | 'delete' | 'create',
    body: Json,
    params: URLSearchParams,
    caller: Caller
  ): Json {
    const currentDocument: Json = {};
    if (params.has('currentDocument.exists'))
      currentDocument.exists = params.get('currentDocument.exists') === 'true';
    if (params.has('currentDocument.updateTime'))
      currentDocument.updateTime = params.get('currentDocument.updateTime');
    const write: Json = {};
    if (Object.keys(currentDocument).length > 0) write.currentDocument = currentDocument;
    if (kind === 'delete') {
      write.delete = fullName(name, path);
      this.commitWrites(name, [parseWrite(name, write)], caller, null);
      return {};
    }
    let docPath = path;
    if (kind === 'create') {
      docPath = `${path}/${params.get('documentId') || randomId()}`;
      write.currentDocument = { exists: false };
    }
    write.update = { name: fullName(name, docPath), fields: body.fields ?? {} };
    const maskPaths = params.getAll('updateMask.fieldPaths');
    if (maskPaths.length > 0) write.updateMask = { fieldPaths: maskPaths };
    this.commitWrites(name, [parseWrite(name, write)], caller, null);
    const doc = this.database(name).get(docPath);
    if (!doc) throw new EmulatorError('INTERNAL', 'The written document vanished.');
    return this.docJson(name, doc);
  }

  clear(name: DatabaseName): void {
    this.database(name).clear();
    this.transactions.clear(this.key(name));
  }
}

function readMask(input: unknown): string[][] | null {
  if (!isObject(input) || !Array.isArray(input.fieldPaths)) return null;
  return input.fieldPaths.map((p) => parseFieldPath(String(p)));
}

function statusCode(error: EmulatorError): number {
  return (
    (
      {
        INVALID_ARGUMENT: 3,
        NOT_FOUND: 5,
        ALREADY_EXISTS: 6,
        PERMISSION_DENIED: 7,
        FAILED_PRECONDITION: 9,
        ABORTED: 10
      } as Record<string, number>
    )[error.status] ?? 13
  );
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomId(): string {
  let id = '';
  for (let i = 0; i < 20; i++) id += ID_CHARS[Math.floor(Math.random() * ID_CHARS.length)];
  return id;
}
