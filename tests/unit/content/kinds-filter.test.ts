// The `kinds` setting: findings of a kind left out are not painted, opened, browsed, counted or listed,
// while the page's relevance is still judged on everything found.
import { describe, expect, it, vi } from 'vitest';
import { cardSettingsChanged, cardSettingsOf } from '@/src/content/card-settings';
import { PageFindings } from '@/src/content/page-findings';
import { summariseFindings } from '@/src/content/summarise-findings';
import type { Kind } from '@/src/dataset/kinds';
import { browseOrder } from '@/src/overlay/mention-order';
import type { Finding } from '@/src/scan/finding';
import type { Mention } from '@/src/scan/mention';
import { DEFAULT_SETTINGS } from '@/src/settings/settings-defaults';

let order = 0;
function finding(id: string, kind: Kind, node: Text, offset: number): Finding {
  return {
    entry: { id, kind, name: id },
    text: id,
    licensed: true,
    start: { node, offset },
    end: { node, offset: offset + 1 },
    nodes: [node],
    order: order++,
  } as unknown as Finding;
}

function page() {
  const p = document.createElement('p');
  p.textContent = 'abcdefghij';
  document.body.replaceChildren(p);
  const text = p.firstChild as Text;
  // Three mentions of a person make the page on topic on their own; an organisation and a place besides.
  const all = [
    finding('person-a', 'person', text, 0),
    finding('org-b', 'organisation', text, 2),
    finding('person-a', 'person', text, 4),
    finding('place-c', 'place', text, 6),
    finding('person-a', 'person', text, 8),
  ];
  const findings = new PageFindings();
  findings.store.replaceAll(all);
  return { findings, all, text };
}

describe('kinds shown', () => {
  it('shows every kind until the setting says otherwise', () => {
    const { findings, all } = page();
    expect(findings.refresh()).toEqual(all);
    findings.setKinds(DEFAULT_SETTINGS.kinds);
    expect(findings.refresh()).toEqual(all);
  });

  it('leaves a kind out of what is painted, hovered, browsed, counted and listed, but not out of relevance', () => {
    const { findings, text } = page();
    findings.refresh();
    const relevance = findings.relevance;
    findings.setKinds(['organisation', 'place']);
    const shown = findings.refresh();
    // Painted (and revealed): what is shown.
    expect(shown.map((f) => f.entry.id)).toEqual(['org-b', 'place-c']);
    // Judged on everything: the person's three mentions still put the page on topic.
    expect(findings.relevance).toEqual(relevance);
    expect(findings.relevance.onTopic).toBe(true);
    // Hover and click open no card for a person.
    expect(findings.hoverIndex().at(text, 0)).toBeUndefined();
    expect(findings.hoverIndex().at(text, 2)?.entry.id).toBe('org-b');
    // The badge's count and the popup's list.
    expect(summariseFindings(findings.shownMentions()).map((s) => s.id)).toEqual(['org-b', 'place-c']);
    // Everything found is still known (a kind turned back on needs no scan).
    expect(findings.mentions()).toHaveLength(5);
    findings.setKinds(DEFAULT_SETTINGS.kinds);
    expect(findings.refresh()).toHaveLength(5);
  });

  it('leaves counted far-region mentions of a hidden kind out of the list too', () => {
    const { findings } = page();
    const region = document.createElement('section');
    const counted: Mention[] = [
      { entry: { id: 'person-z', kind: 'person', name: 'Z' }, text: 'Z', licensed: true } as unknown as Mention,
      { entry: { id: 'event-y', kind: 'event', name: 'Y' }, text: 'Y', licensed: true } as unknown as Mention,
    ];
    findings.addTallies(new Map([[region, counted]]));
    findings.setKinds(['event']);
    findings.refresh();
    expect(summariseFindings(findings.shownMentions()).map((s) => s.id)).toEqual(['event-y']);
    expect(findings.ofShownKinds(findings.mentions()).map((m) => m.entry.id)).toEqual(['event-y']);
  });

  it('keyboard browsing visits only the kinds shown', () => {
    const { findings } = page();
    // happy-dom lays nothing out: every range gets one rect, so every mention counts as visible.
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);
    findings.setKinds(['place', 'organisation']);
    findings.refresh();
    expect(browseOrder(findings.shown, 'every').map((f) => f.entry.id)).toEqual(['org-b', 'place-c']);
    findings.setKinds(['person']);
    findings.refresh();
    expect(browseOrder(findings.shown, 'first').map((f) => f.entry.id)).toEqual(['person-a']);
    rects.mockRestore();
  });
});

describe('card settings', () => {
  it('are what the card needs, and only their change redraws it', () => {
    const on = DEFAULT_SETTINGS;
    expect(cardSettingsOf(on)).toEqual({ staleAfterDays: 30, theme: 'auto', textSize: 'medium', figureComparison: true, language: 'auto' });
    expect(cardSettingsChanged(on, { ...on })).toBe(false);
    expect(cardSettingsChanged(on, { ...on, density: 'every', kinds: ['person'] })).toBe(false);
    for (const patch of [
      { theme: 'dark' },
      { textSize: 'large' },
      { figureComparison: false },
      { staleAfterDays: 7 },
      { language: 'ar' },
    ] as const) {
      expect(cardSettingsChanged(on, { ...on, ...patch }), JSON.stringify(patch)).toBe(true);
    }
  });
});
