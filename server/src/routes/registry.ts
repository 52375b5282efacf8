// The one list of endpoints: Express routes, the OpenAPI document and the generated endpoint tests all come from here.
import { rm } from 'node:fs/promises';
import { Router, type Request, type Response } from 'express';
import { parseCookie } from 'cookie';
import { NoQuerySchema, roleIncludes } from '@kgx/contract';
import { SESSION_COOKIE } from '../accounts/session-tokens.ts';
import { AppError, ConflictError, ForbiddenError, MethodNotAllowedError, UnauthenticatedError } from '../errors.ts';
import type { Caller } from '../services/access-service.ts';
import type { Services } from '../services/services.ts';
import { ACCOUNT_ENDPOINTS } from './accounts.ts';
import { BRIEF_ENDPOINTS } from './brief.ts';
import { CYPHER_ENDPOINTS } from './cypher.ts';
import { DOCUMENT_ENDPOINTS } from './documents.ts';
import { ENTITY_ENDPOINTS } from './entities.ts';
import { isWrite, type Endpoint, type EndpointInput, type SessionCookie } from './endpoint.ts';
import { CANDIDATE_ENDPOINTS } from './candidates.ts';
import { DATASET_ENDPOINTS } from './datasets.ts';
import { requireLocalWrite } from './local-writes.ts';
import { HEALTH_ENDPOINTS } from './health.ts';
import { PATH_ENDPOINTS } from './paths.ts';
import { RELATION_ENDPOINTS } from './relations.ts';
import { SEARCH_ENDPOINTS } from './search.ts';
import { requireSameOrigin } from './same-origin.ts';
import { SESSION_ENDPOINTS } from './session.ts';
import { TIMELINE_ENDPOINTS } from './timeline.ts';
import type { RequestGate } from './request-gate.ts';
import { receiveUpload } from './upload.ts';
import { parseInput } from './validate.ts';
import { VOCABULARY_ENDPOINTS } from './vocabulary.ts';
import { sendJson } from './json-answer.ts';

export const ENDPOINTS: readonly Endpoint[] = [
  ...HEALTH_ENDPOINTS,
  ...SESSION_ENDPOINTS,
  ...VOCABULARY_ENDPOINTS,
  ...SEARCH_ENDPOINTS,
  ...ENTITY_ENDPOINTS,
  ...PATH_ENDPOINTS,
  ...RELATION_ENDPOINTS,
  ...TIMELINE_ENDPOINTS,
  ...DOCUMENT_ENDPOINTS,
  ...BRIEF_ENDPOINTS,
  ...CYPHER_ENDPOINTS,
  ...DATASET_ENDPOINTS,
  ...CANDIDATE_ENDPOINTS,
  ...ACCOUNT_ENDPOINTS,
];

/** Two declarations of one method and path would route to the first and document the last: refused at start. */
function checkUnique(endpoints: readonly Endpoint[]): void {
  const seen = new Set<string>();
  for (const endpoint of endpoints) {
    const key = `${endpoint.method.toUpperCase()} ${endpoint.path}`;
    if (seen.has(key)) throw new Error(`endpoint registry: ${key} is declared twice`);
    seen.add(key);
    if (isWrite(endpoint) && endpoint.audit === undefined) throw new Error(`endpoint registry: ${key} changes data but declares no audit`);
  }
}
/** Parses params, query and body with the endpoint's schemas; an endpoint without a query schema refuses any parameter. */
function parseRequest(endpoint: Endpoint, req: Request) {
  return {
    params: endpoint.params ? parseInput(endpoint.params, req.params, 'path') : {},
    query: parseInput(endpoint.query ?? NoQuerySchema, req.query, 'query'),
    body: endpoint.body ? parseInput(endpoint.body, req.body ?? {}, 'body') : undefined,
  };
}

/**
 * Refuses a caller the endpoint does not allow. With accounts on: 401 without a session, 403 below the endpoint's
 * role or for a change from another site. With accounts off: a change only directly from this machine's own pages.
 */
function authorize(endpoint: Endpoint, caller: Caller, req: Request, services: Services): void {
  if (services.access.mode === 'off') {
    if (isWrite(endpoint)) requireLocalWrite(req);
    return;
  }
  if (endpoint.role !== 'public') {
    if (caller.role === null) throw new UnauthenticatedError();
    if (!roleIncludes(caller.role, endpoint.role)) {
      throw new ForbiddenError(
        `${endpoint.method.toUpperCase()} /api${endpoint.path} needs the ${endpoint.role} role; ${caller.actor} is a ${caller.role}`,
      );
    }
  }
  if (endpoint.method !== 'get') requireSameOrigin(req, services.access.trustedOrigins);
}

function sessionCookie(res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    set: (token, maxAgeMs) => res.cookie(SESSION_COOKIE, token, { ...options, maxAge: maxAgeMs }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

async function recordChange(endpoint: Endpoint, input: EndpointInput<never, never, never>, response: unknown, services: Services) {
  const audit = endpoint.audit;
  if (audit === undefined || audit.byService === true) return;
  const target = audit.target?.(input, response);
  const detail = audit.detail?.(input, response);
  await services.access.audit.record({
    actor: input.caller.actor,
    action: audit.action,
    outcome: endpoint.status === 202 ? 'accepted' : 'done',
    ...(target === undefined ? {} : { target }),
    ...(detail === undefined ? {} : { detail }),
    ...input.request,
  });
}

/** The liveness probe answers whatever the load, and says so: it never waits for a turn. */
function isGated(endpoint: Endpoint): boolean {
  return endpoint.usesDatabase && endpoint.path !== '/health';
}

export function endpointRouter(services: Services, gate: RequestGate, endpoints: readonly Endpoint[] = ENDPOINTS): Router {
  checkUnique(endpoints);
  const router = Router();
  for (const endpoint of endpoints) {
    router[endpoint.method](endpoint.path, async (req, res) => {
      const caller = await services.access.callerOf(parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE]);
      authorize(endpoint, caller, req, services);
      const upload = endpoint.upload ? await receiveUpload(req, res, endpoint.upload.fields, services.uploads) : undefined;
      const request = {
        requestId: String(req.id),
        // The caller's address, through the proxies TRUST_PROXY names.
        ...(req.ip === undefined ? {} : { address: req.ip }),
      };
      let input;
      let response;
      try {
        const parsed = parseRequest(endpoint, req);
        // After validation, so that bad input gets its 400 whether accounts are on or off.
        if (endpoint.accountsOnly === true && services.access.mode === 'off') {
          throw new ConflictError('accounts are off (AUTH=off); start the server with AUTH=on, or manage accounts with npm run user');
        }
        input = {
          ...parsed,
          ...(upload ? { upload } : {}),
          caller,
          request,
          session: sessionCookie(res, services.access.secureCookies),
        };
        const leave = isGated(endpoint) ? await gate.enter() : undefined;
        try {
          response = await endpoint.handle(input, services);
        } finally {
          leave?.();
        }
      } catch (error) {
        // Neo4j may still be running what the request gave up on: found by the request id, logged and ended.
        if (error instanceof AppError && error.code === 'QUERY_TIMEOUT') services.overruns.watch(request.requestId);
        // Refused: nothing of the upload stays. Accepted, the handler owns the folder (an import deletes it when done).
        if (upload) await rm(upload.dir, { recursive: true, force: true });
        throw error;
      }
      await recordChange(endpoint, input as EndpointInput<never, never, never>, response, services);
      sendJson(req, res, endpoint.statusOf?.(response) ?? endpoint.status ?? 200, response);
    });
  }
  // A path that exists answers another method with 405 and the methods it takes, not 404.
  const methodsByPath = new Map<string, string[]>();
  for (const endpoint of endpoints) {
    methodsByPath.set(endpoint.path, [...(methodsByPath.get(endpoint.path) ?? []), endpoint.method.toUpperCase()]);
  }
  // Literal paths before those with parameters: PUT /datasets/preview is about the preview, not a data set 'preview'.
  const byLiteralFirst = [...methodsByPath].sort(([a], [b]) => Number(a.includes(':')) - Number(b.includes(':')));
  for (const [path, methods] of byLiteralFirst) {
    router.all(path, (req) => {
      throw new MethodNotAllowedError(req.method, `/api${path}`, methods);
    });
  }
  return router;
}
