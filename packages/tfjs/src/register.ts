/**
 * The side-effect entry `@weightinit/tfjs/register`: registers {@link WeightinitInitializer} with
 * tfjs serialization (under the package name `weightinit`), so `tf.models.modelFromJSON` and
 * `tf.loadLayersModel` can rebuild models whose layers use weightinit initializers. Import it once,
 * before loading such a model. It is the package's only module with a side effect (tfjs's class
 * registry is global); the main entry registers nothing.
 *
 * @example
 * ```ts
 * import '@weightinit/tfjs/register'
 * ```
 */
import { serialization } from '@tensorflow/tfjs-core'
import { WeightinitInitializer } from './WeightinitInitializer'

serialization.registerClass(WeightinitInitializer, 'weightinit')
