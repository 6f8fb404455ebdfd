// Browser tests: Chromium (Debian's /usr/bin/chromium) against the already built dist/.
// They build nothing; run `npm run build` first. Unit tests have their own vitest.config.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    // Launching Chromium and loading pages takes seconds, and on a loaded 2-core machine up to a
    // minute for a first page. Tests that load more than two pages set their own limit from the
    // number of pages (limitFor in tests/browser/site.ts).
    testTimeout: 150_000,
    hookTimeout: 150_000,
    // One browser per file is enough; files share nothing and the machine has few cores.
    fileParallelism: false,
    // The same closing "N passed, N failed" line as the unit tests, for CI.
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
