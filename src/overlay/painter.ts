// Paints findings with the CSS Custom Highlight API: ranges only, the page's DOM is never touched.
// Registered ranges cost every later frame (~7 µs each after any DOM change), so "every mention" on a
// long page registers only those within 1.5 viewports of the screen and follows the scroll.
import type { Kind } from '../dataset/schema';
import { type Finding, rangeOf } from '../scan/finding';
import type { Density } from '../settings/settings-defaults';
import { ALL_HIGHLIGHT_NAMES, highlightName, type PaintStyle } from './highlight-names';
import { firstMentions } from './mention-order';
import { styleShadowRoots } from './shadow-highlight-style';

/** Up to this many ranges are registered at once without windowing. */
export const WINDOW_THRESHOLD = 1500;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function register(findings: readonly Finding[], style: PaintStyle): void {
  const byKind = new Map<Kind, Range[]>();
  for (const f of findings) {
    const list = byKind.get(f.entry.kind);
    if (list) list.push(rangeOf(f));
    else byKind.set(f.entry.kind, [rangeOf(f)]);
  }
  clearPaint();
  // One Highlight per kind, set once per pass: adding to a registered one range by range costs every frame.
  for (const [kind, ranges] of byKind) CSS.highlights.set(highlightName(kind, style), new Highlight(...ranges));
  // Firefox draws a shadow root's mentions only with our rules inside that root.
  if (import.meta.env.FIREFOX) styleShadowRoots(findings);
}

export function clearPaint(): void {
  if (!highlightsSupported()) return;
  for (const name of ALL_HIGHLIGHT_NAMES) CSS.highlights.delete(name);
}

const same = (a: readonly Finding[], b: readonly Finding[]) => a.length === b.length && a.every((f, i) => f === b[i]);

export class Painter {
  private positioned: { y: number; finding: Finding }[] = [];
  /** Page positions of findings already measured, while the page's height stays the same. */
  private positions = new WeakMap<Finding, number>();
  private measuredHeight = -1;
  /** What is registered now: setting the same ranges again would cost a whole-page repaint for nothing. */
  private registered: readonly Finding[] = [];
  private style: PaintStyle = 'underline';
  private frame = 0;
  private windowed = false;

  constructor(
    private readonly win: Window,
    signal: AbortSignal,
  ) {
    const onScroll = () => {
      if (this.windowed && !this.frame) this.frame = win.requestAnimationFrame(() => this.paintWindow());
    };
    win.addEventListener('scroll', onScroll, { passive: true, signal });
    win.addEventListener('resize', onScroll, { passive: true, signal });
    signal.addEventListener('abort', () => this.clear());
  }

  /** The findings painted now, for tests and the popup. */
  paint(findings: readonly Finding[], density: Density, style: PaintStyle = 'underline'): void {
    this.windowed = false;
    this.style = style;
    if (!highlightsSupported()) return;
    if (density === 'none' || findings.length === 0) {
      this.registered = [];
      clearPaint();
      return;
    }
    if (density === 'first' || findings.length <= WINDOW_THRESHOLD) {
      this.register(density === 'first' ? firstMentions(findings) : findings);
      return;
    }
    const scrollY = this.win.scrollY;
    // A mention moves only when the layout above it does: all are measured again when the page's height
    // changed, otherwise only new ones (measuring thousands after every change was most of a busy page's cost).
    const height = this.win.document.documentElement.scrollHeight;
    if (height !== this.measuredHeight) {
      this.positions = new WeakMap();
      this.measuredHeight = height;
    }
    this.positioned = findings
      .map((finding) => {
        let y = this.positions.get(finding);
        if (y === undefined) {
          y = rangeOf(finding).getBoundingClientRect().top + scrollY;
          this.positions.set(finding, y);
        }
        return { y, finding };
      })
      .sort((a, b) => a.y - b.y);
    this.windowed = true;
    this.paintWindow();
  }

  clear(): void {
    this.windowed = false;
    this.positioned = [];
    if (this.frame) this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.registered = [];
    clearPaint();
  }

  /** Registers our ranges again if the page removed any of our highlights; true when it had. */
  restore(): boolean {
    const first = this.registered[0];
    if (!first || !highlightsSupported()) return false;
    const names = new Set(this.registered.map((f) => highlightName(f.entry.kind, this.style)));
    if ([...names].every((name) => CSS.highlights.has(name))) return false;
    register(this.registered, this.style);
    return true;
  }

  private register(findings: readonly Finding[]): void {
    // The page may have cleared our highlights: then they are set again, even if unchanged.
    const first = findings[0];
    if (first && same(findings, this.registered) && CSS.highlights.has(highlightName(first.entry.kind, this.style))) return;
    this.registered = findings;
    register(findings, this.style);
  }

  private paintWindow(): void {
    this.frame = 0;
    const height = this.win.innerHeight;
    const from = this.win.scrollY - 1.5 * height;
    const to = this.win.scrollY + 2.5 * height;
    this.register(this.positioned.filter(({ y }) => y >= from && y <= to).map(({ finding }) => finding));
  }
}
