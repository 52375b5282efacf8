// Which encoding an answer goes out in: one rule for built assets and API answers alike.
import type { Request } from 'express';

/** The encodings the server sends, best first. */
export const ENCODINGS_BEST_FIRST = ['br', 'gzip'] as const;
export type Encoding = (typeof ENCODINGS_BEST_FIRST)[number];

/**
 * The best of `offered` the request accepts, in the server's order, as the compression middleware chooses: browsers
 * list br after gzip though they take it gladly. Undefined when it accepts none of them.
 */
export function acceptedEncoding(req: Request, offered: readonly Encoding[] = ENCODINGS_BEST_FIRST): Encoding | undefined {
  return ENCODINGS_BEST_FIRST.find((name) => offered.includes(name) && req.acceptsEncodings(name) === name);
}
