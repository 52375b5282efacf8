// The one contract module shared by server and client.
export * from './vocabulary.ts';
export * from './default-vocabulary.ts';
export * from './values.ts';
export * from './dataset.ts';
export * from './graph.ts';
export * from './errors.ts';
export * from './api.ts';
export * from './requests.ts';
export * from './dates.ts';
export * from './datasets.ts';
export * from './csv-mapping.ts';
export * from './accounts.ts';
export * from './candidates.ts';
export * from './merges.ts';
export * from './brief.ts';
