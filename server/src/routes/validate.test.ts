import { describe, expect, it } from 'vitest';
import { CypherRequestSchema, EntityIdParamSchema, NoQuerySchema, SearchQuerySchema } from '@kgx/contract';
import { z } from 'zod';
import { ValidationError } from '../errors.ts';
import { parseInput } from './validate.ts';

function refusal(parse: () => unknown): ValidationError {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected parseInput to throw');
}

function parameters(error: ValidationError): (string | undefined)[] {
  return (error.details ?? []).map((d) => d.parameter);
}

describe('parseInput', () => {
  it('returns the parsed value with the schema defaults filled in', () => {
    expect(parseInput(SearchQuerySchema, { q: ' armenia ' }, 'query')).toEqual({ q: 'armenia', limit: 10 });
  });

  describe('query parameters', () => {
    it('refuses an unknown parameter with 400 INVALID_PARAMETER naming it and the ones that exist', () => {
      const error = refusal(() => parseInput(SearchQuerySchema, { q: 'x', colour: 'red' }, 'query'));
      expect(error.status).toBe(400);
      expect(error.code).toBe('INVALID_PARAMETER');
      expect(parameters(error)).toEqual(['colour']);
      expect(error.details?.[0]?.reason).toContain('q, type, limit');
    });

    it('refuses any parameter where the endpoint takes none', () => {
      const error = refusal(() => parseInput(NoQuerySchema, { page: '2' }, 'query'));
      expect(error.code).toBe('INVALID_PARAMETER');
      expect(parameters(error)).toEqual(['page']);
    });

    it('says a missing required parameter is required', () => {
      const error = refusal(() => parseInput(SearchQuerySchema, {}, 'query'));
      expect(error.code).toBe('INVALID_PARAMETER');
      expect(error.details).toEqual([{ parameter: 'q', reason: 'is required' }]);
    });

    it('names an invalid value and echoes what was given', () => {
      const error = refusal(() => parseInput(SearchQuerySchema, { q: 'x', limit: 'abc' }, 'query'));
      expect(parameters(error)).toEqual(['limit']);
      expect(error.details?.[0]?.reason).toMatch(/, got 'abc'$/);
    });

    it('shortens a long given value in the reason', () => {
      const error = refusal(() => parseInput(SearchQuerySchema, { q: 'x', limit: 'y'.repeat(500) }, 'query'));
      const reason = error.details?.[0]?.reason ?? '';
      expect(reason).toContain(`got '${'y'.repeat(57)}...'`);
      expect(reason).not.toContain('y'.repeat(58));
    });

    it('names an item of a list parameter by its position', () => {
      const error = refusal(() => parseInput(SearchQuerySchema, { q: 'x', type: 'Person,planet' }, 'query'));
      expect(parameters(error)).toEqual(['type.1']);
    });

    it('reports every problem at once, in the details and in the message', () => {
      const error = refusal(() => parseInput(SearchQuerySchema, { limit: '0', colour: 'red' }, 'query'));
      expect([...parameters(error)].sort()).toEqual(['colour', 'limit', 'q']);
      for (const parameter of ['colour', 'limit', 'q']) expect(error.message).toContain(parameter);
    });
  });

  describe('path parameters', () => {
    it('refuses an invalid value with 400 INVALID_PARAMETER naming it', () => {
      const error = refusal(() => parseInput(EntityIdParamSchema, { id: 'has space' }, 'path'));
      expect(error.status).toBe(400);
      expect(error.code).toBe('INVALID_PARAMETER');
      expect(parameters(error)).toEqual(['id']);
    });

    it('does not check path parameters for unknown names', () => {
      expect(parseInput(EntityIdParamSchema, { id: 'person:x', extra: 'y' }, 'path')).toEqual({ id: 'person:x' });
    });
  });

  describe('request bodies', () => {
    it('refuses a missing field with 400 INVALID_BODY naming it', () => {
      const error = refusal(() => parseInput(CypherRequestSchema, { params: {} }, 'body'));
      expect(error.status).toBe(400);
      expect(error.code).toBe('INVALID_BODY');
      expect(error.details).toEqual([{ parameter: 'query', reason: 'is required' }]);
    });

    it('names each unknown field of a strict body rather than the body as a whole', () => {
      const error = refusal(() => parseInput(CypherRequestSchema, { query: 'RETURN 1', mode: 'write', as: 'admin' }, 'body'));
      expect(error.code).toBe('INVALID_BODY');
      expect(parameters(error)).toEqual(['mode', 'as']);
    });

    it('names an unknown field nested in the body by its path', () => {
      const schema = z.object({ options: z.strictObject({ depth: z.number() }) });
      const error = refusal(() => parseInput(schema, { options: { depth: 1, breadth: 2 } }, 'body'));
      expect(parameters(error)).toEqual(['options.breadth']);
    });

    it('names the body itself when it is not an object', () => {
      const error = refusal(() => parseInput(CypherRequestSchema, 'RETURN 1', 'body'));
      expect(error.code).toBe('INVALID_BODY');
      expect(parameters(error)).toEqual(['body']);
    });
  });
});
