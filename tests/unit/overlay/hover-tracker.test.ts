import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { trackHover } from '@/src/overlay/hover-tracker';
import type { Finding } from '@/src/scan/finding';

const mention = { entry: { id: 'a', kind: 'person', name: 'A' } } as unknown as Finding;

function setup() {
  let shown: Finding | undefined;
  let pinned = false;
  let over: Finding | undefined;
  const card = document.createElement('div');
  document.body.append(card);
  const controller = new AbortController();
  const tracker = trackHover(
    document,
    {
      findingAt: () => over,
      isOverCard: (t) => t === card,
      show: (f) => {
        shown = f;
      },
      hide: () => {
        shown = undefined;
      },
      shown: () => shown,
      pinned: () => pinned,
    },
    { delayMs: () => 100, hideDelayMs: 300, signal: controller.signal },
  );
  const move = (target: EventTarget = document.body) => {
    const event = new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true });
    target.dispatchEvent(event);
    vi.advanceTimersByTime(20);
  };
  return {
    card,
    controller,
    move,
    /** What is under the resting pointer changes (a paint): `found` is there now. */
    paintUnder: (found: Finding | undefined) => {
      over = found;
      tracker.recheck();
      vi.advanceTimersByTime(20);
    },
    hoverMention: () => {
      over = mention;
      move();
    },
    leaveMention: () => {
      over = undefined;
      move();
    },
    pin: () => {
      pinned = true;
    },
    shown: () => shown,
  };
}

describe('hover', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens after the delay, stays while the pointer is in the card, closes after the grace period', () => {
    const h = setup();
    h.hoverMention();
    expect(h.shown()).toBeUndefined();
    vi.advanceTimersByTime(120);
    expect(h.shown()).toBe(mention);
    h.leaveMention();
    h.move(h.card);
    vi.advanceTimersByTime(400);
    expect(h.shown()).toBe(mention);
    h.leaveMention();
    vi.advanceTimersByTime(200);
    expect(h.shown()).toBe(mention);
    vi.advanceTimersByTime(200);
    expect(h.shown()).toBeUndefined();
  });

  it('keeps a pinned card when the pointer leaves and on an outside click', () => {
    const h = setup();
    h.hoverMention();
    vi.advanceTimersByTime(120);
    h.pin();
    h.leaveMention();
    vi.advanceTimersByTime(1000);
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(h.shown()).toBe(mention);
  });

  it('closes on an outside click and on Escape', () => {
    const h = setup();
    h.hoverMention();
    vi.advanceTimersByTime(120);
    h.leaveMention();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    expect(h.shown()).toBeUndefined();
    h.hoverMention();
    vi.advanceTimersByTime(120);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(h.shown()).toBeUndefined();
  });

  it('opens at once on a touch tap', () => {
    const h = setup();
    h.hoverMention();
    document.body.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', bubbles: true }));
    expect(h.shown()).toBe(mention);
  });

  it('opens a card for a name painted under a pointer already resting there, after the delay', () => {
    const h = setup();
    h.move();
    expect(h.shown()).toBeUndefined();
    h.paintUnder(mention);
    expect(h.shown()).toBeUndefined();
    vi.advanceTimersByTime(120);
    expect(h.shown()).toBe(mention);
  });

  it('a paint neither closes nor replaces a card the pointer did not leave', () => {
    const other = { entry: { id: 'b', kind: 'place', name: 'B' } } as unknown as Finding;
    const h = setup();
    h.hoverMention();
    vi.advanceTimersByTime(120);
    expect(h.shown()).toBe(mention);
    h.paintUnder(undefined);
    vi.advanceTimersByTime(1000);
    expect(h.shown()).toBe(mention);
    h.paintUnder(other);
    vi.advanceTimersByTime(1000);
    expect(h.shown()).toBe(mention);
  });

  it('a paint opens nothing once the pointer left the window, or before it ever moved', () => {
    const h = setup();
    h.paintUnder(mention);
    vi.advanceTimersByTime(500);
    expect(h.shown()).toBeUndefined();
    h.paintUnder(undefined);
    h.move();
    document.body.dispatchEvent(new PointerEvent('pointerout', { bubbles: true, relatedTarget: null }));
    h.paintUnder(mention);
    vi.advanceTimersByTime(500);
    expect(h.shown()).toBeUndefined();
    // Back in the window: the next move opens it as ever.
    h.move();
    vi.advanceTimersByTime(120);
    expect(h.shown()).toBe(mention);
  });
});
