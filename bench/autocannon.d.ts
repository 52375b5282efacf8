// The part of autocannon 8's API the load test uses: the package ships no types and @types/autocannon is not installed.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  export interface RequestDefinition {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
  }

  export interface Request extends RequestDefinition {
    /** Called as each request is built; `context` lives as long as one pass over `requests` on one connection. */
    setupRequest?: (request: RequestDefinition, context: Record<string, unknown>) => RequestDefinition;
    onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }

  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    /** Seconds before a request counts as timed out. */
    timeout?: number;
    requests?: Request[];
  }

  export interface Histogram {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  }

  export interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets: number;
    mismatches: number;
    '2xx': number;
    statusCodeStats: Record<string, { count: number }>;
    latency: Histogram;
    requests: Histogram & { total: number; sent: number };
    throughput: Histogram & { total: number };
  }

  export type Instance = EventEmitter;

  function autocannon(options: Options, callback: (error: Error | null, result: Result) => void): Instance;
  export default autocannon;
}
