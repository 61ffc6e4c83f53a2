import { defineConfig } from 'vitest/config'
import pkg from './package.json' with { type: 'json' }

/** Workspace packages resolve each other's TypeScript sources through this export condition. */
const conditions = ['@weightinit/source']

export default defineConfig({
  resolve: { conditions: [...conditions, 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: [...conditions, 'module', 'node', 'development|production'] } },
  test: {
    name: pkg.name,
    dir: './src',
    watch: false,
    restoreMocks: true,
    // Every test runs the command as a subprocess (from TypeScript source through tsx: ~0.6 s each).
    testTimeout: 120_000,
    typecheck: { enabled: true, tsconfig: './tsconfig.json' },
  },
})
