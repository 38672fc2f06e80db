// Runs a function in a fresh isolated world of the page, as a content script runs: an extension's DOM work
// pays the isolated world's binding costs (about 3× the main world's per DOM call, measured here), so the
// baselines are timed in one too.
import type { Page } from 'playwright-core';

export async function evaluateIsolated<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A, preludes: string[] = []): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: `gtc-bench-${Math.random().toString(36).slice(2)}`,
    })) as { executionContextId: number };
    for (const source of preludes) await cdp.send('Runtime.evaluate', { expression: source, contextId: executionContextId });
    const { result, exceptionDetails } = (await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      contextId: executionContextId,
      awaitPromise: true,
      returnByValue: true,
    })) as { result: { value: R }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (exceptionDetails) throw new Error(`isolated world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  } finally {
    await cdp.detach();
  }
}
