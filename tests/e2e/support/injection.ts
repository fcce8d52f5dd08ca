// What markup from a URL or a data file could do if it reached the page as HTML, and how to see it.
import type { Page } from 'playwright-core';

/** Payloads that would run or render if any text reached the DOM as HTML. */
export const MARKUP = '<img src=x onerror="window.__pwned=1"><b class="injected">b</b><script>window.__pwned=1</script>';

/** Records anything markup could have done: a flag set by script, or elements it would have added. */
export async function injected(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? 0,
    elements: document.querySelectorAll('.injected, img[src="x"], svg[onload], script:not([src]):not([type="module"])').length,
  }));
}
