import { test as base, expect } from '@playwright/test';

/** Every test fails if the page logs a console error or an uncaught exception, except those a test expects. */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
	expectedConsoleErrors: [[], { option: true }],
	consoleErrors: [
		async ({ page, expectedConsoleErrors }, use) => {
			const errors: string[] = [];
			page.on('console', (message) => {
				if (message.type() === 'error') errors.push(message.text());
			});
			page.on('pageerror', (error) => errors.push(error.message));
			await use(errors);
			expect(errors.filter((e) => !expectedConsoleErrors.some((pattern) => pattern.test(e))), 'console errors').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
