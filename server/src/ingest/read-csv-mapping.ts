// Reads a CSV import's mapping file, JSON or YAML by its extension, and checks it against the contract's CsvMappingSchema.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CsvMappingSchema, type CsvMapping } from '@kgx/contract';
import { DatasetError } from './problems.ts';
import type { InputFile } from './source.ts';

const FORMATS: Record<string, 'json' | 'yaml'> = { '.json': 'json', '.yaml': 'yaml', '.yml': 'yaml' };

/** The mapping, or a DatasetError naming the mapping file and each field that is wrong. */
export async function readCsvMapping(file: InputFile): Promise<CsvMapping> {
  const refuse = (reason: string) => new DatasetError([{ file: file.name, reason }]);
  const format = FORMATS[path.extname(file.name).toLowerCase()];
  if (format === undefined) throw refuse('must be a .json, .yaml or .yml file');
  let text: string;
  try {
    text = await readFile(file.path, 'utf8');
  } catch (error) {
    throw refuse(`cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = format === 'json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw refuse(`is not valid ${format === 'json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  // An empty YAML file is no mapping at all: conventional header names say everything.
  const parsed = CsvMappingSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw new DatasetError(
      parsed.error.issues.map((issue) => ({
        file: file.name,
        ...(issue.path.length > 0 ? { field: issue.path.map(String).join('.') } : {}),
        reason: issue.message,
      })),
    );
  }
  return parsed.data;
}
