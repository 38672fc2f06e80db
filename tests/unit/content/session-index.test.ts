// The index in use and the passes built on it: swapped together, each pass matching and counting with its own index.
import index from 'virtual:gtc/matcher-index';
import strong from 'virtual:gtc/strong-names';
import { describe, expect, it, vi } from 'vitest';
import { LIVE_PAGE_PASSES, LOCAL_MAX_CHARS } from '@/src/content/change-matching';
import { PageFindings } from '@/src/content/page-findings';
import { SCAN_MARK } from '@/src/content/scan-report';
import { SessionIndex, type SessionPassDeps } from '@/src/content/session-index';
import { startingPoint } from '@/src/content/starting-point';
import type { ActiveIndex } from '@/src/dataset/active-index';
import { blockMatchService } from '@/src/messaging/block-match-service';
import { warmMatcher } from '@/src/messaging/warm-matcher';
import { FarRegions } from '@/src/scan/far-regions';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-schema';

// An imported dataset: the same names to match with, but its own strong names for counting (none of the bundled ones).
const imported: ActiveIndex = { index: { ...index, version: 'imported-1' }, firstWords: 'kestrel| accord;0' };

function setup() {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const findings = new PageFindings();
  const deps: SessionPassDeps = {
    root,
    far: new FarRegions(window),
    findings,
    show: vi.fn(() => void findings.refresh()),
    send: vi.fn(async () => null),
  };
  return { session: new SessionIndex(strong.firstWords, deps), deps, root, findings };
}

/** A page past the size where the scan counts strong names before matching (scan-passes.ts), naming Hamas. */
function bigPageNamingHamas(root: Element): void {
  const p = document.createElement('p');
  p.textContent = 'Hamas said its delegation would return to Cairo, and Hamas officials met the mediators.';
  root.append(p);
  for (let i = 0; i < 1_600; i++) root.append(document.createElement('span'));
}

const names = (findings: PageFindings) => findings.store.all.map((f) => f.entry.id);

describe('SessionIndex', () => {
  it('has no passes until an index is in use, then passes of that index', () => {
    const { session } = setup();
    expect(session.ready).toBe(false);
    expect(session.passesIfReady).toBeUndefined();
    expect(session.version).toBeUndefined();
    expect(() => session.passes).toThrow(/no index/);
    session.use({ index });
    expect(session.ready).toBe(true);
    expect(session.version).toBe(index.version);
    expect(session.passes).toBe(session.passesIfReady);
  });

  it('swaps the passes with the index, so a pass never matches with the one before', () => {
    const { session } = setup();
    session.use({ index });
    const before = session.passes;
    session.use(imported);
    expect(session.passes).not.toBe(before);
    expect(session.version).toBe('imported-1');
  });

  it("counts a page's strong names with the index's own names", async () => {
    const bundled = setup();
    bigPageNamingHamas(bundled.root);
    bundled.session.use({ index });
    await bundled.session.passes.full(new AbortController().signal);
    expect(names(bundled.findings)).toContain('org-hamas');

    // The imported index names no Hamas among its strong names: the page is let go before matching.
    const other = setup();
    bigPageNamingHamas(other.root);
    other.session.use(imported);
    await other.session.passes.full(new AbortController().signal);
    expect(names(other.findings)).toEqual([]);
  });

  it('sends a whole read to the background with the version of the index in use', async () => {
    const { session, deps, root, findings } = setup();
    const region = document.createElement('section');
    region.textContent = 'Steve Witkoff met Hamas negotiators in Sharm el-Sheikh.';
    root.append(region);
    session.use(imported);
    await session.passes.tally([region], new AbortController().signal);
    expect(deps.send).toHaveBeenCalledWith(expect.objectContaining({ type: 'tally-text', version: 'imported-1' }));
    // The background answered null (not its index): the page matched the region itself.
    expect(findings.mentions().map((m) => m.entry.id)).toContain('org-hamas');
  });

  it("has the background match an article's first scan, with the index in use, and reports it with the pass", async () => {
    const { session, deps, root, findings } = setup();
    const p = document.createElement('p');
    p.textContent = 'Steve Witkoff met Hamas negotiators in Sharm el-Sheikh; Hamas said the talks went well.';
    root.append(p);
    const background = blockMatchService(warmMatcher(async () => ({ index })));
    deps.send = vi.fn(async (request) => (request.type === 'match-blocks' ? background(request) : null));
    session.use({ index });
    const marks: string[] = [];
    const observer = vi.spyOn(performance, 'mark').mockImplementation((name, options) => {
      if (name === SCAN_MARK) marks.push(String(options?.detail));
      return undefined as never;
    });
    await session.passes.full(new AbortController().signal);
    observer.mockRestore();
    expect(deps.send).toHaveBeenCalledWith({ type: 'match-blocks', version: index.version, texts: [p.textContent] });
    expect(names(findings)).toEqual(['person-steve-witkoff', 'org-hamas', 'place-sharm-el-sheikh', 'org-hamas']);
    const report = JSON.parse(marks[0] ?? '{}') as { kind?: string; remoteMs?: number; setupMs?: number };
    expect(report.kind).toBe('full');
    expect(report.remoteMs).toBeGreaterThanOrEqual(0);
    // The page built no matcher of its own, so it reports no time building one.
    expect(report.setupMs).toBeUndefined();
  });

  it('matches the small changes of a page that keeps changing itself, once the background has matched 20 of them', async () => {
    const { session, deps, root, findings } = setup();
    const background = blockMatchService(warmMatcher(async () => ({ index })));
    deps.send = vi.fn(async (request) => (request.type === 'match-blocks' ? background(request) : null));
    session.use({ index });
    const signal = new AbortController().signal;
    const change = async (text: string) => {
      const p = document.createElement('p');
      p.textContent = text;
      root.append(p);
      await session.passes.partial({ roots: [p], full: false, removed: false }, signal);
    };
    for (let i = 0; i < LIVE_PAGE_PASSES; i++) await change(`Update ${i}: Hamas answered the mediators.`);
    expect(deps.send).toHaveBeenCalledTimes(LIVE_PAGE_PASSES);
    // The matcher is built in a task of its own.
    await new Promise((done) => setTimeout(done, 0));
    await change('Later, Steve Witkoff met them in Cairo.');
    expect(deps.send).toHaveBeenCalledTimes(LIVE_PAGE_PASSES);
    expect(names(findings).slice(-2)).toEqual(['person-steve-witkoff', 'place-cairo']);
    // A large change (a page rewriting much at once) still goes to the background.
    await change(`Jared Kushner flew to Doha. ${'The talks went on. '.repeat(LOCAL_MAX_CHARS / 19)}`);
    expect(deps.send).toHaveBeenCalledTimes(LIVE_PAGE_PASSES + 1);
    expect(names(findings).slice(-2)).toEqual(['person-jared-kushner', 'place-doha']);
  });
});

describe('startingPoint', () => {
  it("starts with the background's answer when the first stage left one, asking for nothing", async () => {
    const boot = { settings: { ...DEFAULT_SETTINGS, enabled: false }, index: { index } };
    expect(await startingPoint(Promise.resolve(boot))).toBe(boot);
  });
});
