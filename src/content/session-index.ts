// The dataset the engine matches with on this page and the scan passes built on it, swapped together when
// the reader imports a dataset or goes back to the bundled one: passes never match with a stale index.
import type { IndexForPage } from '../dataset/active-index';
import { countPage } from '../first-stage/count-page';
import type { Handoff } from '../first-stage/handoff';
import { StrongCounter } from '../first-stage/strong-count';
import type { MatchBlocksRequest, TallyTextRequest } from '../messaging/messages';
import { addSlice } from '../scan/scan-page';
import { backgroundBlocks } from './background-blocks';
import { backgroundTally } from './background-tally';
import { PageIndex } from './page-index';
import { type PassDeps, ScanPasses } from './scan-passes';

/** What the passes need besides the index: the page's parts and how to reach the background. */
export type SessionPassDeps = Omit<PassDeps, 'matcher' | 'countStrong' | 'remote' | 'remoteBlocks'> & {
  /**
   * The runtime's sendMessage, for what the background matches: an article's first scan
   * (messaging/block-match-service.ts) and a long page's whole read (messaging/tally-service.ts).
   */
  send(request: TallyTextRequest | MatchBlocksRequest): Promise<unknown>;
};

/** The passes for one index: matching with its matcher, counting with its strong names. */
export function passesFor(page: PageIndex, deps: SessionPassDeps, count?: Handoff['count']): ScanPasses {
  const { send, ...parts } = deps;
  return new ScanPasses(
    {
      ...parts,
      matcher: page.matcher,
      remote: backgroundTally(send, () => page.version),
      remoteBlocks: backgroundBlocks(send, () => page.version),
      countStrong: async (under, signal, stats, untilAny = false) => {
        const counter = new StrongCounter(page.table, untilAny);
        await countPage(under, counter, { signal, onSlice: (ms) => addSlice(stats, ms) });
        return counter.result;
      },
    },
    count,
    () => page.matcher.builtMs,
  );
}

export class SessionIndex {
  private page: PageIndex | undefined;
  private current: ScanPasses | undefined;

  /** `bundledFirstWords`: the bundled strong names, for an index that brings none of its own. */
  constructor(
    private readonly bundledFirstWords: string,
    private readonly deps: SessionPassDeps,
  ) {}

  /** Whether an index is in use yet (it comes with the background's answer, after the engine starts). */
  get ready(): boolean {
    return this.current !== undefined;
  }

  /** The index in use's version, if there is one. */
  get version(): string | undefined {
    return this.page?.version;
  }

  /** The passes, when there is an index. */
  get passesIfReady(): ScanPasses | undefined {
    return this.current;
  }

  /** The passes; the engine runs only once it has an index, so they exist wherever this is asked. */
  get passes(): ScanPasses {
    if (!this.current) throw new Error('the engine has no index yet');
    return this.current;
  }

  /** Matches with `inUse` from now on (`count`: what the first stage counted with the same names, if it did). */
  use(inUse: IndexForPage, count?: Handoff['count']): void {
    this.page = new PageIndex(inUse, this.bundledFirstWords);
    this.current = passesFor(this.page, this.deps, count);
  }
}
