import { defineConfig } from 'vitest/config'
import pkg from './package.json' with { type: 'json' }

/**
 * Two kinds of test: `unit` (the theme's pure logic and the examples, in Node, seconds) and `e2e`
 * (the built site in headless Chromium; builds the site first when it is missing or stale).
 */
export default defineConfig({
  resolve: { conditions: ['@weightinit/source', 'module', 'browser', 'development|production'] },
  ssr: {
    resolve: { conditions: ['@weightinit/source', 'module', 'node', 'development|production'] },
  },
  test: {
    name: pkg.name,
    watch: false,
    restoreMocks: true,
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
})
