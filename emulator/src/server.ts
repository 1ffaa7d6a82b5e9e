/**
 * HTTP front of the emulator on node:http: Firestore REST v1 as firebase/firestore/lite
 * (JSON, enums as names) and firebase-admin with preferRest (`$alt=json;enum-encoding=int`)
 * send it, plus the control endpoints of Google's emulator. Streaming RPCs (batchGet,
 * runQuery, runAggregationQuery) answer a JSON array, the shape both SDKs parse.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { EmulatorError } from './errors';
import type { DatabaseName } from './paths';
import { callerFromAuthorization, RulesGate } from './rules-gate';
import type { CompileResult } from './rules/contract';
import type { FirestoreService } from './service';
import { isObject } from './values';

export type CompileRules = (files: { name: string; content: string }[]) => CompileResult;

export interface ServerOptions {
  service: FirestoreService;
  /** Compiles rules sent to PUT /emulator/v1/projects/{p}:securityRules. */
  compile?: CompileRules;
  /** Logs each request (method, path, status) when set. */
  log?: (line: string) => void;
}

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers':
    'Authorization, Content-Type, X-Goog-Api-Client, X-Firebase-GMPID, X-Goog-Request-Params, Google-Cloud-Resource-Prefix, X-Firebase-AppCheck, X-Goog-AuthUser, X-Firebase-Client',
  'Access-Control-Max-Age': '86400'
};

/** Cloud Firestore refuses API requests larger than 10 MiB. */
const MAX_BODY = 10 * 1024 * 1024;

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new EmulatorError(
        'INVALID_ARGUMENT',
        `Request payload size exceeds the limit: ${MAX_BODY} bytes.`
      );
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new EmulatorError('INVALID_ARGUMENT', 'The request body is not valid JSON.');
  }
  if (!isObject(parsed))
    throw new EmulatorError('INVALID_ARGUMENT', 'The request body must be a JSON object.');
  return parsed;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type':
      typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text)
  });
  res.end(text);
}

const DOCUMENTS = /^\/v1\/projects\/([^/]+)\/databases\/([^/]+)\/documents([/:].*)?$/;
const CLEAR = /^\/emulator\/v1\/projects\/([^/]+)\/databases\/([^/]+)\/documents\/?$/;
const RULES = /^\/emulator\/v1\/projects\/([^/:]+):securityRules$/;

/** Splits '/a/b:runQuery' into the path 'a/b' and the method 'runQuery'. */
function splitMethod(rest: string): { path: string; method: string | null } {
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  const pathPart = colon >= 0 ? rest.slice(0, colon) : rest;
  const method = colon >= 0 ? rest.slice(colon + 1) : null;
  const path = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map((s) => decodeURIComponent(s))
    .join('/');
  return { path, method };
}

export function createEmulatorServer(options: ServerOptions): Server {
  const { service } = options;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname.replace(/%28/gi, '(').replace(/%29/gi, ')').replace(/%3A/gi, ':');
    const method = req.method ?? 'GET';

    if (method === 'OPTIONS') {
      // Echo what the browser asks for, so a header we did not foresee never blocks the app.
      const requested = req.headers['access-control-request-headers'];
      res.writeHead(204, {
        ...CORS_HEADERS,
        ...(requested
          ? {
              'Access-Control-Allow-Headers': `${CORS_HEADERS['Access-Control-Allow-Headers']}, ${requested}`
            }
          : {})
      });
      res.end();
      return;
    }
    if (pathname === '/' && method === 'GET') {
      send(res, 200, 'Ok');
      return;
    }

    const clear = CLEAR.exec(pathname);
    if (clear && method === 'DELETE') {
      service.clear({
        project: decodeURIComponent(clear[1] ?? ''),
        database: decodeURIComponent(clear[2] ?? '')
      });
      send(res, 200, {});
      return;
    }

    const rules = RULES.exec(pathname);
    if (rules && method === 'PUT') {
      const body = await readBody(req);
      const rulesBody = isObject(body.rules) ? body.rules : {};
      const given = Array.isArray(rulesBody.files) ? rulesBody.files : [];
      // A body that carries no rules source is a mistake, not "no rules": refuse it, keep the rules.
      if (given.length === 0 || !given.every((f) => isObject(f) && typeof f.content === 'string')) {
        throw new EmulatorError(
          'INVALID_ARGUMENT',
          'Expected {"rules":{"files":[{"content":"<rules source>"}]}} with at least one file; the rules are unchanged.'
        );
      }
      const files = given.map((f, i) => ({
        name: isObject(f) && typeof f.name === 'string' ? f.name : `firestore${i === 0 ? '' : i}.rules`,
        content: isObject(f) ? String(f.content) : ''
      }));
      if (!options.compile)
        throw new EmulatorError('UNIMPLEMENTED', 'This emulator was started without a rules compiler.');
      const result = options.compile(files);
      const gate = new RulesGate();
      gate.set(result);
      service.setProjectRules(decodeURIComponent(rules[1] ?? ''), gate);
      if (!result.ok) {
        send(res, 400, {
          error: {
            code: 400,
            status: 'INVALID_ARGUMENT',
            message: result.errors.map((e) => `${e.file}:${e.line}:${e.column}: ${e.message}`).join('\n')
          }
        });
        return;
      }
      send(res, 200, {});
      return;
    }

    const docs = DOCUMENTS.exec(pathname);
    if (!docs) throw new EmulatorError('NOT_FOUND', `No such endpoint: ${method} ${url.pathname}`);
    const name: DatabaseName = {
      project: decodeURIComponent(docs[1] ?? ''),
      database: decodeURIComponent(docs[2] ?? '')
    };
    const { path, method: rpc } = splitMethod(docs[3] ?? '');
    const caller = callerFromAuthorization(req.headers.authorization);

    if (method === 'POST' && rpc !== null) {
      const body = await readBody(req);
      switch (rpc) {
        case 'commit':
          send(res, 200, service.commit(name, body, caller));
          return;
        case 'batchGet':
          send(res, 200, await service.batchGet(name, body, caller));
          return;
        case 'runQuery':
          send(res, 200, await service.runQuery(name, path, body, caller));
          return;
        case 'runAggregationQuery':
          send(res, 200, await service.runAggregationQuery(name, path, body, caller));
          return;
        case 'beginTransaction':
          send(res, 200, service.beginTransaction(name, body));
          return;
        case 'rollback':
          send(res, 200, service.rollback(name, body));
          return;
        case 'batchWrite':
          send(res, 200, service.batchWrite(name, body, caller));
          return;
        case 'listCollectionIds':
          send(res, 200, service.listCollectionIds(name, path, caller));
          return;
        default:
          throw new EmulatorError('UNIMPLEMENTED', `The method ${rpc} is not supported by this emulator.`);
      }
    }
    if (rpc === null && path !== '') {
      const depth = path.split('/').length;
      const isDocument = depth % 2 === 0;
      if (method === 'GET') {
        send(
          res,
          200,
          isDocument
            ? await service.getDocument(name, path, url.searchParams, caller)
            : service.listDocuments(name, path, url.searchParams, caller)
        );
        return;
      }
      if (method === 'PATCH' && isDocument) {
        send(
          res,
          200,
          service.writeDocument(name, path, 'patch', await readBody(req), url.searchParams, caller)
        );
        return;
      }
      if (method === 'DELETE' && isDocument) {
        send(res, 200, service.writeDocument(name, path, 'delete', {}, url.searchParams, caller));
        return;
      }
      if (method === 'POST' && !isDocument) {
        send(
          res,
          200,
          service.writeDocument(name, path, 'create', await readBody(req), url.searchParams, caller)
        );
        return;
      }
    }
    throw new EmulatorError('NOT_FOUND', `No such endpoint: ${method} ${url.pathname}`);
  }

  return createServer((req, res) => {
    route(req, res)
      .then(() => options.log?.(`${req.method} ${req.url} ${res.statusCode}`))
      .catch((error: unknown) => {
        const e =
          error instanceof EmulatorError
            ? error
            : new EmulatorError('INTERNAL', error instanceof Error ? error.message : String(error));
        if (!(error instanceof EmulatorError))
          options.log?.(`internal error: ${error instanceof Error ? error.stack : String(error)}`);
        if (!res.headersSent) send(res, e.httpStatus, e.toJson());
        else res.end();
        options.log?.(`${req.method} ${req.url} ${e.httpStatus} ${e.status}: ${e.message}`);
      });
  });
}
