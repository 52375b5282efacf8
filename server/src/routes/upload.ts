// Multipart uploads: files streamed to a fresh temporary folder under names checked to stay inside it, within the
// configured limits; a limit passed is a 413 naming it, and a refused request leaves no file behind.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Request, Response } from 'express';
import multer from 'multer';
import { PayloadTooLargeError, ValidationError } from '../errors.ts';

export interface UploadLimits {
  /** Where each upload gets its own temporary folder. */
  dir: string;
  /** Bytes per file. */
  maxFileBytes: number;
  maxFiles: number;
}

/** A file field of an upload endpoint, and how many files it takes. */
export interface UploadField {
  name: string;
  maxCount: number;
}

export interface UploadedFile {
  field: string;
  /** The name the user gave it, as checked by safeUploadName. */
  name: string;
  path: string;
  size: number;
}

/** The longest file name an upload may carry, in characters. */
export const MAX_UPLOAD_NAME_LENGTH = 200;

/**
 * A user's file name as it may be stored: a plain name (no folder, no `..`, no leading dot, no control characters),
 * letters of any script, digits, spaces and `._()+-`. Anything else is refused rather than rewritten, so the name a
 * data set lists is the name the user gave.
 */
export function safeUploadName(name: string): string | undefined {
  return uploadNameProblem(name) === undefined ? name.normalize('NFC').trim() : undefined;
}

/** Why a file name is refused, in words the user can act on; undefined when it is kept. */
export function uploadNameProblem(name: string): string | undefined {
  const trimmed = name.normalize('NFC').trim();
  if (trimmed === '') return 'is empty';
  if (trimmed.length > MAX_UPLOAD_NAME_LENGTH)
    return `is ${trimmed.length} characters long; shorten it to ${MAX_UPLOAD_NAME_LENGTH} or fewer`;
  if (trimmed.startsWith('.') || !/^[\p{L}\p{N} ._()+-]+$/u.test(trimmed) || path.basename(trimmed) !== trimmed)
    return 'is not a plain file name (letters, digits, spaces, ._()+-, not starting with a dot)';
  return undefined;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

function fromMulterError(error: multer.MulterError, limits: UploadLimits): Error {
  const field = error.field ?? 'files';
  switch (error.code) {
    case 'LIMIT_FILE_SIZE':
      return new PayloadTooLargeError(
        `a file in '${field}' is larger than the upload limit of ${megabytes(limits.maxFileBytes)} per file (UPLOAD_MAX_FILE_BYTES)`,
      );
    case 'LIMIT_FILE_COUNT':
      return new PayloadTooLargeError(`more than ${limits.maxFiles} files in one upload (UPLOAD_MAX_FILES)`);
    case 'LIMIT_PART_COUNT':
    case 'LIMIT_FIELD_COUNT':
    case 'LIMIT_FIELD_VALUE':
    case 'LIMIT_FIELD_KEY':
      return new PayloadTooLargeError(`the upload has too many or too large form fields ('${field}')`);
    case 'LIMIT_UNEXPECTED_FILE':
      return new ValidationError(`unexpected file field '${field}' (or too many files in it)`, [
        { parameter: field, reason: 'is not a file field of this endpoint, or has too many files' },
      ]);
    case 'MISSING_FIELD_NAME':
      return new ValidationError(`the upload could not be read: ${error.message}`, [{ parameter: field, reason: error.message }]);
  }
}

/**
 * Streams the request's files to disk. Resolves with the folder and the files; the caller owns the folder and must
 * remove it. On any refusal the folder is removed here and the error thrown is an AppError.
 */
export async function receiveUpload(
  req: Request,
  res: Response,
  fields: readonly UploadField[],
  limits: UploadLimits,
): Promise<{ dir: string; files: UploadedFile[] }> {
  // The configured folder may not exist yet (a fresh UPLOAD_DIR, or a temporary folder cleaned since the start).
  await mkdir(limits.dir, { recursive: true });
  const dir = await mkdtemp(path.join(limits.dir, 'kgx-upload-'));
  const names = new Set<string>();
  const storage = multer.diskStorage({
    destination: dir,
    filename: (_req, file, callback) => {
      const problem = uploadNameProblem(file.originalname);
      if (problem !== undefined) {
        const shown = file.originalname.length > 80 ? `${file.originalname.slice(0, 80)}…` : file.originalname;
        callback(
          new ValidationError(`file name '${shown}' is not allowed: it ${problem}`, [
            { parameter: file.fieldname, reason: `'${shown}' ${problem}` },
          ]),
          '',
        );
        return;
      }
      const name = file.originalname.normalize('NFC').trim();
      if (names.has(name)) {
        callback(
          new ValidationError(`two files are named '${name}'`, [{ parameter: file.fieldname, reason: `'${name}' is given twice` }]),
          '',
        );
        return;
      }
      names.add(name);
      callback(null, name);
    },
  });
  const upload = multer({
    storage,
    limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: 10_000, parts: limits.maxFiles + 20 },
  }).fields(fields.map((f) => ({ name: f.name, maxCount: f.maxCount })));
  try {
    await new Promise<void>((resolve, reject) => {
      upload(req, res, (error: unknown) => (error === undefined || error === null ? resolve() : reject(error)));
    });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error instanceof multer.MulterError ? fromMulterError(error, limits) : error;
  }
  const byField = (req.files ?? {}) as Record<string, Express.Multer.File[]>;
  const files = Object.entries(byField).flatMap(([field, list]) =>
    list.map((f) => ({ field, name: path.basename(f.path), path: f.path, size: f.size })),
  );
  return { dir, files };
}
