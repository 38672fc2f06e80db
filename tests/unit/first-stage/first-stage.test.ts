import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { strongNames } from '@/src/dataset/build/strong-names';
import type { FirstStageApi } from '@/src/first-stage/ext-api';
import { startFirstStage } from '@/src/first-stage/first-stage';
import { takeHandoff } from '@/src/first-stage/handoff';
import { FIRST_STAGE_MARK } from '@/src/first-stage/stage-marks';
import { entry, fixtureIndex } from '../../support/fixture-dataset';

const firstWords = strongNames(fixtureIndex([entry('org-hamas', ['Hamas']), entry('person-witkoff', ['Steve Witkoff'])])).firstWords;

type Listener = (...args: never[]) => unknown;

const setBody = (html: string) => document.body.replaceChildren(document.createRange().createContextualFragment(html));

function fakeApi() {
  const messages: Listener[] = [];
  const api: FirstStageApi = {
    runtime: {
      sendMessage: async () => true,
      onMessage: {
        addListener: (l) => messages.push(l as Listener),
        removeListener: (l) => messages.splice(messages.indexOf(l as Listener), 1),
      },
    },
  };
  // What the background sends every frame when the stored settings change.
  const setSettings = (settings: unknown) => {
    for (const l of [...messages])
      (l as (m: unknown, s: unknown, r: () => void) => void)({ type: 'settings-changed', settings }, {}, () => {});
  };
  return { api, messages, setSettings };
}

const verdicts = () =>
  performance
    .getEntriesByName(FIRST_STAGE_MARK, 'mark')
    .map((m) => (JSON.parse(String((m as PerformanceMark).detail)) as { verdict: string }).verdict);

const importedWords = strongNames(
  fixtureIndex([entry('person-zeta', ['Zeta Quillfeather']), entry('org-orbis', ['Orbis Council'])]),
).firstWords;

describe('first stage', () => {
  afterEach(() => {
    performance.clearMarks();
    document.body.replaceChildren();
    takeHandoff();
  });

  it('loads the engine on a page naming the talks, with what it counted', async () => {
    setBody('<p>Steve Witkoff met Hamas negotiators.</p><p>Hamas answered.</p>');
    const { api, messages } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(verdicts()).toEqual(['on-topic']);
    expect(takeHandoff()).toEqual({ count: { entries: 2, mentions: 3, score: 5, onTopic: true }, reason: 'load' });
    // The engine answers the popup from now on.
    expect(messages).toHaveLength(0);
  });

  it('leaves an off-topic page alone, answers the popup with nothing, and loads the engine when a name arrives', async () => {
    setBody('<p>Marathon results from the river course.</p>');
    const { api, messages } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v1', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['no-strong-names']));
    const respond = vi.fn();
    (messages[0] as (m: unknown, s: unknown, r: (x: unknown) => void) => void)({ type: 'get-findings' }, {}, respond);
    expect(respond).toHaveBeenCalledWith(
      expect.objectContaining({ version: 'v1', enabled: true, findings: [], relevance: { score: 0, onTopic: false } }),
    );
    const p = document.createElement('p');
    p.textContent = 'Later: Hamas responded.';
    document.body.append(p);
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(verdicts()).toEqual(['no-strong-names', 'mutation']);
  });

  it('watches the open shadow roots its count read: a story arriving in one loads the engine', async () => {
    setBody('<p>Marathon results.</p><div id="outer"></div>');
    const outer = document.querySelector('#outer')?.attachShadow({ mode: 'open' });
    outer?.append(document.createRange().createContextualFragment('<p>Weather.</p><section id="inner"></section>'));
    const inner = outer?.querySelector('#inner')?.attachShadow({ mode: 'open' });
    inner?.append(document.createRange().createContextualFragment('<p>Traffic.</p>'));
    const { api } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['no-strong-names']));
    // A root inside a root is watched too: the count read it.
    const p = document.createElement('p');
    p.textContent = 'Hamas responded.';
    inner?.append(p);
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(verdicts()).toEqual(['no-strong-names', 'mutation']);
  });

  it('leaves a page naming the talks once or twice unloaded, offers its names to the popup, and loads the engine on request', async () => {
    setBody('<p>A story about another war. Hamas was named once.</p>');
    const { api, messages } = fakeApi();
    let finishLoad: (loaded: boolean) => void = () => {};
    const loadEngine = vi.fn(() => new Promise<boolean>((resolve) => (finishLoad = resolve)));
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['strong-names']));
    await new Promise((r) => setTimeout(r, 50));
    expect(loadEngine).not.toHaveBeenCalled();
    const listener = messages[0] as (m: unknown, s: unknown, r: (x?: unknown) => void) => unknown;
    const answer = vi.fn();
    listener({ type: 'get-findings' }, {}, answer);
    expect(answer).toHaveBeenCalledWith(expect.objectContaining({ findings: [], relevance: { score: 2, onTopic: false }, heldBack: 1 }));
    // The popup's "show anyway": the engine is loaded, told so, and the popup answered only once it runs.
    const shown = vi.fn();
    expect(listener({ type: 'show-anyway' }, {}, shown)).toBe(true);
    expect(loadEngine).toHaveBeenCalledTimes(1);
    expect(shown).not.toHaveBeenCalled();
    finishLoad(true);
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1));
    expect(takeHandoff()).toEqual({ count: { entries: 1, mentions: 1, score: 2, onTopic: false }, reason: 'load', showAnyway: true });
    expect(messages).toHaveLength(0);
  });

  it('loads the engine for one strong name where a custom element may hide a closed shadow root, which only the engine reads', async () => {
    setBody('<p>Hamas was named once here.</p><story-box></story-box>');
    const { api } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(verdicts()).toEqual(['closed-roots']);
  });

  it('loads the engine when a change brings a strong name to a page that named the talks too few times', async () => {
    setBody('<p>Hamas was named once here.</p>');
    const { api } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['strong-names']));
    const p = document.createElement('p');
    p.textContent = 'Steve Witkoff arrived in Cairo.';
    document.body.append(p);
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(verdicts()).toEqual(['strong-names', 'mutation']);
  });

  it('waits when the background declines (off, or paused here), and looks again when the settings allow', async () => {
    setBody('<p>Hamas said.</p><p>Hamas answered.</p><p>Hamas again.</p>');
    const { api, messages, setSettings } = fakeApi();
    // The background says no while the extension is off.
    const loadEngine = vi.fn(async () => false);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['on-topic', 'off']));
    expect(takeHandoff()).toBeUndefined();
    // Still listening, and it tells the popup it is off.
    const respond = vi.fn();
    (messages[0] as (m: unknown, s: unknown, r: (x: unknown) => void) => void)({ type: 'get-findings' }, {}, respond);
    expect(respond).toHaveBeenCalledWith(expect.objectContaining({ enabled: false }));
    setSettings({ enabled: true, pausedSites: [location.hostname] });
    await new Promise((r) => setTimeout(r, 50));
    expect(loadEngine).toHaveBeenCalledTimes(1);
    loadEngine.mockResolvedValue(true);
    setSettings({ enabled: true });
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(2));
    expect(verdicts()).toEqual(['on-topic', 'off', 'on-topic']);
    await vi.waitFor(() => expect(messages).toHaveLength(0));
  });

  it('stops watching an off-topic page when the settings turn it off, and looks again when turned on', async () => {
    setBody('<p>Marathon results.</p>');
    const { api, setSettings } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['no-strong-names']));
    setSettings({ enabled: false });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Hamas responded. Hamas said more. Hamas.' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(loadEngine).not.toHaveBeenCalled();
    setSettings({ enabled: true });
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
  });

  it('says so when the engine fails to load, and keeps the page as it was', async () => {
    setBody('<p>Hamas said. Hamas again. And Hamas.</p>');
    const { api } = fakeApi();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    startFirstStage(new ContentScriptContext('test'), {
      api,
      firstWords,
      version: 'v',
      loadEngine: async () => Promise.reject(new Error('no')),
    });
    await vi.waitFor(() => expect(verdicts()).toEqual(['on-topic', 'error']));
    expect(error).toHaveBeenCalled();
    error.mockRestore();
    expect(document.body.textContent).toBe('Hamas said. Hamas again. And Hamas.');
  });

  it('stops watching when its context ends', async () => {
    setBody('<p>Nothing here.</p>');
    const { api, messages } = fakeApi();
    const ctx = new ContentScriptContext('test');
    const loadEngine = vi.fn(async () => true);
    startFirstStage(ctx, { api, firstWords, version: 'v', loadEngine });
    await vi.waitFor(() => expect(verdicts()).toEqual(['no-strong-names']));
    ctx.abort();
    expect(messages).toHaveLength(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Hamas' }));
    await new Promise((r) => setTimeout(r, 300));
    expect(loadEngine).not.toHaveBeenCalled();
  });

  it("uses an imported dataset's names when one is active", async () => {
    setBody('<p>Zeta Quillfeather met the Orbis Council.</p><p>Zeta Quillfeather spoke.</p>');
    const { api } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    startFirstStage(new ContentScriptContext('test'), {
      api,
      firstWords,
      version: 'v',
      loadEngine,
      importedNames: Promise.resolve(importedWords),
    });
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(takeHandoff()?.count.entries).toBe(2);
  });

  it('looks again with the new names when the reader imports a dataset while the page is open', async () => {
    setBody('<p>Zeta Quillfeather met the Orbis Council.</p><p>The Orbis Council agreed.</p>');
    const { api, messages } = fakeApi();
    const loadEngine = vi.fn(async () => true);
    const askImportedNames = vi.fn(async () => importedWords);
    startFirstStage(new ContentScriptContext('test'), { api, firstWords, version: 'v', loadEngine, askImportedNames });
    await vi.waitFor(() => expect(verdicts()).toEqual(['no-strong-names']));
    for (const l of [...messages]) (l as (m: unknown, s: unknown, r: () => void) => void)({ type: 'dataset-changed' }, {}, () => {});
    await vi.waitFor(() => expect(loadEngine).toHaveBeenCalledTimes(1));
    expect(askImportedNames).toHaveBeenCalledTimes(1);
  });
});
