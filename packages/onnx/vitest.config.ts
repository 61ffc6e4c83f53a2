import { defineConfig } from 'vitest/config'
import pkg from './package.json' with { type: 'json' }

export default defineConfig({
  resolve: { conditions: ['@weightinit/source'] },
  // tests run in vite's SSR environment, whose resolver does not read resolve.conditions
  ssr: { resolve: { conditions: ['@weightinit/source'] } },
  test: {
    name: pkg.name,
    dir: './src',
    watch: false,
    restoreMocks: true,
    testTimeout: 60_000,
    typecheck: { enabled: true, tsconfig: './tsconfig.json' },
  },
})
