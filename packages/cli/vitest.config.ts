import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name, {
  // every test runs the command as a subprocess (from TypeScript source through tsx: ~0.6 s each)
  test: { testTimeout: 120_000 },
})
