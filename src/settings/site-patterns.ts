// Site patterns for "paused sites" and "only on these sites": a host name ("news.example.org") means that host
// alone; "*.example.org" means example.org and every host under it. No zod: the first stage's site check
// (first-stage/site-settings.ts, which ships only the matching) and the background use these on every page.

// A host name's labels, after an optional "*.": a literal, so the first stage (which checks no pattern) ships none of it.
const HOST = /^(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)$/;

/**
 * What a reader typed, made into a pattern where the intent is plain: lower case, and a pasted address
 * ("https://news.example.org/live/1") becomes its host.
 */
export function normaliseSitePattern(input: string): string {
  const trimmed = input.trim().toLowerCase().replace(/\.$/, '');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed)) {
    try {
      return new URL(trimmed).hostname;
    } catch {
      return trimmed;
    }
  }
  return trimmed;
}

/** Why `pattern` is not a site pattern, in words a reader can act on; undefined when it is one. */
export function sitePatternProblem(pattern: string): string | undefined {
  if (pattern.length === 0) return 'is empty';
  if (pattern.length > 253) return 'is longer than a host name can be (253 characters)';
  if (/\s/.test(pattern)) return 'contains a space; write one site a line';
  if (pattern.includes('/')) return 'is not a host name: leave out the path (write news.example.org, not news.example.org/world)';
  if (pattern.includes(':')) return 'is not a host name: leave out the port and scheme';
  if (pattern.includes('*') && !pattern.startsWith('*.'))
    return 'puts * where it cannot go: only a leading "*." is allowed, as in *.example.org';
  if (pattern.slice(2).includes('*')) return 'has more than one *: only a leading "*." is allowed';
  if (IPV4.test(pattern) || HOST.test(pattern)) return undefined;
  return 'is not a host name: use letters, digits, hyphens and dots, as in news.example.org or *.example.org';
}

/** Whether `pattern` is a site pattern: what sitePatternProblem accepts, without its messages (the settings schema). */
export const isSitePattern = (pattern: string): boolean =>
  pattern.length > 0 && pattern.length <= 253 && (IPV4.test(pattern) || HOST.test(pattern));

/** Whether `hostname` is covered by `pattern`. */
export function siteMatches(pattern: string, hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (!pattern.startsWith('*.')) return host === pattern;
  const base = pattern.slice(2);
  return host === base || host.endsWith(`.${base}`);
}

export const anySiteMatches = (patterns: readonly string[], hostname: string): boolean => patterns.some((p) => siteMatches(p, hostname));

export interface SiteRules {
  siteMode: 'all' | 'only';
  pausedSites: readonly string[];
  onlySites: readonly string[];
}

/** Whether the site rules let the extension work on `hostname` (on/off is checked apart). */
export function siteAllowed(rules: SiteRules, hostname: string): boolean {
  if (anySiteMatches(rules.pausedSites, hostname)) return false;
  return rules.siteMode === 'all' || anySiteMatches(rules.onlySites, hostname);
}
