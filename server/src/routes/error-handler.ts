// The one place errors become HTTP: AppErrors keep their status and code, anything else is a logged 500.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ErrorBody } from '@kgx/contract';
import { AppError, MethodNotAllowedError, NotFoundError, OverloadedError, PayloadTooLargeError, ValidationError } from '../errors.ts';

/** Errors raised by Express itself (a path that does not decode) and by body parsing; map the ones a client can cause. */
function fromExpress(error: unknown): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  if (error instanceof URIError) {
    return new ValidationError('the path is not valid percent-encoding', [{ parameter: 'path', reason: 'is not valid percent-encoding' }]);
  }
  if (!('type' in error)) {
    // Any other error body parsing marks as the client's (a compressed body that does not decompress).
    const status = 'status' in error ? error.status : undefined;
    const exposed = 'expose' in error && error.expose === true;
    if (exposed && typeof status === 'number' && status >= 400 && status < 500) {
      return new ValidationError(
        'the request body could not be read',
        [{ parameter: 'body', reason: 'could not be read or decompressed' }],
        'INVALID_BODY',
      );
    }
    return undefined;
  }
  switch (error.type) {
    case 'entity.too.large':
      return new PayloadTooLargeError('the request body is larger than the server accepts');
    case 'entity.parse.failed':
      return new ValidationError(
        'the request body is not valid JSON',
        [{ parameter: 'body', reason: 'is not valid JSON' }],
        'INVALID_BODY',
      );
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new ValidationError(
        'the request body encoding is not supported',
        [{ parameter: 'body', reason: 'unsupported encoding' }],
        'INVALID_BODY',
      );
    default:
      return undefined;
  }
}

export const notFoundRoute: RequestHandler = (req, _res, next) => {
  next(new NotFoundError('ROUTE_NOT_FOUND', `no route ${req.method} ${req.path}`));
};

export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = error instanceof AppError ? error : fromExpress(error);
  const requestId = String(req.id ?? '');
  if (appError) {
    if (appError instanceof MethodNotAllowedError) res.setHeader('Allow', appError.allow.join(', '));
    if (appError instanceof OverloadedError) res.setHeader('Retry-After', String(appError.retryAfterS));
    if (appError.status >= 500) req.log.warn({ err: appError.cause ?? appError, code: appError.code }, appError.message);
    const body: ErrorBody = {
      error: {
        code: appError.code,
        message: appError.message,
        ...(appError.details?.length ? { details: appError.details } : {}),
        requestId,
      },
    };
    res.status(appError.status).json(body);
    return;
  }
  req.log.error({ err: error }, 'unexpected error');
  const body: ErrorBody = { error: { code: 'INTERNAL', message: 'an unexpected error occurred', requestId } };
  res.status(500).json(body);
};
