import {defineConfig} from 'vitest/config';

// .ci/run sets MFADESK_VITEST_JSON so it can print the "N passed, N failed" line CI reads.
const jsonReport = process.env['MFADESK_VITEST_JSON'];

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
		reporters: jsonReport ? ['default', ['json', {outputFile: jsonReport}]] : ['default'],
		testTimeout: 30_000,
		pool: 'forks',
	},
});
