// Closed shadow roots: read through the browser's extension-only API, for custom elements only; closed
// elsewhere, and wherever the API is missing.
import index from 'virtual:gtc/matcher-index';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageMatcher } from '@/src/matcher/page-matcher';
import { resetShadowRootReader } from '@/src/scan/closed-shadow-root';
import { FindingsByNode } from '@/src/scan/findings-by-node';
import { scanPage } from '@/src/scan/scan-page';
import { textBlocks } from '@/src/scan/text-blocks';

/** Builds `<brief-box>` and `<div>`, each with a closed root holding one paragraph, and returns the roots. */
function closedPage(): Map<Element, ShadowRoot> {
  document.body.replaceChildren();
  const roots = new Map<Element, ShadowRoot>();
  for (const [tag, text] of [
    ['brief-box', 'Khalil al-Hayya led the Hamas team.'],
    ['div', 'Badr Abdelatty opened the session.'],
  ] as const) {
    const host = document.createElement(tag);
    const root = host.attachShadow({ mode: 'closed' });
    const p = document.createElement('p');
    p.textContent = text;
    root.append(p);
    document.body.append(host);
    roots.set(host, root);
  }
  const lead = document.createElement('p');
  lead.textContent = 'Hamas met mediators in Sharm el-Sheikh.';
  document.body.prepend(lead);
  return roots;
}

const texts = () => [...textBlocks(document.body)].map((b) => b.text);

describe('closed shadow roots', () => {
  beforeEach(() => resetShadowRootReader());
  afterEach(() => {
    vi.unstubAllGlobals();
    resetShadowRootReader();
  });

  it('stay closed where the browser offers no way in', () => {
    closedPage();
    expect(texts()).toEqual(['Hamas met mediators in Sharm el-Sheikh.']);
  });

  it("are read through Chromium's chrome.dom for custom elements, which alone are asked", async () => {
    const roots = closedPage();
    const asked: string[] = [];
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: (el: HTMLElement) => {
          asked.push(el.tagName.toLowerCase());
          return roots.get(el) ?? null;
        },
      },
    });
    expect(texts()).toEqual(['Hamas met mediators in Sharm el-Sheikh.', 'Khalil al-Hayya led the Hamas team.']);
    expect(asked).toEqual(['brief-box']);

    // The mention inside carries its root, so hover hit-testing can name it.
    const findings = await scanPage(document.body, createPageMatcher(index));
    const inside = findings.find((f) => f.entry.id === 'person-khalil-al-hayya');
    expect(inside?.shadow).toBe(roots.get(document.querySelector('brief-box') as Element));
    expect(new FindingsByNode(findings).shadowRoots).toEqual([inside?.shadow]);
    expect(findings.map((f) => f.entry.id)).not.toContain('person-badr-abdelatty');
  });

  it("are read through Firefox's openOrClosedShadowRoot, and an open root is taken as it is", () => {
    const roots = closedPage();
    const open = document.createElement('x-open');
    const openRoot = open.attachShadow({ mode: 'open' });
    openRoot.append('Steve Witkoff arrived.');
    document.body.append(open);
    const asked: string[] = [];
    Object.defineProperty(Element.prototype, 'openOrClosedShadowRoot', {
      configurable: true,
      get(this: Element) {
        asked.push(this.tagName.toLowerCase());
        return roots.get(this) ?? null;
      },
    });
    try {
      expect(texts()).toEqual(['Hamas met mediators in Sharm el-Sheikh.', 'Khalil al-Hayya led the Hamas team.', 'Steve Witkoff arrived.']);
      expect(asked).toEqual(['brief-box']);
    } finally {
      Reflect.deleteProperty(Element.prototype, 'openOrClosedShadowRoot');
    }
  });

  it('asks once per custom element without a root, and for every instance of one that has them', () => {
    closedPage();
    const hosts = new Map<Element, ShadowRoot>();
    for (const tag of ['x-plain', 'x-plain', 'x-plain', 'x-closed', 'x-closed']) {
      const host = document.createElement(tag);
      if (tag === 'x-closed') {
        const root = host.attachShadow({ mode: 'closed' });
        root.append(`Sealed ${hosts.size}`);
        hosts.set(host, root);
      }
      document.body.append(host);
    }
    const asked: string[] = [];
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: (el: HTMLElement) => {
          asked.push(el.tagName.toLowerCase());
          return hosts.get(el) ?? null;
        },
      },
    });
    expect(texts()).toEqual(['Hamas met mediators in Sharm el-Sheikh.', 'Sealed 0', 'Sealed 1']);
    // <brief-box> here has no root the stub knows: it is asked once, like <x-plain>.
    expect(asked).toEqual(['brief-box', 'x-plain', 'x-closed', 'x-closed']);
  });

  it('reads as closed when the API throws', () => {
    closedPage();
    vi.stubGlobal('chrome', {
      dom: {
        openOrClosedShadowRoot: () => {
          throw new TypeError('refused');
        },
      },
    });
    expect(texts()).toEqual(['Hamas met mediators in Sharm el-Sheikh.']);
  });
});
