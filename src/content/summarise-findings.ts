import type { FindingSummary } from '../messaging/messages';
import type { Mention } from '../scan/mention';

/** One line per entry, in order of first appearance in `findings`, for the popup and the badge. */
export function summariseFindings(findings: readonly Mention[]): FindingSummary[] {
  const byId = new Map<string, FindingSummary>();
  for (const f of findings) {
    const existing = byId.get(f.entry.id);
    if (existing) existing.count += 1;
    else
      byId.set(f.entry.id, {
        id: f.entry.id,
        kind: f.entry.kind,
        name: f.entry.name,
        text: f.text,
        count: 1,
        ...(f.value !== undefined ? { value: f.value } : {}),
      });
  }
  return [...byId.values()];
}
