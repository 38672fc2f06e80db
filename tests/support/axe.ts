// axe-core run in a test page over our card's host (open shadow root included): the serious and critical
// violations, as "rule: target" lines. Shared by the Chromium and Firefox specs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** axe-core's browser build, to be added to the page as a script. */
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page (self-contained): axe over our host, WCAG 2 A and AA rules. */
export async function axeCardViolations(): Promise<string[]> {
  const axe = (
    window as unknown as {
      axe: {
        run: (
          context: Element,
          options: unknown,
        ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }>;
      };
    }
  ).axe;
  const host = document.querySelector('gaza-talks-context-ui');
  if (!host) throw new Error('no card host on the page');
  const result = await axe.run(host, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

/** Runs in an extension page (self-contained): axe over the whole document, WCAG 2 A and AA rules. */
export async function axePageViolations(): Promise<string[]> {
  const axe = (
    window as unknown as {
      axe: {
        run: (
          context: Document,
          options: unknown,
        ) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }>;
      };
    }
  ).axe;
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}
