// TEMPORARY until @weightinit/core exports sample: switch to `import { sample } from '@weightinit/core'`.
export { sample } from '../../../core/src/sample/sample'
