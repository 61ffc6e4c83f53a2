import type { QualifiedName } from './definitions'

/**
 * Keras's and tfjs's initializer class names, each with the Keras and tfjs definitions it stands
 * for. Keras's `LecunNormal` is tfjs's `LeCunNormal`.
 *
 * @example
 * ```ts
 * import { kerasClassNames } from '@weightinit/core/catalogue'
 * kerasClassNames.HeNormal // { keras: 'keras.he_normal', tfjs: 'tfjs.heNormal' }
 * ```
 */
export const kerasClassNames = {
  Zeros: { keras: 'keras.zeros', tfjs: 'tfjs.zeros' },
  Ones: { keras: 'keras.ones', tfjs: 'tfjs.ones' },
  Constant: { keras: 'keras.constant', tfjs: 'tfjs.constant' },
  RandomUniform: { keras: 'keras.random_uniform', tfjs: 'tfjs.randomUniform' },
  RandomNormal: { keras: 'keras.random_normal', tfjs: 'tfjs.randomNormal' },
  TruncatedNormal: { keras: 'keras.truncated_normal', tfjs: 'tfjs.truncatedNormal' },
  VarianceScaling: { keras: 'keras.variance_scaling', tfjs: 'tfjs.varianceScaling' },
  GlorotUniform: { keras: 'keras.glorot_uniform', tfjs: 'tfjs.glorotUniform' },
  GlorotNormal: { keras: 'keras.glorot_normal', tfjs: 'tfjs.glorotNormal' },
  HeUniform: { keras: 'keras.he_uniform', tfjs: 'tfjs.heUniform' },
  HeNormal: { keras: 'keras.he_normal', tfjs: 'tfjs.heNormal' },
  LecunUniform: { keras: 'keras.lecun_uniform', tfjs: 'tfjs.leCunUniform' },
  LecunNormal: { keras: 'keras.lecun_normal', tfjs: 'tfjs.leCunNormal' },
  LeCunUniform: { keras: 'keras.lecun_uniform', tfjs: 'tfjs.leCunUniform' },
  LeCunNormal: { keras: 'keras.lecun_normal', tfjs: 'tfjs.leCunNormal' },
  Orthogonal: { keras: 'keras.orthogonal', tfjs: 'tfjs.orthogonal' },
  OrthogonalInitializer: { keras: 'keras.orthogonal', tfjs: 'tfjs.orthogonal' },
  Identity: { keras: 'keras.identity', tfjs: 'tfjs.identity' },
  IdentityInitializer: { keras: 'keras.identity', tfjs: 'tfjs.identity' },
} as const satisfies Record<string, { keras: QualifiedName; tfjs: QualifiedName }>

/** A Keras or tfjs initializer class name. */
export type KerasClassName = keyof typeof kerasClassNames
