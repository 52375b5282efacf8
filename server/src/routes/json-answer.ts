// Sends an endpoint's answer as JSON, compressed at once when it is small: the compression middleware's stream costs a
// trip through libuv's thread pool and a new compressor per answer, more than compressing a few kilobytes takes.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

/** Below this the headers outweigh the saving: the compression middleware's threshold (app.ts), sent as it is. */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * Up to this size an answer is compressed in one call on the request's thread (about 0.1–0.2 ms for 20 KB). Above it
 * the answer goes to the compression middleware as it is, whose stream compresses it off the thread: a large answer
 * compressed at once would hold every other request meanwhile.
 */
export const COMPRESS_AT_ONCE_UP_TO_BYTES = 64 * 1024;

/** The encodings, best first, with the settings the compression middleware uses (brotli quality 4, gzip's default). */
const ENCODERS = [
  {
    name: 'br',
    encode: (body: Buffer) =>
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  },
  { name: 'gzip', encode: (body: Buffer) => gzipSync(body) },
] as const;

export function sendJson(req: Request, res: Response, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.status(status).setHeader('Content-Type', 'application/json; charset=utf-8');
  if (body.length >= COMPRESS_FROM_BYTES && body.length <= COMPRESS_AT_ONCE_UP_TO_BYTES) {
    res.vary('Accept-Encoding');
    // The server's order, as for the built assets (precompressed-assets.ts): browsers list br after gzip.
    const encoder = ENCODERS.find((candidate) => req.acceptsEncodings(candidate.name) === candidate.name);
    if (encoder !== undefined) {
      const encoded = encoder.encode(body);
      // Named once encoded, so that an error meanwhile goes out without it. The compression middleware leaves an
      // answer that already has an encoding alone.
      res.setHeader('Content-Encoding', encoder.name);
      res.send(encoded);
      return;
    }
  }
  res.send(body);
}
