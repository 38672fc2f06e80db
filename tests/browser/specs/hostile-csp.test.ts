// A page served with `Content-Security-Policy: default-src 'none'; style-src 'self'`: our paint and card work
// and are styled, the policy reports nothing of ours, and no error reaches the page.
import { describe, expect, test } from 'vitest';
import { highlightStyle, paintedTexts } from '../../support/page-probes';
import { collectPageErrors, moveAway, openCard } from '../driver/hostile-actions';
import { openPainted, useBrowser } from '../driver/use-browser';

const PAGE = '/hostile/strict-csp.html';
const POLICY = "default-src 'none'; style-src 'self'";

/** The card's own stylesheet at work inside our shadow root: an inline <style>, which this policy forbids the page. */
function cardStyle(): { display: string; radius: string } | null {
  const card = document.querySelector('gaza-talks-context-ui')?.shadowRoot?.querySelector('.gtc-card');
  if (!card) return null;
  const style = getComputedStyle(card);
  return { display: style.display, radius: style.borderTopLeftRadius };
}

interface Violation {
  directive: string;
  blocked: string;
}

/** The policy's reports, recorded from before the page's first byte (a preload script: the page itself runs none). */
function recordViolations(): void {
  const seen: Violation[] = [];
  (window as unknown as { violations: Violation[] }).violations = seen;
  document.addEventListener('securitypolicyviolation', (event) =>
    seen.push({ directive: event.violatedDirective, blocked: event.blockedURI }),
  );
}
const violations = () => (window as unknown as { violations: Violation[] }).violations;

describe('a page with a strict Content-Security-Policy', () => {
  const suite = useBrowser();

  test('paints its mentions and opens a styled card, and its policy reports nothing of ours', async () => {
    const response = await fetch(suite.server.url(PAGE));
    expect(response.headers.get('content-security-policy')).toBe(POLICY);
    const page = await suite.driver.newPage();
    const errors = collectPageErrors(page);
    await page.evaluateOnNewDocument(recordViolations);
    const painted = await openPainted(page, suite.server, PAGE);
    expect(painted).toEqual({
      'gaza-talks-context-person': ['Steve Witkoff', 'Khalil al-Hayya'],
      'gaza-talks-context-place': ['Sharm el-Sheikh'],
      'gaza-talks-context-organisation': ['Hamas'],
      'gaza-talks-context-concept': ['20-point plan', 'disarmament', 'withdrawal'],
    });
    // Our highlight rules come with the extension, not as a style the policy could refuse.
    await expect.poll(() => page.evaluate(highlightStyle)).not.toBe('none');

    await openCard(page, 'Khalil al-Hayya');
    expect(await page.evaluate(cardStyle)).toEqual({ display: 'flex', radius: '8px' });
    await moveAway(page);
    await openCard(page, '20-point plan');
    await moveAway(page);

    // Firefox asks for /favicon.ico itself, which this policy refuses: the browser's request, not ours.
    expect((await page.evaluate(violations)).filter((v) => !v.blocked.endsWith('/favicon.ico'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.evaluate(paintedTexts)).toEqual(painted);

    // The policy is in force: a style the page itself adds inline is refused and reported.
    const color = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = '.kicker { color: rgb(1, 2, 3) !important; }';
      document.head.append(style);
      return getComputedStyle(document.querySelector('.kicker') as Element).color;
    });
    expect(color).not.toBe('rgb(1, 2, 3)');
    await expect
      .poll(async () => (await page.evaluate(violations)).map((v) => v.directive))
      .toContainEqual(expect.stringMatching(/^style-src/));
  });
});
