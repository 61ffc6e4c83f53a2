/**
 * `@weightinit/core/math`: the numerics behind the plans, for users who check a plan's numbers or
 * derive their own: the normal distribution (erf, CDF, quantile), truncated-normal moments and the
 * σ that gives a wanted standard deviation, quadrature, and the gain of any activation. An
 * explicit barrel, nothing executable.
 *
 * @packageDocumentation
 */

export { numericGain } from './gain/numericGain'
export { erf, erfc, erfcx } from './math/erf'
export { integrate } from './math/integrate'
export { normalCdf } from './math/normalCdf'
export { normalPdf } from './math/normalPdf'
export { normalQuantile } from './math/normalQuantile'
export { normalSurvival } from './math/normalSurvival'
export { type TruncatedNormalMoments, truncatedNormalMoments } from './math/truncatedNormalMoments'
export { solveTruncatedSigma } from './plan/solveTruncatedSigma'
