// Why an uploaded file's name is refused: the reason must be the one the user can act on.
import { describe, expect, it } from 'vitest';
import { MAX_UPLOAD_NAME_LENGTH, safeUploadName, uploadNameProblem } from './upload.ts';

describe('uploadNameProblem', () => {
  it('says a plain name over the length limit is too long, not that it is not a plain name (bug: a long name was called not plain)', () => {
    const name = `${'x'.repeat(MAX_UPLOAD_NAME_LENGTH)}.txt`;
    expect(uploadNameProblem(name)).toBe(
      `is ${MAX_UPLOAD_NAME_LENGTH + 4} characters long; shorten it to ${MAX_UPLOAD_NAME_LENGTH} or fewer`,
    );
    expect(safeUploadName(name)).toBeUndefined();
  });

  it('keeps a plain name at the limit', () => {
    const name = `${'x'.repeat(MAX_UPLOAD_NAME_LENGTH - 4)}.txt`;
    expect(uploadNameProblem(name)).toBeUndefined();
    expect(safeUploadName(name)).toBe(name);
  });

  it('calls a name with a folder, a leading dot or a control character not plain', () => {
    for (const name of ['../notes.txt', 'a/b.txt', '.hidden.txt', 'tab\there.txt'])
      expect(uploadNameProblem(name)).toMatch(/^is not a plain file name/);
  });

  it('says an empty name is empty', () => {
    expect(uploadNameProblem('  ')).toBe('is empty');
  });
});
