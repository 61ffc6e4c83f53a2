import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name, {
  // statistical tests draw millions of samples; CI machines are small and may be busy
  test: { testTimeout: 60_000 },
})
