// Scans a root in slices that yield, so a huge page never blocks input for long.
import type { PageMatcher } from '../matcher/page-matcher';
import { blockFindings } from './block-findings';
import type { Finding } from './finding';
import { textBlocks } from './text-blocks';
import { SLICE_MS, yieldToPage } from './yield-to-page';

export interface ScanOptions {
  signal?: AbortSignal;
  sliceMs?: number;
}

/** Resolves with every finding under `root`, in document order; rejects with AbortError when aborted. */
export async function scanPage(root: Node, matcher: PageMatcher, options: ScanOptions = {}): Promise<Finding[]> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  const findings: Finding[] = [];
  let sliceEnd = performance.now() + sliceMs;
  for (const block of textBlocks(root)) {
    const matches = matcher.find(block.text);
    if (matches.length > 0) findings.push(...blockFindings(block, matches, matcher.index));
    if (performance.now() > sliceEnd) {
      await yieldToPage();
      options.signal?.throwIfAborted();
      sliceEnd = performance.now() + sliceMs;
    }
  }
  options.signal?.throwIfAborted();
  return findings;
}
