import axe from 'axe-core';
import type { Page } from '@playwright/test';

/** The rules of WCAG 2.1 levels A and AA, the bar of BITV 2.0. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeWindow = Window & { axe: typeof axe };

/**
 * Runs axe-core in the page as it is now and returns its violations, one line per rule with the elements it names:
 * the WCAG 2.1 AA rules, or only the rules given. axe is injected once per document and reports violations only.
 * Not `@axe-core/playwright`: its `analyze()` injects axe again on every call and gathers the results in a new blank
 * page, 4–6 s per page on a 2-core machine against 0.5–2 s for the same rules run here. The pages have no frames.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
	const runOnly = rules ? { type: 'rule' as const, values: [...rules] } : { type: 'tag' as const, values: WCAG_21_AA };
	return page.evaluate(
		async (options) => {
			const { violations } = await (window as unknown as AxeWindow).axe.run(document, options);
			return violations.map((v) => `${v.id}: ${v.help} – ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		},
		{ runOnly, resultTypes: ['violations' as const] },
	);
}
