import {
  calculateGain,
  type DifferentiableActivationName,
  differentiableActivations,
  type InitSpec,
  type Nonlinearity,
} from '@weightinit/core'

/**
 * The activations the playground's signal plot offers: every activation core's `propagateSignal`
 * differentiates (`differentiableActivations`), ReLU and tanh first.
 */
export const signalActivations: readonly SignalActivation[] = [
  'relu',
  'tanh',
  ...(Object.keys(differentiableActivations) as SignalActivation[]).filter(
    (name) => name !== 'relu' && name !== 'tanh',
  ),
]

/** An activation of the playground's signal plot. */
export type SignalActivation = DifferentiableActivationName

/** One curve of the guide's experiment: an initializer, with the gain that suits the activation. */
export interface SignalCase {
  readonly label: string
  readonly spec: (activation: Nonlinearity) => InitSpec
}

/** The initializers compared on the signal-propagation page. */
export const signalCases: readonly SignalCase[] = [
  { label: 'zeros', spec: () => ({ init: 'zeros' }) },
  { label: 'normal, std 0.01', spec: () => ({ init: 'normal', std: 0.01 }) },
  { label: 'normal, std 1 (torch.normal_ default)', spec: () => ({ init: 'normal', std: 1 }) },
  { label: 'Xavier (xavier_normal)', spec: () => ({ init: 'xavier_normal' }) },
  {
    label: 'He (kaiming_normal, relu)',
    spec: () => ({ init: 'kaiming_normal', nonlinearity: 'relu' }),
  },
  {
    label: 'orthogonal, gain for the activation',
    spec: (activation) => ({ init: 'orthogonal', gain: calculateGain(activation) }),
  },
]
