// Long pages: scrolling or resizing brings set-aside regions near; they are handed over to be scanned
// before they reach the screen, at most once a frame.
import type { FarRegions } from '../scan/far-regions';

export function watchNearRegions(win: Window, far: FarRegions, scan: (near: Element[]) => void, signal: AbortSignal): () => void {
  let frame = 0;
  const check = () => {
    if (frame || far.pending === 0) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const near = far.takeNear();
      if (near.length > 0) scan(near);
    });
  };
  win.addEventListener('scroll', check, { passive: true, signal });
  win.addEventListener('resize', check, { passive: true, signal });
  signal.addEventListener('abort', () => win.cancelAnimationFrame(frame));
  return check;
}
