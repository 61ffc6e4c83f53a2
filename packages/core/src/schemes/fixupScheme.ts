import { exp64 } from '../math/exp64'
import { log64 } from '../sample/log64'
import { commonParameters } from './commonParameters'
import { constant, draw, f, inverseFourthRoot, step } from './rule.utils'
import type { Rule, SchemeDefinition } from './schemeDefinition'

const REPO = 'hongyi-zhang/Fixup'
const CIFAR = `${REPO} cifar/models/fixup_resnet_cifar.py`
const IMAGENET = `${REPO} imagenet/models/fixup_resnet_imagenet.py`

/** L^(−1/(2m−2)): 1/√L for m = 2 and 1/√√L for m = 3 exactly; exp(−ln L/(2m−2)) otherwise. */
function depthScale(layers: number, m: number): number {
  if (m === 2) return 1 / Math.sqrt(layers)
  if (m === 3) return inverseFourthRoot(layers)
  return exp64(-log64(layers) / (2 * m - 2))
}

/** He normal from fan_out (√(2/fan_out)), times L^(−1/(2m−2)). */
const branch: Rule = (x) => {
  const { fanOut } = x.fans()
  const layers = x.number('layers')
  const m = x.number('branch_depth')
  const he = Math.sqrt(2 / fanOut)
  const scale = depthScale(layers, m)
  const exponent = `−1/(2·${m}−2)`
  return draw(
    { init: 'normal', std: he * scale },
    step('scale', scale, `L^(−1/(2m−2)) = ${layers}^(${exponent})`, `${IMAGENET}:117,122-123`),
    step(
      'std',
      he * scale,
      `√(2/fan_out)·scale = √(2/${fanOut})·${f(scale)}`,
      `${IMAGENET}:117,122-123`,
    ),
  )
}

/**
 * Fixup (Zhang, Dauphin & Ma, ICLR 2019) for residual CNNs without normalization: the classifier
 * and the last layer of each residual branch 0; the other branch layers He normal (from fan_out)
 * scaled by L^(−1/(2m−2)), with L residual branches of m layers; projection shortcuts He normal;
 * scalar biases 0 and multipliers 1.
 *
 * @remarks
 * `imagenet/models/fixup_resnet_imagenet.py` and `cifar/models/fixup_resnet_cifar.py`:
 * `std = sqrt(2 / (w.shape[0] * prod(w.shape[2:]))) * num_layers ** (-0.5)` for BasicBlock
 * (m = 2), `** (-0.25)` for Bottleneck (m = 3), `num_layers = sum(layers)`; `conv2`/`conv3` and the
 * `fc` weight and bias are constant 0. The stem convolution is left at PyTorch's default
 * (kaiming_uniform with a = √5). Fixup also changes the forward pass (scalar biases before each
 * convolution and activation, a scalar multiplier per branch, no normalization).
 *
 * @example
 * ```ts
 * import { planScheme } from '@weightinit/core'
 * // ResNet-50: 16 bottleneck branches of 3 layers
 * const p = planScheme({ scheme: 'fixup', role: 'branch_conv', shape: [64, 64, 3, 3], context: { layers: 16, branchDepth: 3 } })
 * if (!p.packed) p.plan.std // √(2/576) · 16^-¼
 * ```
 */
export const fixupScheme = {
  summary: 'Fixup: branch convs He(fan_out)·L^(−1/(2m−2)), last branch layer and classifier 0',
  home: `${REPO}@f3fa449f`,
  parameters: {
    layers: { ...commonParameters.layers, meaning: 'L, the number of residual branches' },
    branch_depth: {
      meaning: 'm, the layers of each residual branch (2 BasicBlock, 3 Bottleneck)',
      type: 'integer',
      default: 2,
      min: 2,
      context: 'branchDepth',
    },
  },
  rules: {
    stem_conv: () =>
      draw(
        { init: 'torch_default' },
        step('init', 'torch_default', 'left at nn.Conv2d’s default: U(±1/√fan_in)', `${CIFAR}:56`),
      ),
    branch_conv: branch,
    branch_conv_last: constant(0, `${IMAGENET}:118,124 (constant_(conv2/conv3.weight, 0))`),
    shortcut_conv: () =>
      draw(
        { init: 'kaiming_normal', mode: 'fan_out', nonlinearity: 'relu' },
        step(
          'init',
          'kaiming_normal',
          'He normal from fan_out: √(2/fan_out)',
          `${IMAGENET}:119-120,125-126 (downsample)`,
        ),
      ),
    readout: constant(0, `${IMAGENET}:127-128 (constant_(fc.weight, 0))`),
    readout_bias: constant(0, `${IMAGENET}:127-129 (constant_(fc.bias, 0))`),
    scalar_bias: constant(0, `${CIFAR}:21-28 (nn.Parameter(torch.zeros(1)))`),
    scalar_multiplier: constant(1, `${CIFAR}:27 (nn.Parameter(torch.ones(1)))`),
  },
  changes: () => [
    {
      kind: 'forward',
      change:
        'remove normalization; add a scalar bias before each convolution, linear layer and activation, and a scalar multiplier at the end of each branch',
      formula: 'out = conv2(relu(conv1(x + b1a) + b1b) + b2a) · scale + b2b',
      source: `${CIFAR}:31-47`,
    },
  ],
} as const satisfies SchemeDefinition
