/**
 * The resident memory of a process and all its descendants, from /proc (Linux), for the scale
 * bench: `astro build` runs Pagefind's indexer as a child process, so the build's own RSS alone
 * would leave the indexer out.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of `pid` and its descendants, in bytes (0 when /proc is not there). */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  let names: string[];
  try {
    names = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return 0;
  }
  for (const name of names) {
    try {
      // Field 4 of /proc/PID/stat is the parent; the name in field 2 may hold spaces, so split after ")".
      const parent = Number(readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    try {
      total += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${current}/status`, 'utf8'))?.[1] ?? 0) * 1024;
    } catch {
      // Gone already.
    }
    pending.push(...(children.get(current) ?? []));
  }
  return total;
}

/** Samples `treeRss(pid)` every `ms` until stopped; `stop()` returns the peak in bytes. */
export function samplePeak(pid: number, ms = 250): { stop: () => number } {
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, treeRss(pid))), ms);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, treeRss(pid));
    },
  };
}
