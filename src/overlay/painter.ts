// Paints findings with the CSS Custom Highlight API: ranges only, the page's DOM is never touched.
import type { Kind } from '../dataset/schema';
import type { Finding } from '../scan/finding';
import { ALL_HIGHLIGHT_NAMES, highlightName } from './highlight-names';

/** The first mention of each entry: few registered ranges keep every later page mutation cheap. */
export function firstMentions(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => !seen.has(f.entry.id) && seen.add(f.entry.id));
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export function paint(findings: readonly Finding[]): void {
  if (!highlightsSupported()) return;
  const byKind = new Map<Kind, Range[]>();
  for (const f of findings) byKind.set(f.entry.kind, [...(byKind.get(f.entry.kind) ?? []), f.range]);
  clearPaint();
  // One Highlight per kind, set once per pass: adding to a registered one slice by slice costs every frame.
  for (const [kind, ranges] of byKind) CSS.highlights.set(highlightName(kind), new Highlight(...ranges));
}

export function clearPaint(): void {
  if (!highlightsSupported()) return;
  for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
}
