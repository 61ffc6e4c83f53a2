import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name, {
  // large files and worker threads; CI machines are small and may be busy
  test: { testTimeout: 60_000 },
})
