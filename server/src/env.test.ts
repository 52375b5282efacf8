import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseEnv, parseLocalNeo4jEnv, parseSettings } from './env.ts';

function failure(parse: () => unknown): string {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseEnv', () => {
  it('fills in every default from an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      NEO4J_USER: 'neo4j',
      NEO4J_DATA_DIR: '.data/neo4j',
      NEO4J_LOCAL_PORT: 7687,
      QUERY_TIMEOUT_MS: 10_000,
      NEO4J_RETRY_MS: 0,
      NEO4J_CONNECT_TIMEOUT_MS: 800,
      NEO4J_POOL_SIZE: 100,
      SEED_ON_EMPTY: true,
      BODY_LIMIT: '100kb',
      LOG_LEVEL: 'info',
      KGX_NEO4J_HEAP: '1g',
    });
    expect(env.NEO4J_URI).toBeUndefined();
    expect(env.NEO4J_PASSWORD).toBeUndefined();
  });

  it('reads numbers and flags from their text', () => {
    const env = parseEnv({ PORT: '3000', QUERY_TIMEOUT_MS: '2500', NEO4J_RETRY_MS: '0', SEED_ON_EMPTY: 'no', KGX_NEO4J_HEAP: '768m' });
    expect(env).toMatchObject({ PORT: 3000, QUERY_TIMEOUT_MS: 2500, NEO4J_RETRY_MS: 0, SEED_ON_EMPTY: false, KGX_NEO4J_HEAP: '768m' });
  });

  it.each(['true', '1', 'yes'])('reads %s as a true flag', (value) => {
    expect(parseEnv({ SEED_ON_EMPTY: value }).SEED_ON_EMPTY).toBe(true);
  });

  it('reads TRUST_PROXY as Express needs it: a hop count as a number, true and false as booleans, else addresses', () => {
    expect(parseEnv({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(parseEnv({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(parseEnv({}).TRUST_PROXY).toBeUndefined();
  });

  it('treats an empty variable as unset, so it gets its default', () => {
    const env = parseEnv({ PORT: '', NEO4J_URI: '', LOG_LEVEL: '' });
    expect(env).toMatchObject({ PORT: 8080, LOG_LEVEL: 'info' });
    expect(env.NEO4J_URI).toBeUndefined();
  });

  it.each(['neo4j://db:7687', 'neo4j+s://abc.databases.neo4j.io', 'bolt://127.0.0.1:7687', 'bolt+ssc://db'])(
    'accepts the URI %s',
    (uri) => {
      expect(parseEnv({ NEO4J_URI: uri }).NEO4J_URI).toBe(uri);
    },
  );

  it.each([
    ['PORT', '70000'],
    ['PORT', 'eighty'],
    ['NEO4J_URI', 'http://db:7474'],
    ['QUERY_TIMEOUT_MS', '0'],
    ['NEO4J_RETRY_MS', '-1'],
    ['SEED_ON_EMPTY', 'maybe'],
    ['LOG_LEVEL', 'verbose'],
    ['KGX_NEO4J_HEAP', '1 GB'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    expect(failure(() => parseEnv({ [name]: value }))).toMatch(new RegExp(`^invalid configuration:\\n  ${name}: `));
  });

  it('names every bad variable at once', () => {
    const message = failure(() => parseEnv({ PORT: 'x', LOG_LEVEL: 'loud' }));
    expect(message).toContain('PORT');
    expect(message).toContain('LOG_LEVEL');
  });
});

describe('parseLocalNeo4jEnv', () => {
  it('reads only what the launcher needs, so an unrelated bad variable does not stop it', () => {
    expect(parseLocalNeo4jEnv({ PORT: 'not a port', KGX_NEO4J_HEAP: '2g', KGX_CACHE_DIR: '/var/cache/kgx' })).toEqual({
      KGX_NEO4J_HEAP: '2g',
      KGX_NEO4J_TX_MEMORY: '512m',
      KGX_CACHE_DIR: '/var/cache/kgx',
    });
  });

  it('defaults the heap to 1g and refuses a size the JVM would not take', () => {
    expect(parseLocalNeo4jEnv({}).KGX_NEO4J_HEAP).toBe('1g');
    expect(failure(() => parseLocalNeo4jEnv({ KGX_NEO4J_HEAP: '-1g' }))).toContain('KGX_NEO4J_HEAP');
  });
});

describe('parseSettings', () => {
  it('parses any schema the same way', () => {
    const schema = z.object({ MODE: z.enum(['a', 'b']).default('a') });
    expect(parseSettings(schema, { MODE: '' })).toEqual({ MODE: 'a' });
    expect(failure(() => parseSettings(schema, { MODE: 'c' }))).toContain('MODE');
  });
});
