import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name, {
  // fit steps of real models on the pure-JS cpu backend take seconds alone, and ten times that on
  // a machine busy with the other packages' tests (an LSTM case: 2.3 s alone, 35 s under load)
  test: { setupFiles: ['./src/testing/setupTfjs.ts'], testTimeout: 120_000 },
})
