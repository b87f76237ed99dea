import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
		// Build tests run real Astro builds; two cores are not enough for several at once.
		fileParallelism: false,
	},
});
