// What the test suite reads from the environment, parsed once with the server's own rules: empty means unset, bad values fail fast.
import { z } from 'zod';
import { EnvSchema, parseSettings } from '../../server/src/env.ts';

/** The suite's Neo4j is configured like the server's (NEO4J_URI and its credentials), plus two settings of its own. */
export const TestSettingsSchema = EnvSchema.pick({ NEO4J_URI: true, NEO4J_USER: true, NEO4J_PASSWORD: true, NEO4J_DATABASE: true }).extend({
  /** Forces how the suite gets its Neo4j when NEO4J_URI is unset; unset, Docker is tried first, then the local launcher. */
  KGX_NEO4J_ROUTE: z.enum(['testcontainers', 'local']).optional(),
  /** Log level of the app under test; silent keeps test output readable. */
  TEST_LOG_LEVEL: EnvSchema.shape.LOG_LEVEL.unwrap().default('silent'),
});
export type TestSettings = z.infer<typeof TestSettingsSchema>;

export function parseTestSettings(source: NodeJS.ProcessEnv = process.env): TestSettings {
  return parseSettings(TestSettingsSchema, source);
}
