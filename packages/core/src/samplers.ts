/**
 * `@weightinit/core/samplers`: the samplers `sample` dispatches to, for advanced users who fill
 * their own arrays from plan parameters, pick an engine, or need an orthogonal matrix or a
 * structured tensor directly. Most programs need only `plan` and `sample` from '@weightinit/core'.
 * `sample` is here too, for a program that only draws plans made elsewhere (a worker thread): this
 * entry loads the samplers without the catalogue, the schemes and the planners, which makes a
 * worker start about 15 ms sooner. An explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { checkDrawsFinite } from './sample/checkDrawsFinite'
export type { FloatArray } from './sample/checkFill'
export { fillConstant } from './sample/fillConstant'
export type { ElementWiseDraw, HalfDType, HalfFill } from './sample/fillHalf'
export { fillNormal, type NormalParams } from './sample/fillNormal'
export { fillTruncatedNormal } from './sample/fillTruncatedNormal'
export { fillUniform, type UniformParams } from './sample/fillUniform'
export { prepareTruncatedNormal, type TruncatedNormalParams } from './sample/prepareTruncatedNormal'
export { type SampleOptions, sample } from './sample/sample'
export type { SamplerKernels } from './sample/samplerKernels'
export { selectEngine } from './sample/selectEngine'
export { haarColumnCuts } from './structured/haarColumnCuts'
export { haarColumns } from './structured/haarColumns'
export {
  drawHaarReflectors,
  type HaarReflectors,
  type OrthogonalPrecision,
  orthogonalPrecision,
} from './structured/haarReflectors'
export { householderQr, orthonormalizeColumns } from './structured/householderQr'
export { orthogonalFromHaarColumns } from './structured/orthogonalFromHaarColumns'
export { orthogonalFromColumns, orthogonalMatrix } from './structured/orthogonalMatrix'
export {
  isStructuredPlan,
  type StructuredPlan,
  sampleStructured,
} from './structured/sampleStructured'
export { checkStructuredMemory, structuredMemory } from './structured/structuredMemory'
export type { StructuredSampleOptions } from './structured/structuredSampleOptions'
export { simdSupported } from './wasm/simdSupported'
