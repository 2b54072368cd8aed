import { defineConfig } from 'vitest/config';

// Tests that read the built site in dist/ (run by `npm run test:dist` after `npm run build`).
export default defineConfig({
	test: {
		include: ['tests/dist/**/*.test.ts'],
	},
});
