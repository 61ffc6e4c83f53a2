// INTERIM, until @weightinit/core's index exports `sample` (see coreExports.ts): the types of what
// the bundle adds. Delete this file when core exports them; tsc then reports a duplicate here.
import type { sample as coreSample, SampleOptions as CoreSampleOptions } from '../../../../packages/core/src/sample/sample'
import type { Engine as CoreEngine } from '../../../../packages/core/src/sample/selectEngine'

declare module '@weightinit/core' {
  export const sample: typeof coreSample
  export type SampleOptions = CoreSampleOptions
  export type Engine = CoreEngine
}
