// Builds the Express app without listening, so tests can mount it on any port.
import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { MAX_CYPHER_ROWS } from '@kgx/contract';
import helmet from 'helmet';
import { temporaryLocalAccess } from './accounts/open-access.ts';
import { RateLimitedError } from './errors.ts';
import { refuseDeepBodies } from './routes/body-depth.ts';
import { precompressedAssets } from './routes/precompressed-assets.ts';
import { requireLoopbackHost } from './routes/local-writes.ts';
import type { AccessService } from './services/access-service.ts';
import type { Logger } from 'pino';
import type { GraphClient } from './graph/client.ts';
import { createHttpLogger } from './logger.ts';
import { runForRequest } from './request-context.ts';
import { buildOpenApiDocument } from './openapi.ts';
import { errorHandler, notFoundRoute } from './routes/error-handler.ts';
import { ENDPOINTS, endpointRouter } from './routes/registry.ts';
import { RequestGate, type RequestGateLimits } from './routes/request-gate.ts';
import { createServices } from './services/services.ts';
import { EnvSchema } from './env.ts';
import type { UploadLimits } from './routes/upload.ts';
import { COMPRESS_FROM_BYTES } from './routes/json-answer.ts';
import { tmpdir } from 'node:os';

/** How many failed sign-ins are allowed in a window, per account name and per address, before sign-in answers 429. */
export interface SignInLimits {
  windowMs: number;
  perAccount: number;
  perAddress: number;
}

export interface AppOptions {
  client: GraphClient;
  logger: Logger;
  queryTimeoutMs: number;
  bodyLimit?: string;
  corsOrigin?: string | undefined;
  /** The built client to serve at `/`; omitted, the app serves the API only. */
  clientDist?: string | undefined;
  cypherMaxRows?: number;
  /** Default CYPHER_MAX_BYTES (8 MiB). */
  cypherMaxBytes?: number;
  /** Default CYPHER_THREADS (2). */
  cypherThreads?: number;
  /** Default PATH_HUB_DEGREE (2,000): paths step through no entity with more relations, unless asked to. */
  pathHubDegree?: number;
  /** Default PATH_TIME_ORDER_BUDGET_MS (1,000): how long a time-ordered paths search may check the shortest paths. */
  pathTimeOrderBudgetMs?: number;
  /** How much database work at once, and how much may wait; defaults API_MAX_ACTIVE, API_MAX_WAITING, API_MAX_WAIT_MS. */
  requestGate?: Partial<RequestGateLimits>;
  /** Where uploads are streamed and how large they may be; defaults: the system's temporary folder, 200 MB per file, 20 files. */
  uploads?: Partial<UploadLimits>;
  /** Accounts, sessions and the audit trail; omitted, accounts are off and the trail goes to a temporary folder. */
  access?: AccessService;
  signInLimits?: SignInLimits;
  /** Express's `trust proxy`: set behind a TLS proxy, so that the per-address limit sees the caller's address. */
  trustProxy?: boolean | number | string | undefined;
  /** Served over HTTPS: the pages ask browsers to upgrade insecure requests (over plain HTTP that would break them). */
  https?: boolean;
}

/** The configuration's defaults (env.ts), for an app built without it, as the tests build theirs. */
const DEFAULT_UPLOAD_LIMITS: Omit<UploadLimits, 'dir'> = {
  maxFileBytes: EnvSchema.shape.UPLOAD_MAX_FILE_BYTES.parse(undefined),
  maxFiles: EnvSchema.shape.UPLOAD_MAX_FILES.parse(undefined),
};
const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  windowMs: EnvSchema.shape.SIGN_IN_WINDOW_MS.parse(undefined),
  perAccount: EnvSchema.shape.SIGN_IN_MAX_FAILURES_PER_ACCOUNT.parse(undefined),
  perAddress: EnvSchema.shape.SIGN_IN_MAX_FAILURES_PER_ADDRESS.parse(undefined),
};

/**
 * Failed sign-ins counted per account name and per address; past either limit, sign-in answers 429 whether the
 * account exists or not. Counts live in this process: several processes behind one address each keep their own.
 */
function signInLimiters(limits: SignInLimits): RequestHandler[] {
  const common = {
    windowMs: limits.windowMs,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
  } as const;
  const refuse =
    (what: string): RequestHandler =>
    (_req, _res, next) =>
      next(new RateLimitedError(`too many failed sign-ins ${what}; try again in ${Math.ceil(limits.windowMs / 60_000)} minutes`));
  return [
    rateLimit({ ...common, limit: limits.perAddress, handler: refuse('from this address') }),
    rateLimit({
      ...common,
      limit: limits.perAccount,
      keyGenerator: (req) => {
        const body: unknown = req.body;
        const name = typeof body === 'object' && body !== null && 'username' in body ? String(body.username) : '';
        return `account:${name.slice(0, 200)}`;
      },
      handler: refuse('for this account'),
    }),
  ];
}

/** CORS is off unless an origin is configured; then only that origin may call the API. */
function cors(origin: string): RequestHandler {
  return (req, res, next) => {
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, DELETE, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Request-Id');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/** A year: what immutable caching of content-named assets conventionally means. */
const ASSET_MAX_AGE_S = 365 * 24 * 60 * 60;

export function createApp(opts: AppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (opts.trustProxy !== undefined) app.set('trust proxy', opts.trustProxy);
  const access = opts.access ?? temporaryLocalAccess();
  app.use(createHttpLogger(opts.logger));
  // Everything a request starts knows its id: Neo4j transactions carry it, so a query that outlives the request is found.
  app.use((req, _res, next) => runForRequest(String(req.id), next));
  // Answers and assets are compressed (brotli or gzip, as the browser accepts) from 1 KB up: JSON shrinks several times.
  app.use(compression({ threshold: COMPRESS_FROM_BYTES }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'style-src': ["'self'", "'unsafe-inline'"],
          'upgrade-insecure-requests': opts.https === true ? [] : null,
        },
      },
    }),
  );
  // With accounts off, only this machine's names: a page whose domain was rebound to 127.0.0.1 names its own domain.
  if (access.mode === 'off') app.use(requireLoopbackHost);
  if (opts.corsOrigin) app.use('/api', cors(opts.corsOrigin));
  app.use('/api', express.json({ limit: opts.bodyLimit ?? '100kb', strict: true }), refuseDeepBodies);
  if (access.mode === 'on') app.post('/api/session', ...signInLimiters(opts.signInLimits ?? DEFAULT_SIGN_IN_LIMITS));

  const services = createServices({
    client: opts.client,
    logger: opts.logger,
    cypherMaxRows: opts.cypherMaxRows ?? MAX_CYPHER_ROWS,
    cypherMaxBytes: opts.cypherMaxBytes ?? EnvSchema.shape.CYPHER_MAX_BYTES.parse(undefined),
    cypherTimeoutMs: opts.queryTimeoutMs,
    cypherThreads: opts.cypherThreads ?? EnvSchema.shape.CYPHER_THREADS.parse(undefined),
    healthTimeoutMs: 1000,
    pathHubDegree: opts.pathHubDegree ?? EnvSchema.shape.PATH_HUB_DEGREE.parse(undefined),
    pathTimeOrderBudgetMs: opts.pathTimeOrderBudgetMs ?? EnvSchema.shape.PATH_TIME_ORDER_BUDGET_MS.parse(undefined),
    queryTimeoutMs: opts.queryTimeoutMs,
    openApi: buildOpenApiDocument(ENDPOINTS),
    uploads: { dir: tmpdir(), ...DEFAULT_UPLOAD_LIMITS, ...opts.uploads },
    access,
  });
  const gate = new RequestGate({
    maxActive: EnvSchema.shape.API_MAX_ACTIVE.parse(undefined),
    maxWaiting: EnvSchema.shape.API_MAX_WAITING.parse(undefined),
    maxWaitMs: EnvSchema.shape.API_MAX_WAIT_MS.parse(undefined),
    ...opts.requestGate,
  });
  app.use('/api', endpointRouter(services, gate));
  app.use('/api', notFoundRoute);

  if (opts.clientDist && existsSync(path.join(opts.clientDist, 'index.html'))) {
    const dist = opts.clientDist;
    app.use('/assets', precompressedAssets({ dir: path.join(dist, 'assets'), maxAgeS: ASSET_MAX_AGE_S }));
    app.use(
      express.static(dist, {
        index: false,
        setHeaders: (res, file) => {
          // Vite names each built asset after its content: one never changes, so it is cached for good.
          const hashed = path.relative(dist, file).startsWith(`assets${path.sep}`);
          res.setHeader('Cache-Control', hashed ? `public, max-age=${ASSET_MAX_AGE_S}, immutable` : 'no-cache');
        },
      }),
    );
    // The explorer keeps its view in the URL; every non-API path is the single page.
    app.get(/^\/(?!api\/).*/, (_req, res) => {
      // The page names the current assets: asked again every time, so a new build is seen at once.
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(dist, 'index.html'));
    });
  }
  app.use(notFoundRoute);
  app.use(errorHandler);
  return app;
}
