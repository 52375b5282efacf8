// Where benchmark results go (artifacts/bench/, git-ignored) and the machine facts every result file carries.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ARTIFACTS_DIR = fileURLToPath(new URL('../artifacts/bench/', import.meta.url));

export interface MachineFacts {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average: other work on the machine moves every number in the file. */
  loadAverage1m: number;
}

export function machineFacts(): MachineFacts {
  const list = cpus();
  return {
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/** Writes `<name>-<timestamp>.json` and `.md` side by side; returns their paths relative to the working directory. */
export async function saveResults(name: string, json: unknown, markdown: string): Promise<{ json: string; markdown: string }> {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const base = path.join(ARTIFACTS_DIR, `${name}-${stamp}`);
  await writeFile(`${base}.json`, `${JSON.stringify(json, null, 2)}\n`);
  await writeFile(`${base}.md`, markdown);
  return { json: path.relative(process.cwd(), `${base}.json`), markdown: path.relative(process.cwd(), `${base}.md`) };
}
