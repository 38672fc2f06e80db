// One run of the engine: what it starts, and that stopping it (or the extension going away) ends it all.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LazyPopover } from '@/src/card/lazy-popover';
import { EngineRun, type EngineRunDeps } from '@/src/content/engine-run';
import { PageFindings } from '@/src/content/page-findings';
import type { ScanPasses } from '@/src/content/scan-passes';
import { ScanQueue } from '@/src/content/scan-queue';
import { FarRegions } from '@/src/scan/far-regions';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function setup(full: (signal: AbortSignal) => Promise<void> = async () => {}) {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const passes = {
    full: vi.fn(full),
    partial: vi.fn(async (_batch: unknown, _signal: AbortSignal) => {}),
    regions: vi.fn(async (_near: unknown, _signal: AbortSignal) => {}),
  };
  const context = { controller: new AbortController(), isValid: true };
  const onFirstPass = vi.fn();
  const popover = {
    announce: vi.fn(),
    hide: vi.fn(),
    hasFocus: () => false,
    contains: () => false,
    prepare: vi.fn(),
  } as unknown as LazyPopover;
  const deps: EngineRunDeps = {
    win: window,
    root,
    far: new FarRegions(window),
    queue: new ScanQueue(),
    passes: () => passes as unknown as ScanPasses,
    interaction: {
      doc: document,
      findings: new PageFindings(),
      popover,
      settings: () => DEFAULT_SETTINGS,
      showCard: vi.fn(),
      prepareCard: vi.fn(),
    },
    context: {
      signal: context.controller.signal,
      get isValid() {
        return context.isValid;
      },
    },
    onFirstPass,
  };
  return { deps, passes, context, onFirstPass, root, queue: deps.queue };
}

afterEach(() => vi.restoreAllMocks());

describe('EngineRun', () => {
  it('queues the first full pass with its own signal, and says when it has run', async () => {
    const { deps, passes, onFirstPass, queue } = setup();
    const run = new EngineRun(deps);
    await queue.idle();
    expect(passes.full).toHaveBeenCalledWith(run.signal);
    expect(onFirstPass).toHaveBeenCalledTimes(1);
    expect(run.signal.aborted).toBe(false);
  });

  it('says the first pass is over when it failed too, so a question from the popup is not left waiting', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { deps, onFirstPass, queue } = setup(async () => {
      throw new Error('scan failed');
    });
    new EngineRun(deps);
    await queue.idle();
    expect(onFirstPass).toHaveBeenCalledTimes(1);
    expect(error).toHaveBeenCalled();
  });

  it('rescans what a mutation changed while it runs, and nothing once stopped', async () => {
    const { deps, passes, root, queue } = setup();
    const run = new EngineRun(deps);
    await queue.idle();
    const p = document.createElement('p');
    p.textContent = 'Hamas replied through the mediators.';
    root.append(p);
    await wait(80);
    await queue.idle();
    expect(passes.partial).toHaveBeenCalledTimes(1);
    expect(passes.partial.mock.calls[0]?.[1]).toBe(run.signal);
    run.stop();
    expect(run.signal.aborted).toBe(true);
    root.append(document.createElement('p'));
    await wait(80);
    await queue.idle();
    expect(passes.partial).toHaveBeenCalledTimes(1);
  });

  it('ends with the extension: its context aborting stops the run', async () => {
    const { deps, context, queue } = setup();
    const run = new EngineRun(deps);
    await queue.idle();
    context.controller.abort();
    expect(run.signal.aborted).toBe(true);
  });

  it('removes every listener it added to the window and the document when stopped', async () => {
    const { deps, queue } = setup();
    const added = [vi.spyOn(window, 'addEventListener'), vi.spyOn(document, 'addEventListener')];
    const run = new EngineRun(deps);
    await queue.idle();
    const calls = added.flatMap((spy) => spy.mock.calls);
    expect(calls.length).toBeGreaterThan(0);
    run.stop();
    for (const call of calls) expect((call[2] as AddEventListenerOptions | undefined)?.signal?.aborted).toBe(true);
  });

  it('does not start a first pass that was stopped before its turn came', async () => {
    const { deps, passes, queue } = setup();
    // Something queued before the run holds the queue while the run is stopped.
    let release: () => void = () => {};
    queue.enqueue(() => new Promise<void>((r) => (release = r)), new AbortController().signal);
    const run = new EngineRun(deps);
    await wait(0);
    run.stop();
    release();
    await queue.idle();
    expect(passes.full).not.toHaveBeenCalled();
  });
});
