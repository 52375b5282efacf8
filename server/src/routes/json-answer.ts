// Sends an endpoint's answer as JSON, compressed at once when it is small: the compression middleware's stream costs a
// trip through libuv's thread pool and a new compressor per answer, more than compressing a few kilobytes takes.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { acceptedEncoding, type Encoding } from './encodings.ts';

/** Below this the headers outweigh the saving: sent as it is, here and by the compression middleware (app.ts). */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * Up to this size an answer is compressed in one call on the request's thread (about 0.1–0.2 ms for 20 KB). Above it
 * the answer goes to the compression middleware as it is, whose stream compresses it off the thread: a large answer
 * compressed at once would hold every other request meanwhile.
 */
export const COMPRESS_AT_ONCE_UP_TO_BYTES = 64 * 1024;

/** How each encoding is made, with the settings the compression middleware uses (brotli quality 4, gzip's default). */
const ENCODERS: Record<Encoding, (body: Buffer) => Buffer> = {
  br: (body) =>
    brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body) => gzipSync(body),
};

export function sendJson(req: Request, res: Response, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.status(status).setHeader('Content-Type', 'application/json; charset=utf-8');
  if (body.length >= COMPRESS_FROM_BYTES && body.length <= COMPRESS_AT_ONCE_UP_TO_BYTES) {
    res.vary('Accept-Encoding');
    const encoding = acceptedEncoding(req);
    if (encoding !== undefined) {
      const encoded = ENCODERS[encoding](body);
      // Named once encoded, so that an error meanwhile goes out without it. The compression middleware leaves an
      // answer that already has an encoding alone.
      res.setHeader('Content-Encoding', encoding);
      res.send(encoded);
      return;
    }
  }
  res.send(body);
}
