import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInside } from './read-native.ts';

let parent: string;
let dir: string;
beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'kgx-inside-'));
  dir = path.join(parent, 'dataset');
  await mkdir(path.join(dir, 'corpus'), { recursive: true });
  await writeFile(path.join(dir, 'corpus', 'a.txt'), 'inside');
  await writeFile(path.join(parent, 'secret.txt'), 'outside');
  await symlink(path.join(parent, 'secret.txt'), path.join(dir, 'corpus', 'link.txt'));
  await symlink(path.join(dir, 'corpus', 'a.txt'), path.join(dir, 'inner-link.txt'));
  await mkdir(path.join(parent, 'dataset-evil'));
  await writeFile(path.join(parent, 'dataset-evil', 'b.txt'), 'next door');
});
afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('resolveInside', () => {
  it('resolves a file inside the data set folder, also through a link that stays inside', async () => {
    expect(await resolveInside(dir, 'corpus/a.txt')).toMatch(/corpus[\\/]a\.txt$/);
    expect(await resolveInside(dir, 'inner-link.txt')).toMatch(/corpus[\\/]a\.txt$/);
  });

  it('refuses .., an absolute path, a sibling folder sharing the prefix, and a link to a file elsewhere', async () => {
    expect(await resolveInside(dir, '../secret.txt')).toBeNull();
    expect(await resolveInside(dir, path.join(parent, 'secret.txt'))).toBeNull();
    expect(await resolveInside(dir, '../dataset-evil/b.txt')).toBeNull();
    expect(await resolveInside(dir, 'corpus/link.txt')).toBeNull();
  });

  it('lets a missing file fail as missing', async () => {
    await expect(resolveInside(dir, 'corpus/none.txt')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
