// Structured JSON logs; every request's lines carry its request id.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'kg-explorer' }, timestamp: pino.stdTimeFunctions.isoTime });
}

const REQUEST_ID = /^[\w.-]{1,64}$/;

export function createHttpLogger(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    // A caller's id is kept when it is sane, so one id follows a request across services.
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
