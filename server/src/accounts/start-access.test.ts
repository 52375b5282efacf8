import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../env.ts';
import { authModeOf, startAccess } from './start-access.ts';

const quiet = () => undefined;

describe('authModeOf', () => {
  it('turns accounts off by default on loopback, and on elsewhere', () => {
    expect(authModeOf({ HOST: '127.0.0.1', AUTH: undefined })).toBe('off');
    expect(authModeOf({ HOST: 'localhost', AUTH: undefined })).toBe('off');
    expect(authModeOf({ HOST: '::1', AUTH: undefined })).toBe('off');
    expect(authModeOf({ HOST: '0.0.0.0', AUTH: undefined })).toBe('on');
    expect(authModeOf({ HOST: '127.0.0.1', AUTH: 'on' })).toBe('on');
  });

  it('refuses AUTH=off on any interface but loopback', () => {
    expect(() => authModeOf({ HOST: '0.0.0.0', AUTH: 'off' })).toThrow(/AUTH=off is allowed only .* loopback/);
    expect(() => authModeOf({ HOST: '192.168.1.10', AUTH: 'off' })).toThrow(/loopback/);
  });
});

describe('startAccess', () => {
  it('refuses to start with accounts on and no admin, and says how to make one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kgx-start-'));
    await expect(startAccess(parseEnv({ HOST: '0.0.0.0', SERVER_DATA_DIR: dir }), quiet)).rejects.toThrow(/npm run user -- add/);
  });

  it('creates the first admin from ADMIN_USER and ADMIN_PASSWORD, once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kgx-start-'));
    const env = parseEnv({ HOST: '0.0.0.0', SERVER_DATA_DIR: dir, ADMIN_USER: 'chief', ADMIN_PASSWORD: 'a long enough passphrase' });
    const lines: string[] = [];
    const access = await startAccess(env, (line) => lines.push(line));
    expect(access.mode).toBe('on');
    expect(lines).toContain("created the admin account 'chief'");
    await startAccess(env, (line) => lines.push(line));
    expect(lines.filter((line) => line.startsWith('created'))).toHaveLength(1);
  });

  it('refuses an ADMIN_PASSWORD shorter than 12 characters, naming the variable', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kgx-start-'));
    const env = parseEnv({ SERVER_DATA_DIR: dir, ADMIN_USER: 'chief', ADMIN_PASSWORD: 'short' });
    await expect(startAccess(env, quiet)).rejects.toThrow(/ADMIN_PASSWORD must be at least 12 characters/);
  });
});
