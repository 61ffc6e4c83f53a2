import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name, {
  // fit steps of real models on the pure-JS cpu backend take seconds
  test: { setupFiles: ['./src/testing/setupTfjs.ts'], testTimeout: 30_000 },
})
