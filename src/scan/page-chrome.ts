// A news page's navigation, sidebars and footer: the "Most read" rail beside a football report lists the day's
// Gaza headlines. Mentions there are painted on a page about the talks, but never make a page count as one.

/** The page's landmarks around its content, as HTML and ARIA name them (no class names: too many false hits). */
export const PAGE_CHROME = 'aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"]';

/** Whether `element` lies in the page's navigation, a sidebar or a footer (of the page or of an article). */
export function inPageChrome(element: Element | null | undefined): boolean {
  return element?.closest(PAGE_CHROME) != null;
}
