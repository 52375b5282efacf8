// The vocabulary in use: what the explorer builds its pickers, wording, legend and styles from.
import { VocabularySchema } from '@kgx/contract';
import { defineEndpoint } from './endpoint.ts';

export const VOCABULARY_ENDPOINTS = [
  defineEndpoint({
    method: 'get',
    path: '/vocabulary',
    summary: "Entity types and relation types in use: the default vocabulary and every data set's additions, in arrival order",
    role: 'viewer',
    usesDatabase: true,
    response: VocabularySchema,
    example: {},
    handle: (_input, s) => s.vocabulary.refresh(),
  }),
];
