// The contract as the server and the command-line tools import it: the same schemas, with zod's English messages,
// which the API's 400s and the import reports pass on. The contract's schemas are zod mini, which carries no messages
// of its own so that the browser's first load stays small; the browser takes index.ts and never shows a zod message
// to a reader (a response that fails its schema names the field, and the API's own errors come with their text).
import { z } from 'zod/mini';

z.config(z.locales.en());

export * from './index.ts';
