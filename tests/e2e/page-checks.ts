// Checks several specs make of a page as it stands: its accessibility and whether it fits the viewport's width.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The page's WCAG 2.2 AA violations as it is now, one line each, starting with `where` (the page, colour scheme or
 * state). `rules` limits the check to those rules (a dark pass re-checks only what the colours change).
 */
export async function axeFailures(page: Page, where: string, rules?: readonly string[]): Promise<string[]> {
	// Legacy mode runs axe in the page itself. The default merges each frame's results in a blank page it opens for
	// every check, which took half of a whole-site walk; the site embeds no frames (imported.spec.ts checks it).
	const axe = new AxeBuilder({ page }).setLegacyMode().withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	const { violations } = await (rules ? axe.withRules([...rules]) : axe).analyze();
	return violations.map((v) => `${where}: ${v.id} (${v.nodes.length}×) ${v.help} — ${v.nodes[0]?.target.join(' ')}`);
}

/** What a dark pass re-checks: only the rules the colours change. */
export const DARK_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * The page's violations in light mode (every rule), then in dark mode (the colour rules), on the page as it is now:
 * the theme follows the system's scheme through CSS alone, so one load serves both.
 */
export async function axeFailuresInBothSchemes(page: Page, where: string): Promise<string[]> {
	const failures: string[] = [];
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		// Colours that transition would be measured halfway.
		await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished)));
		failures.push(...(await axeFailures(page, `${colorScheme} ${where}`, colorScheme === 'dark' ? DARK_RULES : undefined)));
	}
	return failures;
}

/** How many pixels the page is wider than the viewport (it scrolls sideways when above 0). */
export const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
