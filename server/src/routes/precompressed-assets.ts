// Serves the built explorer's assets as the build compressed them (brotli at its highest quality, gzip at its highest
// level, files beside each asset), so a script is not compressed again, at a lower level, on every request.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { ENCODINGS_BEST_FIRST, acceptedEncoding, type Encoding } from './encodings.ts';

/** The suffix of the file the build writes for each encoding. */
const SUFFIXES: Record<Encoding, string> = { br: '.br', gzip: '.gz' };

/** An asset's name as the build writes it: one path segment, no way out of the folder. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface PrecompressedOptions {
  /** The folder the build wrote the assets to. */
  dir: string;
  /** Cache lifetime of an asset, in seconds; assets are named after their content, so it never changes. */
  maxAgeS: number;
}

/** Mounted at the assets' URL prefix; anything it has no compressed file for goes on to the plain static files. */
export function precompressedAssets({ dir, maxAgeS }: PrecompressedOptions): RequestHandler {
  // The build is fixed while the server runs: which compressed files exist is read once.
  let files: Set<string>;
  try {
    files = new Set(readdirSync(dir));
  } catch {
    files = new Set();
  }
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const name = req.path.slice(1);
    if (!ASSET_NAME.test(name) || !files.has(name)) return next();
    const offered = ENCODINGS_BEST_FIRST.filter((encoding) => files.has(name + SUFFIXES[encoding]));
    if (offered.length === 0) return next();
    res.vary('Accept-Encoding');
    const encoding = acceptedEncoding(req, offered);
    if (encoding === undefined) return next();
    // The type is the asset's own; the compression middleware leaves an answer that already has an encoding alone.
    res.type(path.extname(name));
    res.setHeader('Content-Encoding', encoding);
    const options = { root: dir, maxAge: maxAgeS * 1000, immutable: true, acceptRanges: false };
    res.sendFile(name + SUFFIXES[encoding], options, (error) => {
      if (!error || res.headersSent) return;
      // The compressed file is gone (a build replaced in place): the plain one, if any, is served as usual.
      res.removeHeader('Content-Encoding');
      res.removeHeader('Content-Type');
      next();
    });
  };
}
