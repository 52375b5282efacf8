// With accounts on, a change must come from the explorer's own pages: a form or script on another site is refused.
import type { Request } from 'express';
import { ForbiddenError } from '../errors.ts';

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}

/**
 * Why a state-changing request looks cross-site, or null. Browsers say where a request comes from (Sec-Fetch-Site,
 * Origin, Referer); a request that says nothing is not from a browser, and carries the session cookie only if its
 * sender was given it. `trustedOrigins` are the addresses the explorer is served at behind a proxy that rewrites Host.
 */
export function crossSiteRefusal(
  headers: Record<string, string | string[] | undefined>,
  host: string | undefined,
  trustedOrigins: readonly string[] = [],
): string | null {
  const fetchSite = headers['sec-fetch-site'];
  if (typeof fetchSite === 'string' && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `changes from another site are refused (Sec-Fetch-Site: ${fetchSite})`;
  }
  const origin = headers['origin'];
  const referer = headers['referer'];
  const claimed = typeof origin === 'string' ? origin : typeof referer === 'string' ? referer : undefined;
  if (claimed === undefined) return null;
  if (trustedOrigins.some((trusted) => claimed === trusted || claimed.startsWith(`${trusted}/`))) return null;
  const claimedHost = hostOf(claimed);
  if (claimedHost === undefined || host === undefined || claimedHost !== host) return 'changes from another site are refused';
  return null;
}

export function requireSameOrigin(req: Request, trustedOrigins: readonly string[]): void {
  const refusal = crossSiteRefusal(req.headers, req.headers.host, trustedOrigins);
  if (refusal !== null) throw new ForbiddenError(refusal);
}
