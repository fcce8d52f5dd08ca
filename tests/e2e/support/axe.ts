// Accessibility checks with axe-core, as the specs run them.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Serious and critical axe violations (WCAG 2.1 A and AA), as "rule: target" lines. Legacy mode
 * runs axe in the page itself instead of gathering the results in a new blank page each time
 * (a page costs seconds here); it checks the same rules, and the views checked have no frames.
 */
export async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`));
}
