// The popup's question, "what is on this page?", answered for the whole page: regions a long page set aside
// are read and counted first, so the list never depends on where the reader had scrolled.
import type { FindingsResponse } from '../messaging/messages';
import type { FarRegions } from '../scan/far-regions';
import { yieldToPage } from '../scan/yield-to-page';
import type { PageFindings } from './page-findings';
import type { ScanPasses } from './scan-passes';
import type { ScanQueue } from './scan-queue';
import { entryCount, summariseFindings } from './summarise-findings';

export interface AnswerDeps {
  findings: PageFindings;
  far: FarRegions;
  queue: ScanQueue;
  /** Undefined until the engine has its index. */
  passes: () => ScanPasses | undefined;
  /** The running engine's signal, or undefined while it is off here. */
  running: () => AbortSignal | undefined;
  version: () => string;
  /**
   * Settles once the engine has made its first pass here, or knows it will not: a question asked while it
   * is still starting (the popup's "show anyway" loads it) is answered with the page, not with nothing.
   */
  started?: Promise<void>;
}

export function findingsAnswer(deps: AnswerDeps): () => Promise<FindingsResponse> {
  const { findings, far, queue } = deps;
  return async () => {
    await deps.started;
    const signal = deps.running();
    const passes = deps.passes();
    if (signal && passes && far.pending > 0) {
      queue.enqueue(() => passes.tally(far.peekAll(), signal), signal);
      await queue.idle();
      // The list goes over every mention again (43,000 on the 10 MB page): not in the task that just judged
      // and painted the page.
      await yieldToPage();
    }
    const { score, onTopic, forced } = findings.relevance;
    return {
      url: location.href,
      version: deps.version(),
      enabled: deps.running() !== undefined,
      relevance: { score, onTopic: onTopic && !forced },
      heldBack: onTopic ? 0 : entryCount(findings.ofShownKinds(findings.mentions())),
      shownAnyway: forced === true,
      findings: summariseFindings(findings.shownMentions()),
    };
  };
}
