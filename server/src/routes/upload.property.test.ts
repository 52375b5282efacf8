// Property: whatever name a client sends with a file, what is kept is a plain name that stays inside its folder.
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUploadName } from './upload.ts';

const HOSTILE_PARTS = ['..', '/', '\\', '\u0000', '.', '%2e%2e', '~', ':', '\n', 'C:', '..\\..', '/etc/passwd', ' '];

describe('safeUploadName (property)', () => {
  it('keeps only names that resolve inside the upload folder, and never rewrites one', () => {
    const name = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PARTS), fc.string({ maxLength: 8 })), { maxLength: 8 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(name, (given) => {
        const kept = safeUploadName(given);
        if (kept === undefined) return;
        const folder = path.resolve('/uploads/kgx-upload-x');
        const resolved = path.resolve(folder, kept);
        expect(path.dirname(resolved)).toBe(folder);
        expect(kept).toBe(given.normalize('NFC').trim());
        expect(kept.startsWith('.')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
