// How a card opens under each `trigger` setting: resting the pointer (hover), resting it with a modifier
// key held (modifier), or a click on the mention (click), switched live.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insideControl, openOnClick } from '@/src/overlay/click-trigger';
import { type ModifierKey, trackHover } from '@/src/overlay/hover-tracker';
import type { Finding } from '@/src/scan/finding';
import type { Trigger } from '@/src/settings/settings-defaults';

const mention = { entry: { id: 'a', kind: 'person', name: 'A' } } as unknown as Finding;
const DELAY = 100;

function setup(initial: Trigger, key: ModifierKey = 'Alt') {
  let trigger = initial;
  let shown: Finding | undefined;
  let over: Finding | undefined;
  const shows: Finding[] = [];
  /** Cards got ready ahead (drawn unseen): only for a card about to open. */
  const prepares: Finding[] = [];
  const controller = new AbortController();
  const target = {
    findingAt: () => over,
    isOverCard: () => false,
    show: (f: Finding) => {
      shown = f;
      shows.push(f);
    },
    hide: () => {
      shown = undefined;
    },
    shown: () => shown,
    pinned: () => false,
    prepare: (f: Finding) => {
      prepares.push(f);
    },
  };
  trackHover(document, target, {
    delayMs: () => DELAY,
    hideDelayMs: 300,
    trigger: () => trigger,
    modifierKey: () => key,
    signal: controller.signal,
  });
  openOnClick(document, target, { active: () => trigger === 'click', signal: controller.signal });
  const move = (modifiers: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean } = {}) => {
    document.body.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true, ...modifiers }));
    // The tracker reads the pointer once a frame.
    vi.advanceTimersByTime(20);
  };
  return {
    controller,
    shows,
    prepares,
    move,
    setTrigger: (next: Trigger) => {
      trigger = next;
    },
    onMention: (modifiers?: { altKey?: boolean; shiftKey?: boolean; ctrlKey?: boolean }) => {
      over = mention;
      move(modifiers);
    },
    offMention: () => {
      over = undefined;
      move();
    },
    key: (type: 'keydown' | 'keyup', name: string) => {
      document.dispatchEvent(new KeyboardEvent(type, { key: name, bubbles: true }));
      vi.advanceTimersByTime(20);
    },
    shown: () => shown,
    hide: () => target.hide(),
  };
}

describe('trigger: hover', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('opens after the delay and a click on the mention opens nothing more', () => {
    const h = setup('hover');
    h.onMention();
    // Got ready as soon as the pointer comes to rest, once, whatever the moves on the mention meanwhile.
    expect(h.prepares).toEqual([mention]);
    h.move();
    vi.advanceTimersByTime(DELAY + 10);
    expect(h.shown()).toBe(mention);
    expect(h.prepares).toEqual([mention]);
    h.hide();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
    expect(h.shown()).toBeUndefined();
    expect(h.shows).toHaveLength(1);
  });
});

describe('trigger: modifier', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('does not open on a plain hover, however long, nor get a card ready for it', () => {
    const h = setup('modifier');
    h.onMention();
    vi.advanceTimersByTime(2000);
    expect(h.shown()).toBeUndefined();
    expect(h.prepares).toEqual([]);
  });

  it('opens after the delay while the key is held with the pointer on a mention', () => {
    const h = setup('modifier');
    h.onMention({ altKey: true });
    expect(h.shown()).toBeUndefined();
    vi.advanceTimersByTime(DELAY + 10);
    expect(h.shown()).toBe(mention);
  });

  it('opens when the key is pressed with the pointer already resting on a mention', () => {
    const h = setup('modifier');
    h.onMention();
    vi.advanceTimersByTime(500);
    expect(h.shown()).toBeUndefined();
    expect(h.prepares).toEqual([]);
    h.key('keydown', 'Alt');
    expect(h.prepares).toEqual([mention]);
    vi.advanceTimersByTime(DELAY + 10);
    expect(h.shown()).toBe(mention);
  });

  it('letting go before the delay opens nothing; letting go after leaves the card shown', () => {
    const h = setup('modifier');
    h.onMention({ altKey: true });
    h.key('keyup', 'Alt');
    vi.advanceTimersByTime(DELAY * 3);
    expect(h.shown()).toBeUndefined();
    h.key('keydown', 'Alt');
    vi.advanceTimersByTime(DELAY + 10);
    expect(h.shown()).toBe(mention);
    h.key('keyup', 'Alt');
    h.move();
    vi.advanceTimersByTime(1000);
    expect(h.shown()).toBe(mention);
  });

  it('listens to the chosen key only', () => {
    const h = setup('modifier', 'Shift');
    h.onMention({ altKey: true });
    h.key('keydown', 'Alt');
    vi.advanceTimersByTime(DELAY * 3);
    expect(h.shown()).toBeUndefined();
    h.onMention({ shiftKey: true });
    vi.advanceTimersByTime(DELAY + 10);
    expect(h.shown()).toBe(mention);
  });

  it('still hides a card after the grace period once the pointer leaves the mention', () => {
    const h = setup('modifier');
    h.onMention({ altKey: true });
    vi.advanceTimersByTime(DELAY + 10);
    h.offMention();
    vi.advanceTimersByTime(400);
    expect(h.shown()).toBeUndefined();
  });
});

describe('trigger: click', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
    document.getSelection()?.removeAllRanges();
  });

  const click = (target: EventTarget, init: MouseEventInit = {}) => {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, detail: 1, clientX: 5, clientY: 5, ...init });
    target.dispatchEvent(event);
    return event;
  };

  const press = (target: EventTarget, init: PointerEventInit = {}) =>
    target.dispatchEvent(
      new PointerEvent('pointerdown', { bubbles: true, composed: true, isPrimary: true, button: 0, clientX: 5, clientY: 5, ...init }),
    );

  it('hovering opens nothing; a click on a mention opens its card at once, and is not prevented', () => {
    const h = setup('click');
    h.onMention();
    vi.advanceTimersByTime(2000);
    expect(h.shown()).toBeUndefined();
    expect(h.prepares).toEqual([]);
    const event = click(document.body);
    expect(h.shown()).toBe(mention);
    expect(event.defaultPrevented).toBe(false);
  });

  it('gets the card ready on the press that comes before the click, not on a press the click would pass over', () => {
    const h = setup('click');
    h.onMention();
    press(document.body, { ctrlKey: true });
    press(document.body, { button: 2 });
    press(document.body, { isPrimary: false });
    const button = document.createElement('button');
    document.body.append(button);
    press(button);
    expect(h.prepares).toEqual([]);
    press(document.body);
    expect(h.prepares).toEqual([mention]);
    expect(h.shown()).toBeUndefined();
    click(document.body);
    expect(h.shown()).toBe(mention);
    // Under another trigger a press gets nothing ready.
    h.setTrigger('modifier');
    h.hide();
    press(document.body);
    expect(h.prepares).toEqual([mention]);
  });

  it('leaves the card open when the pointer moves away (a press outside or Escape closes it)', () => {
    const h = setup('click');
    h.onMention();
    click(document.body);
    h.offMention();
    vi.advanceTimersByTime(1000);
    expect(h.shown()).toBe(mention);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(h.shown()).toBeUndefined();
  });

  it('a click on a mention inside a link, a button or a form label opens nothing and keeps its meaning', () => {
    const h = setup('click');
    h.onMention();
    const link = document.createElement('a');
    link.href = 'https://example.org/';
    const inLink = document.createElement('span');
    link.append(inLink);
    const button = document.createElement('button');
    const label = document.createElement('label');
    document.body.append(link, button, label);
    for (const target of [inLink, button, label]) {
      const event = click(target);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(h.shown()).toBeUndefined();
  });

  it('a modified click, a double click, a selection or a click the page handled opens nothing', () => {
    const h = setup('click');
    h.onMention();
    click(document.body, { ctrlKey: true });
    click(document.body, { shiftKey: true });
    click(document.body, { detail: 2 });
    const handled = (event: Event) => event.preventDefault();
    document.body.addEventListener('click', handled);
    click(document.body);
    document.body.removeEventListener('click', handled);
    expect(h.shown()).toBeUndefined();
    const p = document.createElement('p');
    p.textContent = 'some selected words';
    document.body.append(p);
    document.getSelection()?.selectAllChildren(p);
    click(p);
    expect(h.shown()).toBeUndefined();
  });

  it('a touch tap opens the card once (as a click), not twice', () => {
    const h = setup('click');
    h.onMention();
    document.body.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', bubbles: true }));
    expect(h.shown()).toBeUndefined();
    click(document.body);
    expect(h.shows).toHaveLength(1);
  });

  it('follows the setting live: back to hover, a click opens nothing and hovering does', () => {
    const h = setup('click');
    h.setTrigger('hover');
    h.onMention();
    click(document.body);
    expect(h.shown()).toBeUndefined();
    vi.advanceTimersByTime(DELAY + 10);
    expect(h.shown()).toBe(mention);
  });

  it('nothing listens once the context ends', () => {
    const h = setup('click');
    h.controller.abort();
    h.onMention();
    click(document.body);
    expect(h.shown()).toBeUndefined();
  });
});

describe('insideControl', () => {
  it('sees links, buttons and form controls through open shadow roots, and not plain text', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    const text = document.createElement('span');
    shadow.append(button, text);
    document.body.append(host);
    const seen: boolean[] = [];
    const record = (event: Event) => seen.push(insideControl(event));
    document.addEventListener('click', record);
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    text.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    document.removeEventListener('click', record);
    host.remove();
    expect(seen).toEqual([true, false]);
  });
});
