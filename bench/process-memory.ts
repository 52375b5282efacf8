// Peak resident memory of a process: of another one from /proc (Linux), of this one from the kernel's own count.
import { readFile } from 'node:fs/promises';

/** VmHWM of a running process, in bytes; 0 where /proc is not there or the process has gone. */
export async function peakRssBytes(pid: number | undefined): Promise<number> {
  if (pid === undefined) return 0;
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const kib = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1];
    return kib === undefined ? 0 : Number(kib) * 1024;
  } catch {
    return 0;
  }
}

/** This process's peak resident memory so far, in bytes. */
export function ownPeakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}
