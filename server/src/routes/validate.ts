// Parses a request's query, path or body with its contract schema and turns failures into a 400 that names the parameter.
import { z } from 'zod';
import type { ErrorDetail } from '@kgx/contract';
import { ValidationError } from '../errors.ts';

type Where = 'query' | 'path' | 'body';

/** Fields whose value an error never repeats. */
const SECRET_FIELDS = new Set(['password']);

function describeValue(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  if (text === undefined) return 'nothing';
  return `'${text.length > 60 ? `${text.slice(0, 57)}...` : text}'`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The keys an object schema declares (parameters or body fields); undefined for a schema that is not an object. */
export function schemaKeys(schema: z.core.$ZodType | undefined): string[] | undefined {
  const shape = (schema as unknown as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape) : undefined;
}

/** Known keys of an object schema, so that a misspelt parameter is reported rather than silently ignored. */
function knownKeys(schema: z.core.$ZodType): Set<string> | undefined {
  const keys = schemaKeys(schema);
  return keys ? new Set(keys) : undefined;
}

function unknownKeyReason(keys: Set<string>): string {
  return keys.size === 0 ? 'unknown parameter; none are accepted here' : `unknown parameter; expected one of ${[...keys].join(', ')}`;
}

export function parseInput<S extends z.core.$ZodType>(schema: S, input: unknown, where: Where): z.infer<S> {
  const details: ErrorDetail[] = [];
  const keys = where === 'query' ? knownKeys(schema) : undefined;
  if (keys && input !== null && typeof input === 'object') {
    for (const key of Object.keys(input)) {
      if (!keys.has(key)) details.push({ parameter: key, reason: unknownKeyReason(keys) });
    }
  }
  const result = z.safeParse(schema, input);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        // A strict schema reports extra keys on the object that holds them; name each key, as for a query parameter.
        for (const key of issue.keys) {
          const parameter = [...issue.path.map(String), key].join('.');
          if (!details.some((d) => d.parameter === parameter)) details.push({ parameter, reason: 'unknown field' });
        }
        continue;
      }
      const parameter = issue.path.map(String).join('.') || (where === 'body' ? 'body' : where);
      // A rejected password is never sent back: it would land in the page, the browser's memory and proxy logs.
      const secret = issue.path.some((part) => SECRET_FIELDS.has(String(part)));
      const given = secret ? undefined : valueAt(input, issue.path);
      const reason =
        given === undefined
          ? issue.code === 'invalid_type' && !secret
            ? 'is required'
            : issue.message
          : `${issue.message}, got ${describeValue(given)}`;
      details.push({ parameter, reason });
    }
  }
  if (details.length > 0) {
    const message = details.map((d) => `${d.parameter} ${d.reason}`).join('; ');
    throw new ValidationError(message, details, where === 'body' ? 'INVALID_BODY' : 'INVALID_PARAMETER');
  }
  return (result as { data: z.infer<S> }).data;
}
