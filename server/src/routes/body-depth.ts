// A JSON body nested deeper than any request needs is refused before validation, whose recursion it would exhaust.
import type { RequestHandler } from 'express';
import { ValidationError } from '../errors.ts';

export const MAX_BODY_DEPTH = 64;

/** How deep a parsed JSON value nests, counted without recursion; stops counting past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined || typeof top.value !== 'object' || top.value === null) continue;
    const depth = top.depth + 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Object.values(top.value)) stack.push({ value: child, depth });
  }
  return deepest;
}

export const refuseDeepBodies: RequestHandler = (req, _res, next) => {
  if (nestingDepth(req.body, MAX_BODY_DEPTH) > MAX_BODY_DEPTH) {
    next(
      new ValidationError(
        `the request body nests deeper than ${MAX_BODY_DEPTH} levels`,
        [{ parameter: 'body', reason: `nests deeper than ${MAX_BODY_DEPTH} levels` }],
        'INVALID_BODY',
      ),
    );
    return;
  }
  next();
};
