import { defineConfig } from 'vitest/config';

// Unit tests of the pipeline: no build and no browser needed.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
