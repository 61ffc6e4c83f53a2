import { packageTestConfig } from '../../vitest.shared'
import pkg from './package.json' with { type: 'json' }

export default packageTestConfig(pkg.name)
