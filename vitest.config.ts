import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Several suites import whole roadmaps and run the content check: seconds each on a busy 2-core machine.
		testTimeout: 30_000,
	},
});
