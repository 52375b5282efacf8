// How the API reads a value as it arrives before checking it: a query parameter given once, repeated or as a list, a
// number or a yes/no written as text, a CSV delimiter spelt out.
import { z } from 'zod/mini';

/**
 * A value read by `fn` before `schema` checks it: mini's pipe from a transform, typed as classic zod types its
 * `preprocess`, absent from the input when the schema may be absent (the parse and the JSON Schema already read it so).
 */
export function preprocess<I, B extends z.core.$ZodType>(fn: (given: I) => unknown, schema: B) {
  const pipe: z.ZodMiniPipe<z.ZodMiniTransform<unknown, I>, B> = z.pipe(z.transform<I, unknown>(fn), schema);
  return pipe as typeof pipe & { _zod: { optin: B['_zod']['optin'] } };
}

/**
 * A query parameter given once, repeated, or as a comma-separated list. Callers type it as a list (or one string);
 * on the wire anything may arrive, so the function reads its argument as unknown.
 */
export function listParam<T extends z.ZodMiniType>(item: T) {
  return preprocess(
    (given: readonly z.input<T>[] | string | undefined) => {
      const value: unknown = given;
      if (value === undefined) return undefined;
      // An empty value or item (`type=`, `type=A,,B`) is refused by the item's own rule, as the OpenAPI document says.
      const parts = (Array.isArray(value) ? value : [value]).flatMap((v: unknown) => (typeof v === 'string' ? v.split(',') : [v]));
      return parts.map((p) => (typeof p === 'string' ? p.trim() : p));
    },
    z.optional(z.array(item).check(z.minLength(1), z.maxLength(50))),
  );
}

export function intParam(opts: { min: number; max: number; fallback: number }) {
  const message = `must be an integer from ${opts.min} to ${opts.max}`;
  return preprocess(
    (given: number | string | undefined) => {
      const value: unknown = given;
      return value === undefined ? undefined : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    },
    z._default(z.int({ error: message }).check(z.gte(opts.min, { error: message }), z.lte(opts.max, { error: message })), opts.fallback),
  );
}

/** An integer query parameter within bounds that may be left out (undefined: the server decides). */
export function optionalIntParam(opts: { min: number; max: number }) {
  const message = `must be an integer from ${opts.min} to ${opts.max}`;
  return preprocess(
    (given: number | string | undefined) => {
      const value: unknown = given;
      return value === undefined ? undefined : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
    },
    z.optional(z.int({ error: message }).check(z.gte(opts.min, { error: message }), z.lte(opts.max, { error: message }))),
  );
}

/** A yes/no query parameter: `true` or `false` (as a query string has them), off when absent. */
export function booleanParam() {
  const message = 'must be true or false';
  return preprocess(
    (given: boolean | 'true' | 'false' | undefined) => {
      const value: unknown = given;
      return value === undefined ? undefined : value === 'true' ? true : value === 'false' ? false : value;
    },
    z._default(z.boolean({ error: message }), false),
  );
}
