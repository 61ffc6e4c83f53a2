import type { QualifiedName } from './definitions'

/**
 * The bare names people type, each mapped to exactly one qualified initializer. Where frameworks
 * share a spelling with different meanings, the bare name is PyTorch's (`uniform`, `normal`,
 * `orthogonal`, `xavier_normal`, `kaiming_normal`) and the others are reached by their qualified
 * name (`keras.orthogonal`, `jax.kaiming_normal`, `jax.uniform`). Keras's snake_case and class
 * names, tfjs's camelCase names and the framework-default presets are all here.
 *
 * @example
 * ```ts
 * import { aliases } from '@weightinit/core'
 * aliases.he_normal // 'keras.he_normal'
 * aliases.HeNormal // 'keras.he_normal'
 * aliases.heNormal // 'tfjs.heNormal'
 * ```
 */
export const aliases = {
  // PyTorch (torch.nn.init), with and without the trailing underscore
  uniform: 'torch.uniform',
  uniform_: 'torch.uniform',
  normal: 'torch.normal',
  normal_: 'torch.normal',
  trunc_normal: 'torch.trunc_normal',
  trunc_normal_: 'torch.trunc_normal',
  constant: 'torch.constant',
  constant_: 'torch.constant',
  ones: 'torch.ones',
  ones_: 'torch.ones',
  zeros: 'torch.zeros',
  zeros_: 'torch.zeros',
  eye: 'torch.eye',
  eye_: 'torch.eye',
  dirac: 'torch.dirac',
  dirac_: 'torch.dirac',
  xavier_uniform: 'torch.xavier_uniform',
  xavier_uniform_: 'torch.xavier_uniform',
  xavier_normal: 'torch.xavier_normal',
  xavier_normal_: 'torch.xavier_normal',
  kaiming_uniform: 'torch.kaiming_uniform',
  kaiming_uniform_: 'torch.kaiming_uniform',
  kaiming_normal: 'torch.kaiming_normal',
  kaiming_normal_: 'torch.kaiming_normal',
  orthogonal: 'torch.orthogonal',
  orthogonal_: 'torch.orthogonal',
  sparse: 'torch.sparse',
  sparse_: 'torch.sparse',
  torch_default: 'torch.default',
  torch_default_bias: 'torch.default_bias',
  // Keras 3 snake_case names and aliases
  random_uniform: 'keras.random_uniform',
  random_normal: 'keras.random_normal',
  truncated_normal: 'keras.truncated_normal',
  variance_scaling: 'keras.variance_scaling',
  glorot_uniform: 'keras.glorot_uniform',
  glorot_normal: 'keras.glorot_normal',
  he_uniform: 'keras.he_uniform',
  he_normal: 'keras.he_normal',
  lecun_uniform: 'keras.lecun_uniform',
  lecun_normal: 'keras.lecun_normal',
  identity: 'keras.identity',
  one: 'keras.ones',
  zero: 'keras.zeros',
  keras_default: 'keras.glorot_uniform',
  // Keras class names
  Zeros: 'keras.zeros',
  Ones: 'keras.ones',
  Constant: 'keras.constant',
  RandomUniform: 'keras.random_uniform',
  RandomNormal: 'keras.random_normal',
  TruncatedNormal: 'keras.truncated_normal',
  VarianceScaling: 'keras.variance_scaling',
  GlorotUniform: 'keras.glorot_uniform',
  GlorotNormal: 'keras.glorot_normal',
  HeUniform: 'keras.he_uniform',
  HeNormal: 'keras.he_normal',
  LecunUniform: 'keras.lecun_uniform',
  LecunNormal: 'keras.lecun_normal',
  Orthogonal: 'keras.orthogonal',
  OrthogonalInitializer: 'keras.orthogonal',
  Identity: 'keras.identity',
  IdentityInitializer: 'keras.identity',
  // JAX names that no other framework spells the same way
  delta_orthogonal: 'jax.delta_orthogonal',
  flax_default: 'jax.lecun_normal',
  // tfjs camelCase names and class names
  randomUniform: 'tfjs.randomUniform',
  randomNormal: 'tfjs.randomNormal',
  truncatedNormal: 'tfjs.truncatedNormal',
  varianceScaling: 'tfjs.varianceScaling',
  glorotUniform: 'tfjs.glorotUniform',
  glorotNormal: 'tfjs.glorotNormal',
  heUniform: 'tfjs.heUniform',
  heNormal: 'tfjs.heNormal',
  leCunUniform: 'tfjs.leCunUniform',
  leCunNormal: 'tfjs.leCunNormal',
  LeCunUniform: 'tfjs.leCunUniform',
  LeCunNormal: 'tfjs.leCunNormal',
  tfjs_default: 'tfjs.glorotNormal',
} as const satisfies Record<string, QualifiedName>

/** A bare initializer name (see {@link aliases}). */
export type AliasName = keyof typeof aliases

/** Any name an initializer spec may carry: a bare alias or a qualified `framework.name`. */
export type InitName = AliasName | QualifiedName
