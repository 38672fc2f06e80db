// Functions run inside a test page (passed to page.evaluate in Playwright and puppeteer alike):
// they must be self-contained.

/** Every painted range's text, by highlight name (ours only). */
export function paintedTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('gaza-talks-context-')) return;
    const texts: string[] = [];
    for (const range of highlight) texts.push(range.toString());
    if (texts.length > 0) out[name] = texts;
  });
  return out;
}

/** Centre of the first painted range whose text is `text`, in viewport coordinates. */
export function paintedRangeCentre(text: string): { x: number; y: number } | null {
  let found: { x: number; y: number } | null = null;
  CSS.highlights.forEach((highlight, name) => {
    if (found || !name.startsWith('gaza-talks-context-')) return;
    for (const range of highlight) {
      if (range.toString() !== text || !(range instanceof Range)) continue;
      const rect = range.getClientRects()[0];
      if (rect) found = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      return;
    }
  });
  return found;
}

/** The text of the card in our shadow root, or null when no card is shown. */
export function cardText(): string | null {
  const host = document.querySelector('gaza-talks-context-ui');
  const card = host?.shadowRoot?.querySelector('.gtc-card:not([aria-busy="true"])');
  const panel = host?.shadowRoot?.querySelector('.gtc-panel');
  // A card drawn ahead of its showing while the pointer rests (data-unseen) is not shown yet.
  if (!card || !(panel instanceof HTMLElement) || panel.hidden || panel.hasAttribute('data-unseen')) return null;
  return card.textContent;
}

/** In the open card's chart, each number drawn over another mark, number or axis label, or left of the value axis. */
export function chartOverlaps(): string[] {
  const svg = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('svg.gtc-chart-svg');
  if (!svg) return ['no chart'];
  const marks = [...svg.querySelectorAll('.gtc-chart-mark')];
  const hit = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
  const found: string[] = [];
  const ticks = [...svg.querySelectorAll('.gtc-chart-tick')];
  // The value axis: the vertical one of the two axis lines. Its column, left of it, holds the values' labels.
  const valueAxis = [...svg.querySelectorAll('line.gtc-chart-axis')].find((l) => l.getAttribute('x1') === l.getAttribute('x2'));
  const axisLeft = valueAxis?.getBoundingClientRect().left ?? Number.NEGATIVE_INFINITY;
  for (const mark of marks) {
    const number = mark.querySelector('.gtc-chart-number');
    if (!number) continue;
    const box = number.getBoundingClientRect();
    for (const tick of ticks)
      if (hit(box, tick.getBoundingClientRect())) found.push(`${number.textContent} on axis label ${tick.textContent}`);
    if (box.left < axisLeft) found.push(`${number.textContent} left of the value axis`);
    for (const other of marks) {
      if (other === mark) continue;
      for (const marker of other.querySelectorAll('.gtc-chart-marker'))
        if (hit(box, marker.getBoundingClientRect())) found.push(`${number.textContent} on mark ${other.getAttribute('data-mark')}`);
      const theirs = other.querySelector('.gtc-chart-number');
      if (theirs && hit(box, theirs.getBoundingClientRect())) found.push(`${number.textContent} on number ${theirs.textContent}`);
    }
  }
  return found;
}

/**
 * A card drawn ahead while the pointer rests, before its hover delay ends: its text, whether the reader could
 * see any of it, or null when there is none.
 */
export function unseenCard(): { text: string | null; visible: boolean } | null {
  const panel = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-panel');
  if (!(panel instanceof HTMLElement) || panel.hidden || !panel.hasAttribute('data-unseen')) return null;
  const card = panel.querySelector('.gtc-card:not([aria-busy="true"])');
  return { text: card?.textContent ?? null, visible: panel.checkVisibility({ visibilityProperty: true }) };
}

/** Whether any of the card is seen: shown, and not hidden by the visibility its styles give it. */
export function cardSeen(): boolean {
  const panel = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-panel');
  return panel instanceof HTMLElement && !panel.hidden && panel.checkVisibility({ visibilityProperty: true });
}

/** The card's source links. */
export function cardLinks(): string[] {
  const host = document.querySelector('gaza-talks-context-ui');
  return [...(host?.shadowRoot?.querySelectorAll<HTMLAnchorElement>('.gtc-source a') ?? [])].map((a) => a.href);
}

/** True when the live <body> serialises exactly like a fresh parse of the served HTML (for script-free pages). */
export async function bodyMatchesSource(): Promise<boolean> {
  const html = await (await fetch(location.href)).text();
  const pristine = new DOMParser().parseFromString(html, 'text/html');
  return pristine.body.innerHTML === document.body.innerHTML;
}

/**
 * The whole live document against a fresh parse of the served HTML (script-free pages): `same` when a copy of
 * it with our host elements taken out serialises exactly like the parse; `added`, how many elements more the
 * live document has; `hostParents`, where our hosts are. `source` is the served HTML, for a page whose
 * policy stops it fetching its own address.
 */
export async function documentMatchesSource(
  source?: string,
): Promise<{ same: boolean; firstDifference: string | null; added: number; hostParents: string[] }> {
  const html = source ?? (await (await fetch(location.href)).text());
  const pristine = new DOMParser().parseFromString(html, 'text/html');
  const copy = document.documentElement.cloneNode(true) as Element;
  for (const host of copy.querySelectorAll('gaza-talks-context-ui')) host.remove();
  const live = `${document.doctype?.name ?? ''}\n${copy.outerHTML}`;
  const parsed = `${pristine.doctype?.name ?? ''}\n${pristine.documentElement.outerHTML}`;
  let at = 0;
  while (at < live.length && live[at] === parsed[at]) at++;
  return {
    same: live === parsed,
    firstDifference: live === parsed ? null : `live: ${live.slice(at, at + 80)} | served: ${parsed.slice(at, at + 80)}`,
    added: document.getElementsByTagName('*').length - pristine.getElementsByTagName('*').length,
    hostParents: [...document.querySelectorAll('gaza-talks-context-ui')].map((host) => host.parentNode?.nodeName.toLowerCase() ?? 'none'),
  };
}

/** True once the content script finished a whole-page pass (a scan, or the topic gate saying no). */
export function scanFinished(): boolean {
  // The first stage found no strong name, or too few to put the page on topic: the engine is not loaded and
  // nothing more will run.
  const settled = performance.getEntriesByName('gaza-talks-context:first-stage', 'mark').some((m) => {
    const verdict = (JSON.parse(String((m as PerformanceMark).detail)) as { verdict: string }).verdict;
    return verdict === 'no-strong-names' || verdict === 'strong-names';
  });
  return (
    settled ||
    performance.getEntriesByName('gaza-talks-context:scan', 'mark').some((m) => {
      const kind = (JSON.parse(String((m as PerformanceMark).detail)) as { kind: string }).kind;
      return kind === 'full' || kind === 'gated';
    })
  );
}

/** The popup's whole reads of a long page so far: whether the background matched each one's text (not the page). */
export function wholeReads(): { byBackground: boolean }[] {
  return performance
    .getEntriesByName('gaza-talks-context:scan', 'mark')
    .map((m) => JSON.parse(String((m as PerformanceMark).detail)) as { kind: string; remoteMs?: number })
    .filter((report) => report.kind === 'tally')
    .map((report) => ({ byBackground: report.remoteMs !== undefined }));
}

/** The engine's passes so far: their kind, whether the background matched their text, whether the page built a matcher. */
export function scanPasses(): { kind: string; byBackground: boolean; builtMatcher: boolean }[] {
  return performance
    .getEntriesByName('gaza-talks-context:scan', 'mark')
    .map((m) => JSON.parse(String((m as PerformanceMark).detail)) as { kind: string; remoteMs?: number; setupMs?: number })
    .map((report) => ({ kind: report.kind, byBackground: report.remoteMs !== undefined, builtMatcher: report.setupMs !== undefined }));
}

/** Which stages ran on this page: the first stage's verdicts in order, and whether the engine was loaded. */
export function stagesRun(): { firstStage: string[]; engine: boolean } {
  const firstStage = performance
    .getEntriesByName('gaza-talks-context:first-stage', 'mark')
    .map((m) => (JSON.parse(String((m as PerformanceMark).detail)) as { verdict: string }).verdict);
  return { firstStage, engine: performance.getEntriesByName('gaza-talks-context:engine', 'mark').length > 0 };
}

/** What the first stage counted, each time it reported: strong entries and their mentions. */
export function firstStageCounts(): { entries: number; mentions: number }[] {
  return performance.getEntriesByName('gaza-talks-context:first-stage', 'mark').map((m) => {
    const { entries, mentions } = JSON.parse(String((m as PerformanceMark).detail)) as { entries: number; mentions: number };
    return { entries, mentions };
  });
}

/** Centre of the first word of the first occurrence of `text` in the page's text, painted or not (scrolled into view). */
export function textCentre(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = (node as Text).data.indexOf(text);
    if (at < 0) continue;
    node.parentElement?.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + Math.max(1, text.split(' ')[0]?.length ?? 1));
    const rect = range.getClientRects()[0];
    return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
  }
  return null;
}

/** Every painted range's text, all highlights together, in registration order. */
export function paintedList(): string[] {
  const out: string[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('gaza-talks-context-')) return;
    for (const range of highlight) out.push(range.toString());
  });
  return out;
}

/** The underline our highlight stylesheet gives a person's mentions, as the page computes it ("none" without it). */
export function highlightStyle(): string {
  return getComputedStyle(document.body, '::highlight(gaza-talks-context-person)').textDecorationLine || 'none';
}

/** The card panel's box, whether it is shown and visible, and the viewport's size. */
export function cardBox(): {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
  shown: boolean;
  visible: boolean;
  vw: number;
  vh: number;
} | null {
  const panel = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-panel');
  if (!(panel instanceof HTMLElement)) return null;
  const r = panel.getBoundingClientRect();
  return {
    left: r.left,
    top: r.top,
    right: r.right,
    bottom: r.bottom,
    width: r.width,
    height: r.height,
    shown: !panel.hidden && !panel.hasAttribute('data-unseen'),
    visible: !panel.hidden && !panel.hasAttribute('data-unseen') && getComputedStyle(panel).visibility !== 'hidden',
    vw: document.documentElement.clientWidth,
    vh: document.documentElement.clientHeight,
  };
}

/** Centre of the first control in the card matching `selector` (pin, close, related link, browse buttons). */
export function cardControlCentre(selector: string): { x: number; y: number } | null {
  const el = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** True while focus is inside our card (the page sees our host as the focused element). */
export function cardHasFocus(): boolean {
  return document.activeElement?.tagName.toLowerCase() === 'gaza-talks-context-ui';
}

/** The page's own words of the mention the card is showing (keyboard browsing marks it on the panel). */
export function cardMention(): string | null {
  const panel = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-panel');
  return panel instanceof HTMLElement && !panel.hidden && !panel.hasAttribute('data-unseen') ? (panel.dataset.mention ?? null) : null;
}

/** What the card's polite live region says. */
export function cardAnnouncement(): string | null {
  return document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-live')?.textContent ?? null;
}

/** Our painted ranges' texts in document order, over every kind. */
export function paintedInDocumentOrder(): string[] {
  const ranges: AbstractRange[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (!name.startsWith('gaza-talks-context-')) return;
    for (const range of highlight) ranges.push(range);
  });
  const live = ranges.filter((r): r is Range => r instanceof Range);
  live.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  return live.map((r) => r.toString());
}
