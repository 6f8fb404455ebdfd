// Browser tests: Chromium (Debian's /usr/bin/chromium) against the already built dist/.
// They build nothing; run `npm run build` first. Unit tests have their own vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    // Launching Chromium and loading pages takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser per file is enough; files share nothing and the machine has few cores.
    fileParallelism: false,
    // The same closing "N passed, N failed" line as the unit tests, for CI.
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
