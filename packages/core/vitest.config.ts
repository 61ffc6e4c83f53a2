import { defineConfig } from 'vitest/config'
import pkg from './package.json' with { type: 'json' }

export default defineConfig({
  resolve: { conditions: ['@weightinit/source'] },
  test: {
    name: pkg.name,
    dir: './src',
    watch: false,
    restoreMocks: true,
    typecheck: { enabled: true, tsconfig: './tsconfig.json' },
  },
})
