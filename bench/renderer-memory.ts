// Resident memory of Chromium's page renderers (Linux /proc), to compare the same page with the extension
// scanning and with it turned off. Extension processes are left out.
import { readdirSync, readFileSync } from 'node:fs';

export function rendererRssMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || cmd.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // The process ended while we read it.
    }
  }
  return kb / 1024;
}
