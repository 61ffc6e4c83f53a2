import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name, {
  // the tests build a TypeScript program over the packages' sources and run blocks in Node
  test: { testTimeout: 120_000 },
})
