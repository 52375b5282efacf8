// Until accounts exist, a write is accepted only from this machine, directly (not through a proxy) and from our own pages.
import type { Request, RequestHandler } from 'express';
import { ForbiddenError } from '../errors.ts';

/** 127.0.0.0/8, ::1, and IPv4 loopback as an IPv6-mapped address. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'] as const;

/**
 * Whether a Host (or an Origin's host) names this machine: `localhost`, `127.x.y.z` or `[::1]`, with any port. The
 * Host header comes from the caller, so it is checked against this list, never trusted as "our" name: a page whose
 * domain was rebound to 127.0.0.1 sends its own domain as Host.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const match = /^(\[::1\]|localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3})(:\d{1,5})?$/i.exec(host);
  return match !== null;
}

/** Why a request may not write, or null when it may. A proxy on this machine would make everyone look local: refused. */
export function localWriteRefusal(request: {
  remoteAddress: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  host: string | undefined;
}): string | null {
  if (!isLoopbackAddress(request.remoteAddress)) return 'writes are accepted only from this machine until accounts are turned on';
  if (PROXY_HEADERS.some((h) => request.headers[h] !== undefined)) {
    return 'writes through a proxy are refused until accounts are turned on';
  }
  if (!isLoopbackHost(request.host)) {
    return 'writes are accepted only at a loopback address (localhost, 127.0.0.1 or [::1]) until accounts are turned on';
  }
  const fetchSite = request.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return 'writes from another site are refused';
  const origin = request.headers['origin'];
  if (typeof origin === 'string' && origin !== 'null') {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return 'writes from another site are refused';
    }
    if (!isLoopbackHost(originHost) || originHost !== request.host) return 'writes from another site are refused';
  } else if (origin === 'null') return 'writes from another site are refused';
  return null;
}

/** With accounts off, a request naming any host but this machine's is refused: the defence against DNS rebinding. */
export const requireLoopbackHost: RequestHandler = (req, _res, next) => {
  if (isLoopbackHost(req.headers.host)) {
    next();
    return;
  }
  next(
    new ForbiddenError(
      'with accounts off the explorer answers only at localhost, 127.0.0.1 or [::1]; turn accounts on (AUTH=on) to serve it under another name',
    ),
  );
};

export function requireLocalWrite(req: Request): void {
  const refusal = localWriteRefusal({ remoteAddress: req.socket.remoteAddress, headers: req.headers, host: req.headers.host });
  if (refusal !== null) throw new ForbiddenError(refusal);
}
