// Liveness, counts, and the API's own description.
import { HealthResponseSchema, OpenApiDocumentSchema, StatsResponseSchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const HEALTH_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/health',
    summary: 'Liveness of the API and the database; 503 with the same body when the database is unavailable',
    role: 'public',
    usesDatabase: true,
    response: HealthResponseSchema,
    example: {},
    statusOf: (health) => (health.status === 'ok' ? 200 : 503),
    // Anonymous callers (accounts on, nobody signed in) learn whether it is up, not what runs behind it.
    handle: ({ caller }, s) => s.health.health({ detailed: caller.role !== null }),
  }),
  defineEndpoint({
    method: 'get',
    path: '/stats',
    summary: 'Counts of nodes and relations by type',
    role: 'viewer',
    usesDatabase: true,
    response: StatsResponseSchema,
    example: {},
    handle: (_input, s) => s.health.stats(),
  }),
  defineEndpoint({
    method: 'get',
    path: '/openapi.json',
    summary: 'This document: every endpoint, generated from the endpoint registry and the contract',
    role: 'viewer',
    usesDatabase: false,
    response: OpenApiDocumentSchema,
    example: {},
    handle: (_input, s) => s.openApi,
  }),
];
